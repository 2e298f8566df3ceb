// The public list at full size. The figure is the p95 of varied filter, search, sort and page
// combinations, each asked once, so that no cache can answer them: the list query's own time.
// Replaying a few typical URLs (each 40 times after a warm-up) is reported beside it as the
// cached figure: that measures the page cache, not the query.
import pg from "pg";
import { SORTS } from "@/lib/commitments/list-params";
import { STATUS_ORDER } from "@/lib/commitments/status";
import type { Figure } from "./results";
import { measured } from "./figure-specs";
import { percentile, timeSequential } from "./load-test";
import { createRandom } from "./random";

export const LIST_QUERIES = ["status=IN_PROGRESS", "category=education", "q=railway", "overdue=true", "sort=deadline", "page=50"];

/** Words of the synthetic titles (bench/synthetic-text.ts), a place with diacritics, and one no pledge has. */
const SEARCHES = ["railway", "scholarship", "durian", "border", "customs", "tourism", "rice", "Lạng Sơn", "training", "no-such-word"];

/** `count` distinct list URLs' query strings, the same for a seed: one to four filters, a sort, a page. */
export function variedListQueries(count: number, categories: readonly string[], seed: number): string[] {
  const random = createRandom(seed);
  const seen = new Set<string>();
  for (let attempt = 0; seen.size < count && attempt < count * 50; attempt++) {
    const params = new URLSearchParams();
    if (random.chance(0.5)) params.set("status", random.pick(STATUS_ORDER));
    if (random.chance(0.5) && categories.length) params.set("category", random.pick(categories));
    if (random.chance(0.4)) params.set("q", random.pick(SEARCHES));
    if (random.chance(0.2)) params.set("overdue", "true");
    params.set("sort", random.pick(SORTS));
    params.set("page", String(random.chance(0.7) ? random.int(1, 5) : random.int(6, 200)));
    seen.add(params.toString());
  }
  return [...seen];
}

async function categorySlugs(databaseUrl: string): Promise<string[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    return (await db.query<{ slug: string }>(`SELECT "slug" FROM "Category" ORDER BY "slug"`)).rows.map((row) => row.slug);
  } finally {
    await db.end();
  }
}

export async function measureList(baseUrl: string, databaseUrl: string, runs: number, seed: number): Promise<Record<string, Figure>> {
  const failures: string[] = [];
  // Uncached: every combination once (a new URL is a new page render and a new list query).
  const varied = variedListQueries(runs * 5, await categorySlugs(databaseUrl), seed);
  const timed: { query: string; ms: number }[] = [];
  for (const query of varied) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/commitments?${query}`);
    await response.arrayBuffer();
    timed.push({ query, ms: performance.now() - started });
    if (response.status !== 200) failures.push(`${query} answered ${response.status}`);
  }
  timed.sort((a, b) => a.ms - b.ms);
  const times = timed.map((entry) => entry.ms);
  // Cached: the typical URLs replayed, as the page cache answers them.
  const cached: Record<string, { p50: number; p95: number }> = {};
  for (const query of LIST_QUERIES) {
    const url = `${baseUrl}/commitments?${query}`;
    await fetch(url).then((response) => response.arrayBuffer());
    const timing = await timeSequential(url, runs);
    if (timing.status !== 200) failures.push(`${query} answered ${timing.status}`);
    cached[query] = { p50: timing.p50, p95: timing.p95 };
  }
  const details = {
    uncached: { requests: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: timed.at(-1)?.ms ?? null, slowest: timed.at(-1)?.query ?? null },
    cached: { runsPerQuery: runs, worstP95: Math.max(...Object.values(cached).map((timing) => timing.p95)), perQuery: cached },
  };
  const note = failures.length ? `${failures.length} list requests failed, first: ${failures[0]}` : undefined;
  return { listP95: measured("listP95", failures.length ? null : percentile(times, 95), { note, details }) };
}
