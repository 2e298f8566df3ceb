// The sign-in throttle's counters live in PostgreSQL (table "RateLimit", rate-limiter-flexible's
// layout), so that every instance on one database counts the same attempts and a restart
// forgets nothing. Connections of its own: a throttle check must not wait behind page reads.
// Only one on the embedded database: rate-limiter-flexible uses named prepared statements, and
// PGlite behind its socket server is one session for every connection, where a second
// connection preparing the same name fails. (Under load, sign-ins queue for it; they may wait
// up to the queue timeout rather than fail.)
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { databaseUrlForApp } from "@/lib/db/app-url";
import { readLiveLock, resolveDataDir } from "@/lib/db/embedded-lock";

const state = globalThis as unknown as { __trackerThrottlePool?: pg.Pool };

function pool(): pg.Pool {
  if (!state.__trackerThrottlePool) {
    const url = databaseUrlForApp();
    const embedded = readLiveLock(resolveDataDir())?.url === url;
    const created = new pg.Pool({ connectionString: url, max: embedded ? 1 : 4, connectionTimeoutMillis: 10_000, statement_timeout: 5_000 });
    created.on("error", () => {}); // a dropped idle connection is replaced on next use
    state.__trackerThrottlePool = created;
  }
  return state.__trackerThrottlePool;
}

export function postgresLimiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool(),
    storeType: "pool",
    tableName: "RateLimit",
    tableCreated: true, // by the migration
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}
