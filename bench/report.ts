// Writes bench/results/<mode>-latest.json plus a dated copy, and prints the table.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assertResultsShape, type BenchResults } from "./results";

export function resultsFileNames(results: BenchResults): { latest: string; dated: string } {
  const prefix = results.mode === "smoke" ? "smoke-" : "";
  const stamp = results.startedAt.replace(/[:.]/g, "-").slice(0, 19);
  return { latest: `${prefix}latest.json`, dated: `${prefix}${stamp}.json` };
}

export function writeResults(results: BenchResults, dir: string): string[] {
  assertResultsShape(results);
  mkdirSync(dir, { recursive: true });
  const names = resultsFileNames(results);
  const body = `${JSON.stringify(results, null, 2)}\n`;
  const paths = [join(dir, names.latest), join(dir, names.dated)];
  for (const path of paths) writeFileSync(path, body);
  return paths;
}

const format = (value: number | null) => (value === null ? "n/a" : value >= 100 ? value.toFixed(0) : value.toFixed(2));

export function resultsTable(results: BenchResults): string {
  const rows = Object.values(results.figures).map((f) => [
    f.label,
    `${format(f.value)} ${f.unit}`,
    `${f.target.op} ${f.target.value} ${f.unit}`,
    f.pass ? "PASS" : "FAIL",
    f.note ?? "",
  ]);
  const header = ["figure", "value", "target", "", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
