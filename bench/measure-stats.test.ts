import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureStats } from "./measure-stats";

describe("measureStats", () => {
  it("times the raw stats functions against their captured SQL replayed through pg", async () => {
    const { statsRatio } = await measureStats(process.env.DATABASE_URL!, join(__dirname, "fixtures", "stats"), 3);
    expect(statsRatio!.value).toBeGreaterThan(0);
    const perFunction = statsRatio!.details!.perFunction as Record<string, { appMs: number; rawMs: number; queries: number }>;
    expect(Object.keys(perFunction)).toEqual(["status-counts.ts:getStatusCounts"]);
    expect(perFunction["status-counts.ts:getStatusCounts"]!.queries).toBe(1);
    expect(perFunction["status-counts.ts:getStatusCounts"]!.rawMs).toBeGreaterThan(0);
  });

  it("reports a missing lib/stats/ as not available instead of failing", async () => {
    const { statsRatio } = await measureStats(process.env.DATABASE_URL!, join(__dirname, "no-such-dir"), 1);
    expect(statsRatio).toMatchObject({ value: null, pass: false, note: "not available: no lib/stats/ in this build" });
  });
});
