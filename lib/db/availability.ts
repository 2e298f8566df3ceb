// Remembers that the database failed to answer, per request and for the process, so that a page
// whose render failed for that reason is answered 503 (try again shortly) instead of 500 (our
// bug). Kept on globalThis: the HTTP server and Next's bundled server code share the process,
// not module instances.
import { AsyncLocalStorage } from "node:async_hooks";

const OUTAGE_MEMORY_MS = 5_000;

export interface RequestOutcome {
  databaseFailed: boolean;
}

const state = globalThis as unknown as {
  __trackerDatabaseFailedAt?: number;
  __trackerRequestOutcome?: AsyncLocalStorage<RequestOutcome>;
};
const requestOutcome = (state.__trackerRequestOutcome ??= new AsyncLocalStorage<RequestOutcome>());

/** Runs one HTTP request's handling with a record of whether the database failed it. */
export function trackRequest<T>(outcome: RequestOutcome, handle: () => T): T {
  return requestOutcome.run(outcome, handle);
}

/** The messages and codes of an error and its causes (drivers and Prisma wrap each other's). */
function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    const { message, code, kind } = cause as { message?: unknown; code?: unknown; kind?: unknown };
    parts.push(String(message ?? ""), String(code ?? ""), String(kind ?? ""));
    cause = (cause as { cause?: unknown }).cause;
  }
  return parts.join(" ");
}

export function isDatabaseUnreachableError(error: unknown): boolean {
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|DatabaseNotReachable|Can't reach database|P1001|P1017|57P01|57P02|57P03|terminating connection|the database system is (starting up|shutting down|in recovery)|Client has encountered a connection error/i.test(
    errorText(error),
  );
}

/**
 * The request's answer becomes a 503 for either kind of failure; only the database being
 * unreachable opens the outage breaker (serve-next.ts) for every request. A busy pool is no
 * outage: treated as one, it turned a few slow queries into 503s for every reader.
 */
export function noteDatabaseFailure(error: unknown): void {
  if (!isDatabaseUnavailableError(error)) return;
  const outcome = requestOutcome.getStore();
  if (outcome) outcome.databaseFailed = true;
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

/**
 * The database answered but could not take the work now: pool exhausted (P2024, or pg's pool
 * queue: every connection busy for its whole connectionTimeoutMillis), transaction timed out
 * waiting for locks (P2028), or aborted as a conflict after retries (P2034).
 * Like an outage, the right answer is 503: try again shortly.
 */
export function isDatabaseBusyError(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === "P2024" || code === "P2028" || code === "P2034" ||
    /Transaction already closed|expired transaction|Unable to start a transaction|TransactionWriteConflict|Timed out fetching a new connection/i.test(String(message ?? "")) ||
    /timeout exceeded when trying to connect/i.test(errorText(error))
  );
}

export function isDatabaseUnavailableError(error: unknown): boolean {
  return isDatabaseUnreachableError(error) || isDatabaseBusyError(error);
}
