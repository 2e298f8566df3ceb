import { describe, expect, it } from "vitest";
import { addEvidenceSchema } from "./schema";

const valid = { commitmentId: "1", url: "https://example.org/a", title: "T", publisher: "P", publishedOn: "2026-01-02", summary: "S", stance: "PROGRESS" };

describe("addEvidenceSchema", () => {
  it("accepts a complete item and turns form strings into typed values", () => {
    const parsed = addEvidenceSchema.parse(valid);
    expect(parsed).toMatchObject({ commitmentId: 1, publishedOnApprox: false, url: "https://example.org/a" });
    expect(parsed.publishedOn.toISOString()).toBe("2026-01-02T00:00:00.000Z");
  });
  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "\tjava\nscript:alert(1)", "data:text/html,<b>x</b>", "vbscript:x", "ftp://example.org/", "example.org"])(
    "refuses the URL %j",
    (url) => expect(addEvidenceSchema.safeParse({ ...valid, url }).success).toBe(false),
  );
  it("refuses unknown keys (mass assignment)", () => {
    for (const extra of ["id", "version", "addedById", "__proto__", "random"]) {
      const result = addEvidenceSchema.safeParse({ ...valid, [extra]: "1" });
      expect(result.success, extra).toBe(false);
    }
  });
  it("refuses impossible dates", () => {
    expect(addEvidenceSchema.safeParse({ ...valid, publishedOn: "2026-02-30" }).success).toBe(false);
  });
});
