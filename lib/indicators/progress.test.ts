import { describe, expect, it } from "vitest";
import { latestMeasure, pledgeProgress } from "./progress";

const series = (slug: string, unit: string, points: [string, number][]) => ({
  slug, name: slug, unit, publisher: "P", side: "CHINA",
  points: points.map(([period, value]) => ({ period, value, sourceUrl: `https://example.org/${slug}/${period}`, publishedOn: null, estimate: false })),
});
const target = { targetValue: 1000, targetUnit: "scholarships", actualValue: null, actualEvidenceId: null, targetPath: { basis: "PER_PERIOD" as const } };
const totalTarget = { ...target, targetPath: { basis: "TOTAL" as const } };

describe("measured progress", () => {
  it("is the latest point of a series in the target's unit against the target, named with its period and source", () => {
    const result = pledgeProgress(target, [series("a", "scholarships", [["2022", 39], ["2025", 34]]), series("b", "billion USD", [["2026", 999]])]);
    expect(result.progress).toBe(3.4);
    expect(result.measuredBy).toMatchObject({ period: "2025", value: 34, sourceUrl: "https://example.org/a/2025", indicator: { slug: "a" } });
  });

  it("takes the later period over two series in the same unit", () => {
    expect(latestMeasure(target, [series("a", "scholarships", [["2023", 10]]), series("b", "Scholarships", [["2024", 20]])])?.indicator.slug).toBe("b");
  });

  it("never sets one period's figure against a total target, or a target whose basis is not written", () => {
    const yearly = [series("a", "scholarships", [["2022", 39], ["2025", 34]])];
    expect(pledgeProgress(totalTarget, yearly)).toEqual({ progress: null, measuredBy: null });
    expect(pledgeProgress({ ...target, targetPath: null }, yearly)).toEqual({ progress: null, measuredBy: null });
    // A published running total (the evidenced actual value) still measures it.
    expect(pledgeProgress({ ...totalTarget, actualValue: 250, actualEvidenceId: 3 }, yearly)).toEqual({ progress: 25, measuredBy: null });
  });

  it("falls back to the evidenced actual value, and is null when nothing measures the target", () => {
    expect(pledgeProgress({ ...target, actualValue: 500, actualEvidenceId: 7 }, []).progress).toBe(50);
    expect(pledgeProgress(target, [series("b", "billion USD", [["2024", 5]])])).toEqual({ progress: null, measuredBy: null });
    expect(pledgeProgress({ ...target, targetValue: null }, [series("a", "scholarships", [["2024", 5]])]).progress).toBeNull();
  });
});
