// The sign-in throttle's counters live in PostgreSQL (table "RateLimit", rate-limiter-flexible's
// layout), so that every instance on one database counts the same attempts and a restart
// forgets nothing. A connection of its own: a throttle check must not wait behind page reads.
// One, not more: rate-limiter-flexible uses named prepared statements, and the embedded database
// (PGlite behind its socket server) is one session for every connection, where a second
// connection preparing the same name fails.
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { databaseUrlForApp } from "@/lib/db/app-url";

const state = globalThis as unknown as { __trackerThrottlePool?: pg.Pool };

function pool(): pg.Pool {
  if (!state.__trackerThrottlePool) {
    const created = new pg.Pool({ connectionString: databaseUrlForApp(), max: 1, connectionTimeoutMillis: 3_000, statement_timeout: 5_000 });
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
