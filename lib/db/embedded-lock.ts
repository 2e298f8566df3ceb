// The lock on an embedded data directory: one owner process at a time, and the address it serves
// the database on, so that other processes (the app, seed, user:create) can connect to it.
// Kept apart from embedded.ts so that reading it never loads PGlite.
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const DEFAULT_DATA_DIR = ".data";

export interface EmbeddedLock {
  pid: number;
  url: string;
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
  return resolve(/* turbopackIgnore: true */ process.cwd(), dataDir || DEFAULT_DATA_DIR);
}

export const lockPath = (dataDir: string) => join(dataDir, "embedded.lock");

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

export function acquireLock(dataDir: string): void {
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

