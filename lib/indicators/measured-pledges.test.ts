import { describe, expect, it } from "vitest";
import { apiDetail } from "@/lib/commitments/cached-api";
import { getMeasuredPledges } from "./measured-pledges";

describe("the dashboard's measured pledges", () => {
  it("lists each counted numeric pledge a series measures, with the figure and percentage its page shows", async () => {
    const { total, rows } = await getMeasuredPledges();
    const scholarships = rows.find((row) => row.slug === "china-1000-government-scholarships");
    expect(scholarships).toMatchObject({ value: 34, period: "2025", targetValue: 1000, targetUnit: "scholarships", progress: 3.4 });
    const page = JSON.parse(JSON.stringify(await apiDetail("china-1000-government-scholarships", "2026-12-02")));
    expect(scholarships!.progress).toBe(page.progress);
    expect(scholarships!.sourceUrl).toBe(page.measuredBy.sourceUrl);
    // Series without a numeric target (trade, rail, farm exports) have no percentage to show.
    expect(rows.map((row) => row.slug)).not.toContain("more-balanced-trade");
    expect(total).toBe(rows.length);
  });
});
