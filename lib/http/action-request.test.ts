import { describe, expect, it } from "vitest";
import { actionBodyProblem, actionIdProblem, formPostProblem } from "./action-request";

const text = (body: string) => new Request("http://site.test/", { method: "POST", headers: { "content-type": "text/plain;charset=UTF-8" }, body });
const multipart = (boundary: string | null, body: string) =>
  new Request("http://site.test/", { method: "POST", headers: { "content-type": `multipart/form-data${boundary ? `; boundary=${boundary}` : ""}` }, body });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return new Request("http://site.test/", { method: "POST", body: data });
};

describe("actionBodyProblem", () => {
  it("accepts what React sends for the app's forms and for plain arguments", async () => {
    expect(await actionBodyProblem(form({ "1_email": "a@b.org", "1_name": "$$dollar", "0": '["$undefined","$K1"]' }))).toBeNull();
    expect(await actionBodyProblem(form({ "1_id": "3", "0": '[{"ok":false,"values":{"note":"$$5"}},"$K1"]' }))).toBeNull();
    expect(await actionBodyProblem(text("[]"))).toBeNull();
    expect(await actionBodyProblem(text('["$$x","$D2026-01-01T00:00:00.000Z","$n12",1,null,{"a":[true]}]'))).toBeNull();
    expect(await actionBodyProblem(form({ "0": '["$@1"]', "1": '"x"' }))).toBeNull();
  });

  it.each([
    ["invalid JSON", text("[{")],
    ["an empty body", text("")],
    ["JSON that is not an argument list", text('{"a":1}')],
    ["a reference to a part a text body cannot hold", text('["$K1","$Q2"]')],
    ["a promise reference", text('["$@1"]')],
    ["a big integer that is none", text('["$nabc"]')],
    ["multipart without a boundary", multipart(null, "garbage")],
    ["multipart cut short", multipart("xyz", "--xyz\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]")],
    ["a numbered field that is not JSON", form({ "0": "[{" })],
    ["a reference to a missing part", form({ "0": '["$@5"]' })],
    ["a server reference", form({ "0": '["$F1"]', "1": '{"id":"u","bound":null}' })],
  ])("refuses %s", async (_label, request) => {
    expect(await actionBodyProblem(request)).toEqual(expect.any(String));
  });
});

describe("formPostProblem", () => {
  it("refuses a multipart body that is none, and lets other forms through", async () => {
    expect(await formPostProblem(multipart("b", "[]"))).toEqual(expect.any(String));
    expect(await formPostProblem(form({ $ACTION_ID_abc: "", email: "x" }))).toBeNull();
    expect(await formPostProblem(text("anything"))).toBeNull();
  });
});

describe("actionIdProblem", () => {
  it("accepts only ids of the length Next checks", () => {
    expect(actionIdProblem("7f1bc3b4a083c2850818905d1db3d72022420ff6a2")).toBeNull();
    for (const id of ["", "u", "7f1bc3b4a083c2850818905d1db3d72022420ff6a", "l*M%!8lJ", "x".repeat(42)]) expect(actionIdProblem(id)).toEqual(expect.any(String));
  });
});
