import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it.each(["https://evil.com", "//evil.com", "/\\evil.com", "javascript:alert(1)", "/admin\r\nSet-Cookie: x=1", "", 42, undefined])(
    "refuses %j",
    (value) => expect(safeCallbackPath(value)).toBe("/admin"),
  );
  it("keeps a same-site path with its query", () => {
    expect(safeCallbackPath("/admin/commitments/3?created=1")).toBe("/admin/commitments/3?created=1");
  });
});
