import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOrigin", () => {
  it("accepts the site's own origin", () => {
    expect(isSameOrigin(headers({ host: "tracker.example:3000", origin: "http://tracker.example:3000" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "tracker.example", origin: "https://tracker.example", "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSameOrigin(headers({ host: "tracker.example:80", origin: "http://tracker.example" }))).toBe(true);
  });
  it.each([
    [{ host: "tracker.example", origin: "https://evil.example" }],
    [{ host: "tracker.example" }],
    [{ host: "tracker.example", origin: "null" }],
    [{ host: "tracker.example", origin: "not a url" }],
    [{ host: "tracker.example", origin: "ftp://tracker.example" }],
    [{ origin: "http://tracker.example" }],
    [{ host: "tracker.example", origin: "http://tracker.example/path" }],
    [{ host: "tracker.example", origin: "http://user@tracker.example" }],
  ])("refuses %j", (values) => expect(isSameOrigin(headers(values))).toBe(false));

  // Issue 12 item 7: the scheme counts, and X-Forwarded-Host does not.
  it("refuses an https origin for the http site, and an http origin for the https site", () => {
    expect(isSameOrigin(headers({ host: "tracker.example:3000", origin: "https://tracker.example:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "tracker.example", origin: "http://tracker.example", "x-forwarded-proto": "https" }))).toBe(false);
  });
  it("ignores X-Forwarded-Host, which any client can send", () => {
    expect(isSameOrigin(headers({ host: "tracker.example", "x-forwarded-host": "evil.example", origin: "http://evil.example" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "tracker.example", "x-forwarded-host": "evil.example", origin: "http://tracker.example" }))).toBe(true);
  });
});
