// Remembers, for this process, that the database just failed to answer, so that a page whose
// render failed for that reason is answered 503 (try again shortly) instead of 500 (our bug).
// Kept on globalThis: the HTTP server and Next's bundled server code share the process, not modules.

const OUTAGE_MEMORY_MS = 5_000;
const state = globalThis as unknown as { __trackerDatabaseFailedAt?: number };

export function isDatabaseUnreachableError(error: unknown): boolean {
  const parts: string[] = [];
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    const { message, code, kind } = cause as { message?: unknown; code?: unknown; kind?: unknown };
    parts.push(String(message ?? ""), String(code ?? ""), String(kind ?? ""));
    cause = (cause as { cause?: unknown }).cause;
  }
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|timeout exceeded when trying to connect|Connection terminated|DatabaseNotReachable|Can't reach database|P1001|P1017|57P01|57P02|57P03|terminating connection|the database system is (starting up|shutting down|in recovery)|Client has encountered a connection error/i.test(
    parts.join(" "),
  );
}

export function noteDatabaseFailure(error: unknown): void {
  if (isDatabaseUnreachableError(error)) state.__trackerDatabaseFailedAt = Date.now();
}

export function noteDatabaseSuccess(): void {
  state.__trackerDatabaseFailedAt = undefined;
}

/** True while a connection failure is recent and no query has succeeded since. */
export function databaseRecentlyUnreachable(now = Date.now()): boolean {
  const failedAt = state.__trackerDatabaseFailedAt;
  return failedAt !== undefined && now - failedAt < OUTAGE_MEMORY_MS;
}
