// The export path under the failures the resilience suite brings: downloads cancelled mid-way,
// connections killed by a restart (idle or mid-COPY), a database that does not answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { databaseRecentlyUnreachable, noteDatabaseSuccess } from "@/lib/db/availability";
import { copyCsvDownload, copyCsvStream } from "./copy";
import { EXPORT_APPLICATION_NAME, closeCopyPool, copyPool } from "./copy-pool";

// Far more than the stream buffers, so a download stops mid-COPY. The embedded database writes
// a whole COPY at once without waiting for the reader (pglite-socket has no backpressure), so
// there a smaller one does: the size of a 1,000,000-row COPY would sit in memory.
const big = () => `SELECT repeat('x', 200) || g FROM generate_series(1, ${server ? 1_000_000 : 40_000}) g`;
const SMALL = "SELECT g::text FROM generate_series(1, 3) g";
const SMALL_BYTES = "\uFEFFn\r\n1\r\n2\r\n3\r\n";
const bytes = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");

let admin: pg.Client;
// pg_stat_activity shows the export connections on the server; the embedded database has one
// backend for every socket, so there a connection dies by its socket instead.
let server = false;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await bytes(await copyCsvStream(["n"], SMALL));
  const { rows } = await admin.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1", [EXPORT_APPLICATION_NAME]);
  server = rows[0]!.n > 0;
});

afterAll(async () => {
  await closeCopyPool();
  await admin.end();
});

const checkedOut = () => copyPool().totalCount - copyPool().idleCount;

async function until(condition: () => Promise<boolean> | boolean, what: string) {
  for (let tries = 0; tries < 100; tries++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`still not so after 5 s: ${what}`);
}

const activeCopies = async () =>
  (await admin.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND query LIKE 'COPY%'",
    [EXPORT_APPLICATION_NAME],
  )).rows[0]!.n;

/** What a restart does to the export connections: each is killed by the server (or its socket closes). */
async function killExportConnections() {
  if (server) {
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [EXPORT_APPLICATION_NAME]);
  } else {
    const idle = (copyPool() as unknown as { _clients: { connection: { stream: { destroy(): void } } }[] })._clients;
    for (const client of idle) client.connection.stream.destroy();
  }
}

describe("COPY export connections", () => {
  it("are free once PostgreSQL has written a small export, however slowly the client reads it", async () => {
    const streams = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => copyCsvStream(["n"], "SELECT repeat('y', 100) || g FROM generate_series(1, 2000) g")));
    await until(() => checkedOut() === 0, "no connection held by the unread downloads");
    for (const stream of streams) expect((await bytes(stream)).split("\r\n")).toHaveLength(2002);
  });

  it("come back from a cancelled download, and PostgreSQL stops writing its rows", async () => {
    for (let run = 0; run < 5; run++) {
      const reader = (await copyCsvStream(["x"], big())).getReader();
      await reader.read(); // header
      await reader.read(); // a first block of rows
      await reader.cancel();
    }
    await until(() => checkedOut() === 0, "every connection back in the pool");
    if (server) await until(async () => (await activeCopies()) === 0, "no COPY left running on the server");
    expect(await bytes(await copyCsvStream(["n"], SMALL))).toBe(SMALL_BYTES);
  });

  it("are never handed out again once dead (a restart killed them while idle)", async () => {
    await Promise.all([1, 2, 3].map(async () => bytes(await copyCsvStream(["n"], SMALL))));
    expect(copyPool().idleCount).toBeGreaterThan(0);
    await killExportConnections();
    // At once, before the pool may have seen the sockets close: each download still succeeds.
    for (let run = 0; run < 3; run++) expect(await bytes(await copyCsvStream(["n"], SMALL))).toBe(SMALL_BYTES);
  });

  it("come back from a download the server cut mid-way, which ends in an error, not a short file", async () => {
    const reader = (await copyCsvStream(["x"], big())).getReader();
    await reader.read();
    await reader.read();
    if (server) await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'", [EXPORT_APPLICATION_NAME]);
    else await killExportConnections();
    await expect((async () => { for (;;) if ((await reader.read()).done) return "ended"; })()).rejects.toThrow();
    await until(() => checkedOut() === 0, "the cut connection released");
    expect(await bytes(await copyCsvStream(["n"], SMALL))).toBe(SMALL_BYTES);
  });

  it.runIf(process.env.TEST_DATABASE_URL)("survive being killed at any moment, even as they are handed out (no uncaught error)", async () => {
    // Kills as a restart does, again and again, while downloads run: pg emits a FATAL that
    // arrives with a connection's ReadyForQuery before anyone listens, unless the pool does.
    let stop = false;
    const killer = (async () => {
      while (!stop) {
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [EXPORT_APPLICATION_NAME]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    let succeeded = 0;
    await Promise.all([1, 2, 3, 4, 5, 6].map(async () => {
      for (let run = 0; run < 40; run++) {
        try {
          if ((await bytes(await copyCsvStream(["n"], SMALL))) === SMALL_BYTES) succeeded++;
        } catch {
          // a download whose connection was killed fails: that is the outage, not the point here
        }
      }
    }));
    stop = true;
    await killer;
    expect(succeeded).toBeGreaterThan(0); // vitest fails the run on any uncaught exception
    await until(() => checkedOut() === 0, "every connection back");
  });

  it("answer 503 when all are busy, without taking that for an outage", async () => {
    noteDatabaseSuccess();
    const readers = [];
    for (let held = 0; held < 5; held++) readers.push((await copyCsvStream(["x"], big())).getReader());
    try {
      const response = await copyCsvDownload("x", new Date(), ["n"], SMALL);
      expect(response.status).toBe(503);
      expect(databaseRecentlyUnreachable()).toBe(false); // the outage breaker stays closed
    } finally {
      for (const reader of readers) await reader.cancel();
    }
    await until(() => checkedOut() === 0, "the held connections back");
  });

  it("answer 503 with the API's error when the database cannot be reached", async () => {
    const url = process.env.DATABASE_URL;
    await closeCopyPool();
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/none"; // nothing listens on port 1
    try {
      const response = await copyCsvDownload("x", new Date(), ["n"], SMALL);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: "database_unavailable" } });
    } finally {
      await closeCopyPool();
      process.env.DATABASE_URL = url;
    }
    expect(await bytes(await copyCsvStream(["n"], SMALL))).toBe(SMALL_BYTES);
  });
});
