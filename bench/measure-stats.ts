// Dashboard data, uncached: each chart's function in lib/stats/ called in-process (the raw
// function, not its cached wrapper), against the same SQL sent straight through `pg`.
// The SQL is captured from Prisma's `query` log events and replayed with its parameters.
import { existsSync } from "node:fs";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { POOL_OPTIONS } from "@/lib/db/client";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { percentile } from "./load-test";
import { discoverStatsFunctions } from "./stats-discovery";

type CapturedQuery = { sql: string; params: unknown[] };

type FunctionTiming = { appMs: number; rawMs: number; queries: number; sql?: string[]; aggregate?: boolean };

/**
 * A function that runs two or more of the others whole (e.g. getDashboardData running every chart
 * in parallel) would count those charts twice, with parallelism on one side only: it is reported
 * but left out of the totals. Others with the same SQL count as one (several charts derive from
 * one shared read, lib/stats/counted-groups.ts): a chart that runs that read and one query of its
 * own is not an aggregate.
 */
function markAggregates(perFunction: Record<string, FunctionTiming>): void {
  for (const [name, timing] of Object.entries(perFunction)) {
    const own = new Set(timing.sql ?? []);
    const contained = new Set(
      Object.entries(perFunction)
        .filter(([other, t]) => other !== name && (t.sql ?? []).length > 0 && t.sql!.every((sql) => own.has(sql)))
        .map(([, t]) => [...new Set(t.sql)].sort().join("\u0000")),
    );
    timing.aggregate = contained.size >= 2;
  }
  for (const timing of Object.values(perFunction)) delete timing.sql;
}

const median = (times: number[]) => percentile([...times].sort((a, b) => a - b), 50);

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
    const perFunction: Record<string, FunctionTiming> = {};
    // Every function once before any is timed: the process's first queries pay for compiling
    // Prisma's and pg's code paths (tens of ms on this machine), which would otherwise land on
    // whichever file sorts first. A failure here is reported by that function's own run below.
    for (const fn of functions) await fn.run().catch(() => undefined);
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
      perFunction[fn.name] = { appMs: median(appTimes), rawMs, queries: queries.length, sql: queries.map((q) => q.sql) };
    }
    markAggregates(perFunction);
    const entries = Object.values(perFunction).filter((e) => !e.aggregate);
    if (entries.length === 0) return { statsRatio: notAvailable("statsRatio", `no callable stats functions in lib/stats/${skipped.length ? ` (${skipped.join("; ")})` : ""}`) };
    const appTotal = entries.reduce((sum, e) => sum + e.appMs, 0);
    const rawTotal = entries.reduce((sum, e) => sum + e.rawMs, 0);
    // The dashboard's data as the page asks for it, uncached: the app's own time (median of runs).
    const dashboard = perFunction["dashboard.ts:getDashboardData"];
    return {
      dashboardDataUncached: dashboard
        ? measured("dashboardDataUncached", dashboard.appMs, { details: { runs, queries: dashboard.queries } })
        : notAvailable("dashboardDataUncached", "no getDashboardData in lib/stats/"),
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
