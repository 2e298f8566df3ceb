// Finds the chart functions in lib/stats/ at run time: exported functions whose required
// arguments the harness can supply. Cached wrappers and runnable scripts are left alone.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { toIsoDate, todayUtc } from "@/lib/dates";
import { allowServerOnlyImports } from "./server-only-shim";

export type StatsFunction = { name: string; run: () => Promise<unknown> };

/** Arguments by parameter name: the stats functions take "today" as a Date or an ISO string. */
const KNOWN_ARGUMENTS: Record<string, () => unknown> = {
  today: () => todayUtc(),
  todayIso: () => toIsoDate(todayUtc()),
};

function isRawStatsFile(source: string, file: string): boolean {
  if (!/\.tsx?$/.test(file) || /\.(test|spec)\.tsx?$/.test(file) || file.endsWith(".d.ts")) return false;
  if (/unstable_cache|["']use cache["']|cacheTag\(/.test(source)) return false; // a cached wrapper
  return !/^\s*(void\s+)?main\(\)/m.test(source); // a script: importing it would run it
}

/** The names of a function's required parameters (those before the first default). */
export function requiredParameters(fn: (...args: never[]) => unknown): string[] {
  const list = /^[^(]*\(([^)]*)\)/.exec(fn.toString())?.[1] ?? "";
  return list.split(",").map((p) => p.trim().split(/[\s=:]/)[0]!).filter(Boolean).slice(0, fn.length);
}

export async function discoverStatsFunctions(dir: string): Promise<{ functions: StatsFunction[]; skipped: string[] }> {
  allowServerOnlyImports();
  const functions: StatsFunction[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!isRawStatsFile(readFileSync(join(dir, file), "utf8"), file)) continue;
    try {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== "function" || /^[A-Z]/.test(name)) continue;
        const fn = value as (...args: unknown[]) => unknown;
        const params = requiredParameters(fn);
        if (!params.every((param) => param in KNOWN_ARGUMENTS)) continue; // cannot be called blind
        functions.push({ name: `${file}:${name}`, run: () => Promise.resolve(fn(...params.map((param) => KNOWN_ARGUMENTS[param]!()))) });
      }
    } catch (error) {
      skipped.push(`${file}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    }
  }
  return { functions, skipped };
}
