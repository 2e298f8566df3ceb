// autocannon with exact percentiles: it reports p50/p90/p97.5/p99 but no p95, so every response
// time is kept and the percentiles are computed here.
import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50: number; p95: number; p99: number; requests: number; failures: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function loadTest(url: string, connections: number, durationSeconds: number, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<LoadResult> {
  const times: number[] = [];
  let failures = 0;
  const instance = autocannon({ url, connections, duration: durationSeconds, ...init });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    if (statusCode >= 400) failures++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: times.length,
    failures: failures + result.errors + result.timeouts,
  };
}

/** Sequential requests (one at a time): latency of one user's query on an otherwise idle app. */
export async function timeSequential(url: string, runs: number): Promise<{ p50: number; p95: number; status: number }> {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    status = response.status;
    if (!response.ok) break;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), status };
}
