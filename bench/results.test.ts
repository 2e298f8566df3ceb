import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measured, notAvailable } from "./figure-specs";
import { resultsTable, writeResults } from "./report";
import { assertResultsShape, commitInfo, machineInfo, type BenchResults } from "./results";

function sample(): BenchResults {
  return {
    schemaVersion: 1, mode: "smoke", startedAt: "2026-11-23T12:00:00.000Z", finishedAt: "2026-11-23T12:01:00.000Z", wallTimeSeconds: 60,
    machine: machineInfo(), commit: commitInfo(), dataset: { commitments: 200 },
    figures: {
      statusUpdateP95: measured("statusUpdateP95", 42.1234),
      listP95: measured("listP95", 140),
      csvRate: notAvailable("csvRate", "no export route"),
    },
  };
}

describe("figures", () => {
  it("pass exactly when the value meets the target, and never without a value", () => {
    expect(measured("statusUpdateP95", 50).pass).toBe(true);
    expect(measured("statusUpdateP95", 50.01).pass).toBe(false);
    expect(measured("dashboardP95Ratio", 1.5).pass).toBe(true);
    expect(measured("readsUnderWrites", 2.01).pass).toBe(false);
    expect(measured("twoInstanceFreshness", 1000).pass).toBe(true);
    expect(measured("dashboardThroughput", 0.49).pass).toBe(false);
    expect(measured("dashboardThroughput", 0.5).pass).toBe(true);
    expect(measured("listP95", Number.NaN)).toMatchObject({ value: null, pass: false });
    expect(notAvailable("csvRate", "no route")).toMatchObject({ value: null, pass: false, note: "not available: no route", unit: "× COPY" });
  });
});

describe("results file", () => {
  it("is written as latest and a dated copy with value, unit, target and pass per figure", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-results-"));
    const paths = writeResults(sample(), dir);
    expect(readdirSync(dir).sort()).toEqual(["smoke-2026-11-23T12-00-00.json", "smoke-latest.json"]);
    const parsed = JSON.parse(readFileSync(paths[0]!, "utf8")) as BenchResults;
    expect(() => assertResultsShape(parsed)).not.toThrow();
    expect(parsed.machine.cores).toBeGreaterThan(0);
    expect(parsed.figures.statusUpdateP95).toEqual({ label: "Status update p95, 20 writers, JSON route", value: 42.123, unit: "ms", target: { op: "<=", value: 50 }, pass: true });
    expect(parsed.figures.csvRate).toMatchObject({ value: null, pass: false });
  });

  it("refuses a figure whose pass disagrees with its target, or passes without a value", () => {
    const lying = sample();
    lying.figures.listP95 = { ...lying.figures.listP95!, pass: true };
    expect(() => assertResultsShape(lying)).toThrow(/listP95.pass disagrees/);
    const empty = sample();
    empty.figures.csvRate = { ...empty.figures.csvRate!, pass: true };
    expect(() => assertResultsShape(empty)).toThrow(/passes without a value/);
    expect(() => assertResultsShape({ ...sample(), machine: { ...machineInfo(), cores: 0 } })).toThrow(/cores/);
  });

  it("prints one table row per figure with its verdict", () => {
    const table = resultsTable(sample()).split("\n");
    expect(table).toHaveLength(2 + 3);
    expect(table.find((row) => row.startsWith("List p95"))).toMatch(/140 ms\s+<= 100 ms\s+FAIL/);
    expect(table.find((row) => row.startsWith("CSV export"))).toMatch(/n\/a .*FAIL\s+not available: no export route/);
  });
});
