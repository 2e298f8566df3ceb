/**
 * Concurrent calls with the same arguments share one call. unstable_cache does not do this: when
 * an entry is missing or stale, every request that asks at once recomputes it, and at a cold
 * start or right after a write two hundred readers would run the same queries two hundred times
 * (and exhaust the connection pool). Results are not kept: that is the cache's job.
 */
export function singleFlight<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const running = new Map<string, Promise<R>>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const existing = running.get(key);
    if (existing) return existing;
    const call = work(...args).finally(() => running.delete(key));
    running.set(key, call);
    return call;
  };
}
