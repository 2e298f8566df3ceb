import { describe, expect, it } from "vitest";
import { pointFieldsSchema } from "./schema";
import { assertUnitFitsTarget, UnitMismatchError, unitsMatch } from "./units";

const point = { period: "2024", value: "12.5", sourceUrl: "https://example.org/figures", publishedOn: "2025-01-10", note: "" };

describe("an indicator's data point", () => {
  it("is accepted with its period, value and source URL", () => {
    const parsed = pointFieldsSchema("YEAR").parse(point);
    expect(parsed).toEqual({ period: "2024", value: 12.5, sourceUrl: "https://example.org/figures", publishedOn: new Date(Date.UTC(2025, 0, 10)), estimate: false, note: "" });
  });

  it("is refused without a source URL (missing, empty, or not http/https)", () => {
    for (const sourceUrl of [undefined, "", "   ", "javascript:alert(1)", "ftp://example.org/x", "not a url"]) {
      const result = pointFieldsSchema("YEAR").safeParse({ ...point, sourceUrl });
      expect(result.success, String(sourceUrl)).toBe(false);
      expect(result.error!.issues.some((issue) => issue.path[0] === "sourceUrl")).toBe(true);
    }
  });

  it("needs a period written as its indicator's frequency counts", () => {
    expect(pointFieldsSchema("QUARTER").safeParse({ ...point, period: "2024-Q3" }).success).toBe(true);
    expect(pointFieldsSchema("QUARTER").safeParse({ ...point, period: "2024" }).success).toBe(false);
    expect(pointFieldsSchema("MONTH").safeParse({ ...point, period: "2024-13" }).success).toBe(false);
    expect(pointFieldsSchema("YEAR").safeParse({ ...point, period: "2024-07" }).success).toBe(false);
  });

  it("refuses a value that is not a number and unknown fields", () => {
    expect(pointFieldsSchema("YEAR").safeParse({ ...point, value: "about 12" }).success).toBe(false);
    expect(pointFieldsSchema("YEAR").safeParse({ ...point, id: 3 }).success).toBe(false);
  });
});

describe("an indicator's unit against a pledge's target", () => {
  it("matches regardless of case and spacing", () => {
    expect(unitsMatch("Billion  USD ", "billion usd")).toBe(true);
    expect(unitsMatch("scholarships", "billion USD")).toBe(false);
  });

  it("refuses a unit that is not the target's", () => {
    expect(() => assertUnitFitsTarget("billion USD", { targetValue: 1000, targetUnit: "scholarships" })).toThrow(UnitMismatchError);
    expect(() => assertUnitFitsTarget("scholarships", { targetValue: 1000, targetUnit: null })).toThrow(UnitMismatchError);
    expect(() => assertUnitFitsTarget("scholarships", { targetValue: 1000, targetUnit: "Scholarships" })).not.toThrow();
    // No numeric target: the series describes the pledge without measuring a target.
    expect(() => assertUnitFitsTarget("billion USD", { targetValue: null, targetUnit: null })).not.toThrow();
  });
});
