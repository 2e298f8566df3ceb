// One answer to "which database?" for every entry point (app start, CLIs, tests):
// DATABASE_URL when set; otherwise the embedded database in DATA_DIR, either reached through
// the process already serving it or opened here.
import { startEmbeddedDatabase } from "./embedded";
import { readLiveLock, resolveDataDir } from "./embedded-lock";

export type DatabaseMode = "server" | "embedded" | "embedded-shared";

export interface DatabaseHandle {
  url: string;
  mode: DatabaseMode;
  /** Closes what this process opened (nothing for a server or a shared embedded database). */
  release(): Promise<void>;
}

export async function connectDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return { url: serverUrl, mode: "server", release: async () => {} };

  const dataDir = resolveDataDir();
  const running = readLiveLock(dataDir);
  if (running?.url) return { url: running.url, mode: "embedded-shared", release: async () => {} };

  const embedded = await startEmbeddedDatabase(dataDir);
  return { url: embedded.url, mode: "embedded", release: () => embedded.stop() };
}
