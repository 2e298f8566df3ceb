// The results file: every figure has its value, unit, target and pass, so a reader (or CI) can
// judge it without knowing the harness. A figure that could not be measured is null and fails.
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";

export type Target = { op: "<=" | ">="; value: number };

export type Figure = {
  label: string;
  value: number | null;
  unit: string;
  target: Target;
  pass: boolean;
  note?: string;
  /** The raw figures a ratio was made from, per-query breakdowns and the like. */
  details?: Record<string, unknown>;
};

export type BenchResults = {
  schemaVersion: 1;
  mode: "full" | "smoke";
  startedAt: string;
  finishedAt: string;
  wallTimeSeconds: number;
  /** loadAverage1m at the start: how busy the shared machine was while the figures were taken. */
  machine: { cores: number; memoryBytes: number; cpuModel: string; platform: string; node: string; loadAverage1m: number };
  commit: { sha: string; dirty: boolean };
  dataset: Record<string, number>;
  figures: Record<string, Figure>;
};

export function meets(value: number, target: Target): boolean {
  return target.op === "<=" ? value <= target.value : value >= target.value;
}

export function figure(label: string, value: number | null, unit: string, target: Target, extra: Pick<Figure, "note" | "details"> = {}): Figure {
  const rounded = value === null || !Number.isFinite(value) ? null : Math.round(value * 1000) / 1000;
  return { label, value: rounded, unit, target, pass: rounded !== null && meets(rounded, target), ...extra };
}

export function unavailable(label: string, unit: string, target: Target, why: string): Figure {
  return { label, value: null, unit, target, pass: false, note: `not available: ${why}` };
}

export function machineInfo(): BenchResults["machine"] {
  const cpu = cpus();
  return { cores: cpu.length, memoryBytes: totalmem(), cpuModel: cpu[0]?.model ?? "unknown", platform: process.platform, node: process.version, loadAverage1m: loadavg()[0]! };
}

export function commitInfo(cwd = process.cwd()): BenchResults["commit"] {
  try {
    const sha = execFileSync("git", ["rev-parse", "HEAD"], { cwd, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd, encoding: "utf8" }).trim() !== "";
    return { sha, dirty };
  } catch {
    return { sha: "unknown", dirty: false };
  }
}

/** Checks a parsed results file: used by the unit test and before writing, so a malformed file is never saved. */
export function assertResultsShape(results: unknown): asserts results is BenchResults {
  const r = results as BenchResults;
  const fail = (why: string) => {
    throw new Error(`malformed bench results: ${why}`);
  };
  if (!r || r.schemaVersion !== 1) fail("schemaVersion must be 1");
  if (r.mode !== "full" && r.mode !== "smoke") fail("mode");
  if (!(r.machine?.cores > 0) || !(r.machine.memoryBytes > 0)) fail("machine cores and memory");
  if (typeof r.commit?.sha !== "string") fail("commit sha");
  if (!r.figures || Object.keys(r.figures).length === 0) fail("no figures");
  for (const [key, f] of Object.entries(r.figures)) {
    if (f.value !== null && typeof f.value !== "number") fail(`${key}.value`);
    if (typeof f.unit !== "string" || !f.unit) fail(`${key}.unit`);
    if (!f.target || (f.target.op !== "<=" && f.target.op !== ">=") || typeof f.target.value !== "number") fail(`${key}.target`);
    if (typeof f.pass !== "boolean") fail(`${key}.pass`);
    if (f.value === null && f.pass) fail(`${key} passes without a value`);
    if (f.value !== null && f.pass !== meets(f.value, f.target)) fail(`${key}.pass disagrees with its target`);
  }
}
