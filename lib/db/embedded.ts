// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) with its files in DATA_DIR,
// served over the PostgreSQL wire protocol on loopback so that the app reaches it through the
// very same pg driver adapter as a real server.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireLock, lockPath, resolveDataDir, type EmbeddedLock } from "./embedded-lock";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startEmbeddedDatabase(
  dataDir = resolveDataDir(),
  { port = 0 }: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  acquireLock(dataDir);
  let db: PGlite | undefined;
  try {
    // PGlite has contrib extensions only when they are loaded here; the migrations create pg_trgm
    // (the list search's trigram index) as on a server.
    db = await PGlite.create({ dataDir: join(dataDir, "pgdata"), extensions: { pg_trgm } });
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
    await server.start();
    const address = server.getServerConn(); // "127.0.0.1:PORT"
    const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;
    writeFileSync(lockPath(dataDir), JSON.stringify({ pid: process.pid, url } satisfies EmbeddedLock));
    let stopped = false;
    const pglite = db;
    return {
      url,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await pglite.close(); // flushes to disk
        rmSync(lockPath(dataDir), { force: true });
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    rmSync(lockPath(dataDir), { force: true });
    throw error;
  }
}
