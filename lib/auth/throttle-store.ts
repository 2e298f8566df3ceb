// The sign-in throttle's counters live in PostgreSQL (table "RateLimit", rate-limiter-flexible's
// layout), so that every instance on one database counts the same attempts and a restart
// forgets nothing. A small pool of its own: a throttle check must not wait behind page reads.
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { databaseUrlForApp } from "@/lib/db/app-url";

const state = globalThis as unknown as { __trackerThrottlePool?: pg.Pool };

function pool(): pg.Pool {
  if (!state.__trackerThrottlePool) {
    const created = new pg.Pool({ connectionString: databaseUrlForApp(), max: 4, connectionTimeoutMillis: 10_000, statement_timeout: 5_000 });
    created.on("error", () => {}); // a dropped idle connection is replaced on next use
    state.__trackerThrottlePool = created;
  }
  return state.__trackerThrottlePool;
}

/**
 * The pool as rate-limiter-flexible uses it (its "pool" store calls query()), with its statements
 * sent unnamed. It names them to have them prepared once per connection; but the embedded database
 * (PGlite behind its socket server) is one session for all connections, old and new, where a
 * second PREPARE of a name fails ("prepared statement already exists").
 */
const unnamedStatements = {
  query: (query: { text: string; values?: unknown[] }) => pool().query({ text: query.text, values: query.values }),
};

export function postgresLimiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: unnamedStatements,
    storeType: "pool",
    tableName: "RateLimit",
    tableCreated: true, // by the migration
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}
