import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

// Where a browser goes when handed this path as a Location on the site http://site.test.
const destinationHost = (path: string) => new URL(path, "http://site.test").host;

describe("safeCallbackPath", () => {
  it.each(["https://evil.com", "//evil.com", "/\\evil.com", "javascript:alert(1)", "/admin\r\nSet-Cookie: x=1", "", 42, undefined])(
    "refuses %j",
    (value) => expect(safeCallbackPath(value)).toBe("/admin"),
  );

  // Issue 12 item 1: dot segments that the URL parser collapses into a protocol-relative path.
  it.each(["/..//evil.com", "/../..//evil.com/x", "/.//evil.com", "/%2e%2e//evil.com", "/%2E./%2Fevil.com/..//evil.com", "/a/..//evil.com", "/./..//evil.com?x=1"])(
    "refuses the dot-segment trick %j",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/admin");
      expect(destinationHost(safeCallbackPath(value))).toBe("site.test");
    },
  );

  it("keeps a same-site path with its query, and normalises harmless dot segments", () => {
    expect(safeCallbackPath("/admin/commitments/3?created=1")).toBe("/admin/commitments/3?created=1");
    expect(safeCallbackPath("/admin/../admin/users")).toBe("/admin/users");
  });

  it("never answers a path that leaves the site (property)", () => {
    const piece = fc.constantFrom("/", "//", ".", "..", "%2e", "%2E", "%2f", "\\", "evil.com", "@", ":", "?", "#", "a");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const path = safeCallbackPath(`/${pieces.join("")}`);
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        expect(destinationHost(path)).toBe("site.test");
      }),
      { numRuns: 2000 },
    );
  });
});
