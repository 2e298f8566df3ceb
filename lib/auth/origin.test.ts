import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOrigin", () => {
  it("accepts the site's own origin", () => {
    expect(isSameOrigin(headers({ host: "tracker.example:3000", origin: "http://tracker.example:3000" }))).toBe(true);
  });
  it.each([
    [{ host: "tracker.example", origin: "https://evil.example" }],
    [{ host: "tracker.example" }],
    [{ host: "tracker.example", origin: "null" }],
    [{ host: "tracker.example", origin: "not a url" }],
    [{ host: "tracker.example", origin: "ftp://tracker.example" }],
  ])("refuses %j", (values) => expect(isSameOrigin(headers(values))).toBe(false));
});
