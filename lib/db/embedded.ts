// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) with its files in DATA_DIR,
// served over the PostgreSQL wire protocol on loopback so that the app reaches it through the
// very same pg driver adapter as a real server. One process owns a data directory at a time;
// the lock file also tells other tools (seed, user:create) where to connect while it runs.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const DEFAULT_DATA_DIR = ".data";

export interface EmbeddedLock {
  pid: number;
  url: string;
}

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export class DataDirectoryBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is already open by process ${pid}. ` +
        `Stop that process first, or set DATA_DIR to another directory ` +
        `(or DATABASE_URL to use a PostgreSQL server).`,
    );
    this.name = "DataDirectoryBusyError";
  }
}

export function resolveDataDir(dataDir = process.env.DATA_DIR): string {
  return resolve(dataDir || DEFAULT_DATA_DIR);
}

const lockPath = (dataDir: string) => join(dataDir, "embedded.lock");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock of a live process holding this data directory, if any (stale locks are ignored). */
export function readLiveLock(dataDir: string): EmbeddedLock | null {
  try {
    const lock = JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as Partial<EmbeddedLock>;
    if (typeof lock.pid !== "number") return null;
    if (lock.pid !== process.pid && !isAlive(lock.pid)) return null;
    return typeof lock.url === "string" ? (lock as EmbeddedLock) : { pid: lock.pid, url: "" };
  } catch {
    return null;
  }
}

function acquireLock(dataDir: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(lockPath(dataDir), "wx"));
      writeFileSync(lockPath(dataDir), JSON.stringify({ pid: process.pid, url: "" }));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLiveLock(dataDir);
      if (holder) throw new DataDirectoryBusyError(dataDir, holder.pid);
      rmSync(lockPath(dataDir), { force: true }); // left behind by a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

export async function startEmbeddedDatabase(
  dataDir = resolveDataDir(),
  { port = 0 }: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  acquireLock(dataDir);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create({ dataDir: join(dataDir, "pgdata") });
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
