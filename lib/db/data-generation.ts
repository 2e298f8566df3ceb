// A counter of committed writes in this process, so that anything derived from the data (the
// server's rendered-page cache) can tell that it is out of date. Kept on globalThis: the HTTP
// server and Next's bundled code share the process, not module instances.
const state = globalThis as unknown as { __trackerDataGeneration?: number; __trackerSettlingUntil?: number };

/** How long after a write the framework's own caches may still be expiring. */
const SETTLING_MS = 2_000;

export function currentDataGeneration(): number {
  return state.__trackerDataGeneration ?? 0;
}

export function noteDataChanged(now = Date.now()): void {
  state.__trackerDataGeneration = currentDataGeneration() + 1;
  state.__trackerSettlingUntil = now + SETTLING_MS;
}

/** True shortly after a write, while a page rendered now might still see expiring cached reads. */
export function dataSettling(now = Date.now()): boolean {
  return (state.__trackerSettlingUntil ?? 0) > now;
}
