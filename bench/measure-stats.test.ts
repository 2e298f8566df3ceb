import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureStats } from "./measure-stats";
import { requiredParameters } from "./stats-discovery";

type Timing = { appMs: number; rawMs: number; queries: number; aggregate: boolean };

describe("measureStats", () => {
  it("times the raw stats functions against their captured SQL replayed through pg", async () => {
    const { statsRatio } = await measureStats(process.env.DATABASE_URL!, join(__dirname, "fixtures", "stats"), 3);
    expect(statsRatio!.value).toBeGreaterThan(0);
    const perFunction = statsRatio!.details!.perFunction as Record<string, Timing>;
    // Not the cached wrapper, not the script, not the function needing an unknown argument.
    expect(Object.keys(perFunction).sort()).toEqual(["all-charts.ts:getAllCharts", "status-counts.ts:getChangesBefore", "status-counts.ts:getStatusCounts"]);
    expect(perFunction["status-counts.ts:getStatusCounts"]).toMatchObject({ queries: 1, aggregate: false });
    expect(perFunction["status-counts.ts:getStatusCounts"]!.rawMs).toBeGreaterThan(0);
    expect(perFunction["all-charts.ts:getAllCharts"]).toMatchObject({ queries: 2, aggregate: true });
    const counted = ["status-counts.ts:getStatusCounts", "status-counts.ts:getChangesBefore"].map((name) => perFunction[name]!);
    expect(statsRatio!.details!.appTotalMs).toBeCloseTo(counted.reduce((sum, t) => sum + t.appMs, 0), 6);
  });

  it("reports a missing lib/stats/ as not available instead of failing", async () => {
    const { statsRatio } = await measureStats(process.env.DATABASE_URL!, join(__dirname, "no-such-dir"), 1);
    expect(statsRatio).toMatchObject({ value: null, pass: false, note: "not available: no lib/stats/ in this build" });
  });
});

describe("requiredParameters", () => {
  it("lists the parameters before the first default", () => {
    async function chart(today: Date, limit = 6) {
      return [today, limit];
    }
    expect(requiredParameters(chart)).toEqual(["today"]);
    expect(requiredParameters(() => 1)).toEqual([]);
    expect(requiredParameters((todayIso: string) => todayIso)).toEqual(["todayIso"]);
  });
});
