// The public list with typical filters at full size: p95 of sequential requests per query.
import type { Figure } from "./results";
import { measured } from "./figure-specs";
import { timeSequential } from "./load-test";

export const LIST_QUERIES = ["status=IN_PROGRESS", "category=education", "q=railway", "overdue=true", "sort=deadline", "page=50"];

export async function measureList(baseUrl: string, runs: number): Promise<Record<string, Figure>> {
  const page = await fetch(`${baseUrl}/commitments`);
  await page.arrayBuffer();
  const path = page.ok ? "/commitments" : "/api/commitments";
  const perQuery: Record<string, { p50: number; p95: number }> = {};
  const failures: string[] = [];
  for (const query of LIST_QUERIES) {
    const url = `${baseUrl}${path}?${query}`;
    await fetch(url).then((r) => r.arrayBuffer()); // warm-up: first-request compilation and plan caching
    const timing = await timeSequential(url, runs);
    if (timing.status !== 200) failures.push(`${query} answered ${timing.status}`);
    perQuery[query] = { p50: timing.p50, p95: timing.p95 };
  }
  const worst = Math.max(...Object.values(perQuery).map((t) => t.p95));
  const note = [page.ok ? undefined : "no /commitments page in this build: measured /api/commitments", ...failures].filter(Boolean).join("; ") || undefined;
  return {
    listP95: measured("listP95", failures.length ? null : worst, { note, details: { path, runsPerQuery: runs, perQuery } }),
  };
}
