import { describe, expect, it } from "vitest";
import { echoValues, formDataToObject } from "./form-data";

describe("formDataToObject", () => {
  it("NFC-normalises, keeps repeated keys as arrays and drops React's own fields", () => {
    const data = new FormData();
    data.append("title", "Cafe\u0301");
    data.append("evidenceIds", "1");
    data.append("evidenceIds", "2");
    data.append("$ACTION_ID_abc", "");
    const { input, nulFields } = formDataToObject(data);
    expect(input).toEqual({ title: "Café", evidenceIds: ["1", "2"] });
    expect(input.title).toBe("Caf\u00e9");
    expect(nulFields).toEqual([]);
  });
  it("reports NUL characters by field", () => {
    const data = new FormData();
    data.append("note", "a\u0000b");
    expect(formDataToObject(data).nulFields).toEqual(["note"]);
  });
  it("never echoes passwords back", () => {
    expect(echoValues({ email: "a@b.c", password: "secret" })).toEqual({ email: "a@b.c" });
  });
});
