// A pledge as of a date shows each series as it stood then: the figures published by that date (one
// whose source gives no date, once its period had ended) and, with recordedBy, recorded by then.
import { describe, expect, it } from "vitest";
import { periodLastDay } from "@/lib/indicators/period";
import { getApiCommitmentAsOf } from "./reads";
import { pointInSnapshot } from "./rules";

const SLUG = "china-1000-government-scholarships"; // seeded points: 2019 (2019-08-12), 2022 (2022-08-24), 2025 (no date)

async function periodsAsOf(asOf: string, recordedBy: string | null = null) {
  const record = await getApiCommitmentAsOf(SLUG, { asOf, recordedBy });
  if (!record || record === "not-yet") throw new Error(`no record of ${SLUG} as of ${asOf}`);
  return record.indicators.flatMap((indicator) => indicator.points.map((point) => point.period));
}

describe("measured series in a snapshot", () => {
  it("knows when each period ends", () => {
    expect(["2024", "2024-Q1", "2024-Q4", "2024-02", "2023-02", "2024-12"].map(periodLastDay)).toEqual(["2024-12-31", "2024-03-31", "2024-12-31", "2024-02-29", "2023-02-28", "2024-12-31"]);
    const point = { period: "2025", publishedOn: null, createdAt: new Date("2026-01-05T10:00:00Z") };
    expect(pointInSnapshot(point, null)).toBe(true);
    expect(pointInSnapshot(point, { asOf: "2025-12-30", recordedBy: null })).toBe(false);
    expect(pointInSnapshot(point, { asOf: "2025-12-31", recordedBy: null })).toBe(true);
    expect(pointInSnapshot(point, { asOf: "2026-06-01", recordedBy: "2026-01-04" })).toBe(false);
    expect(pointInSnapshot(point, { asOf: "2026-06-01", recordedBy: "2026-01-05" })).toBe(true);
  });

  it("shows the figures published by the date, in the API and the page's read", async () => {
    expect(await periodsAsOf("2023-06-30")).toEqual(["2019", "2022"]);
    expect(await periodsAsOf("2025-12-30")).toEqual(["2019", "2022"]);
    expect(await periodsAsOf("2026-12-01")).toEqual(["2019", "2022", "2025"]);
  });
});
