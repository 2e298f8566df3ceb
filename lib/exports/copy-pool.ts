// The connections the COPY exports stream through. Prisma's adapter does not lend out its
// connections, so the exports have their own small pg pool, held to the same rules as Prisma's
// (lib/db/client.ts): a dead connection is dropped, never handed out again; an outage is an
// error within POOL_OPTIONS.connectionTimeoutMillis, which the routes answer 503; and every
// failure and success is recorded for the outage breaker (lib/db/availability.ts).
import pg from "pg";
import { databaseUrlForApp } from "@/lib/db/app-url";
import { noteDatabaseFailure, noteDatabaseSuccess } from "@/lib/db/availability";
import { POOL_OPTIONS } from "@/lib/db/client";

// A COPY holds its connection while PostgreSQL writes, not while the client reads (./copy.ts
// buffers up to a bound), so a few connections serve many downloads.
const COPY_POOL_SIZE = 5;
// The whole download is one statement: its limit is a download's, not a query's.
const COPY_STATEMENT_TIMEOUT_MS = 10 * 60_000;
// A reused connection proves it is alive with one round trip before a COPY is sent on it; a
// half-open socket (no FIN seen) would otherwise hang the request.
const LIVENESS_TIMEOUT_MS = 2_000;

/** Names the export connections in pg_stat_activity (operators, tests). */
export const EXPORT_APPLICATION_NAME = "tracker-export";

const globalForCopy = globalThis as unknown as { copyPool?: pg.Pool };

/** The pool (created on first use; tests look inside it). */
export function copyPool(): pg.Pool {
  if (!globalForCopy.copyPool) {
    const pool = new pg.Pool({
      ...POOL_OPTIONS,
      max: COPY_POOL_SIZE,
      statement_timeout: COPY_STATEMENT_TIMEOUT_MS,
      connectionString: databaseUrlForApp(),
      application_name: EXPORT_APPLICATION_NAME,
    });
    // An idle connection killed by a restart: pg-pool drops it and emits this (without a
    // listener, an uncaught exception that ends the process).
    pool.on("error", (error) => {
      noteDatabaseFailure(error);
      console.warn(`export connection lost: ${error.message}`);
    });
    // And every connection listens for its own errors for all its life. pg-pool listens only
    // while a connection is idle, so one killed just as it is handed out (its ReadyForQuery and
    // the server's FATAL in one read, as when a restart meets a reconnecting pool) emitted an
    // error nobody heard: an uncaught exception (measured: 171 in 20 s of killing connections).
    pool.on("connect", (client) => client.on("error", (error) => noteDatabaseFailure(error)));
    globalForCopy.copyPool = pool;
  }
  return globalForCopy.copyPool;
}

/** Closes the export pool (tests, shutdown). */
export async function closeCopyPool() {
  const pool = globalForCopy.copyPool;
  globalForCopy.copyPool = undefined;
  await pool?.end();
}

export interface CopyConnection {
  client: pg.PoolClient;
  /** Gives the connection back; with an error (or when it may be mid-COPY) it is closed instead. */
  release(error?: Error): void;
}

/**
 * A live connection, ready for a COPY. A reused connection that turns out dead is closed and the
 * next one tried, so a restart costs no request that came after it.
 */
export async function copyConnection(): Promise<CopyConnection> {
  for (let attempt = 0; ; attempt++) {
    let client: pg.PoolClient;
    const pool = copyPool();
    // pg-pool says "timeout exceeded when trying to connect" both when the database does not
    // answer and when every connection stayed busy: the latter is load, not an outage, and must
    // not open the breaker that answers everyone 503 (the request itself still gets its 503).
    const busy = pool.totalCount >= COPY_POOL_SIZE && pool.idleCount === 0;
    try {
      client = await pool.connect();
    } catch (error) {
      if (!busy) noteDatabaseFailure(error);
      throw error;
    }
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.release(error ?? false);
    };
    try {
      // What ./copy-cells.ts relies on: shortest exact float digits, as JavaScript prints them
      // (numberCell), and dates as YYYY-MM-DD (dateCell).
      // (`query_timeout` is pg's client-side limit; its QueryConfig type does not list it.)
      await client.query({ text: "SET extra_float_digits = 1; SET DateStyle = ISO", query_timeout: LIVENESS_TIMEOUT_MS } as pg.QueryConfig);
      noteDatabaseSuccess();
      return { client, release };
    } catch (error) {
      release(error as Error);
      // A restart kills every idle connection at once: each is dropped in turn, and once none
      // is left the pool connects afresh (and a connection that cannot be made fails at once).
      if (attempt < COPY_POOL_SIZE) continue;
      const failure = unanswered(error);
      noteDatabaseFailure(failure);
      throw failure;
    }
  }
}

// pg's client-side timeout says "Query read timeout": for the routes it is the database not
// answering, an outage (503), like a connection that cannot be made.
function unanswered(error: unknown): unknown {
  if (!/Query read timeout/.test(String((error as Error).message))) return error;
  return new Error(`ETIMEDOUT: the database did not answer within ${LIVENESS_TIMEOUT_MS} ms`, { cause: error });
}
