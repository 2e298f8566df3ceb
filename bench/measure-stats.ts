// Dashboard data, uncached: each chart's function in lib/stats/ called in-process (the raw
// function, not its cached wrapper), against the same SQL sent straight through `pg`.
// The SQL is captured from Prisma's `query` log events and replayed with its parameters.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { POOL_OPTIONS } from "@/lib/db/client";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { percentile } from "./load-test";
import { allowServerOnlyImports } from "./server-only-shim";

type StatsFunction = { name: string; run: () => Promise<unknown> };
type CapturedQuery = { sql: string; params: unknown[] };

const median = (times: number[]) => percentile([...times].sort((a, b) => a - b), 50);

/** Source files that wrap with a cache are skipped: the raw functions are what is measured. */
function isRawStatsFile(dir: string, file: string): boolean {
  if (!/\.tsx?$/.test(file) || /\.(test|spec)\.tsx?$/.test(file) || file.endsWith(".d.ts")) return false;
  return !/unstable_cache|["']use cache["']|cacheTag\(/.test(readFileSync(join(dir, file), "utf8"));
}

export async function discoverStatsFunctions(dir: string): Promise<{ functions: StatsFunction[]; skipped: string[] }> {
  allowServerOnlyImports();
  const functions: StatsFunction[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!isRawStatsFile(dir, file)) continue;
    try {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        // Only functions without required arguments can be called blind.
        if (typeof value === "function" && value.length === 0 && !/^[A-Z]/.test(name)) {
          functions.push({ name: `${file}:${name}`, run: () => Promise.resolve((value as () => unknown)()) });
        }
      }
    } catch (error) {
      skipped.push(`${file}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    }
  }
  return { functions, skipped };
}

export async function measureStats(databaseUrl: string, statsDir: string, runs: number): Promise<Record<string, Figure>> {
  if (!existsSync(statsDir)) return { statsRatio: notAvailable("statsRatio", "no lib/stats/ in this build") };
  // getPrisma() reuses a client on globalThis: put a logging one there before the stats modules ask.
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, ...POOL_OPTIONS }), log: [{ emit: "event", level: "query" }] });
  let captured: CapturedQuery[] = [];
  prisma.$on("query", (event) => captured.push({ sql: event.query, params: JSON.parse(event.params || "[]") as unknown[] }));
  (globalThis as { prisma?: PrismaClient }).prisma = prisma;
  const raw = new pg.Client({ connectionString: databaseUrl });
  await raw.connect();
  try {
    const { functions, skipped } = await discoverStatsFunctions(statsDir);
    const perFunction: Record<string, { appMs: number; rawMs: number; queries: number }> = {};
    for (const fn of functions) {
      captured = [];
      try {
        await fn.run(); // warm-up, and the run whose SQL is captured
      } catch (error) {
        skipped.push(`${fn.name}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
        continue;
      }
      const queries = captured.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|SELECT 1)\b/i.test(q.sql.trim()));
      if (queries.length === 0) continue; // not a database read
      const appTimes: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await fn.run();
        appTimes.push(performance.now() - started);
      }
      let rawMs = 0;
      for (const query of queries) {
        await raw.query(query.sql, query.params);
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await raw.query(query.sql, query.params);
          times.push(performance.now() - started);
        }
        rawMs += median(times);
      }
      perFunction[fn.name] = { appMs: median(appTimes), rawMs, queries: queries.length };
    }
    const entries = Object.values(perFunction);
    if (entries.length === 0) return { statsRatio: notAvailable("statsRatio", `no callable stats functions in lib/stats/${skipped.length ? ` (${skipped.join("; ")})` : ""}`) };
    const appTotal = entries.reduce((sum, e) => sum + e.appMs, 0);
    const rawTotal = entries.reduce((sum, e) => sum + e.rawMs, 0);
    return {
      statsRatio: measured("statsRatio", appTotal / rawTotal, {
        note: skipped.length ? `skipped: ${skipped.join("; ")}` : undefined,
        details: { runs, appTotalMs: appTotal, rawTotalMs: rawTotal, perFunction },
      }),
    };
  } finally {
    await raw.end();
    await prisma.$disconnect();
    delete (globalThis as { prisma?: PrismaClient }).prisma;
  }
}
