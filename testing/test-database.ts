// A fresh, migrated database for tests: a new database on the PostgreSQL server named by
// TEST_DATABASE_URL, or (default) an embedded PGlite database in a temporary directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";

export interface TestDatabase {
  url: string;
  mode: "server" | "embedded";
  dispose(): Promise<void>;
}

export async function createTestDatabase(label = "test", { migrate = true } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    // TEST_DATABASE_PREFIX keeps the databases of several checkouts sharing one server apart.
    const name = `${process.env.TEST_DATABASE_PREFIX ?? "tracker"}_${label}_${Date.now()}_${process.pid}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
    const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    if (migrate) await applyMigrations(url.toString());
    return {
      url: url.toString(),
      mode: "server",
      async dispose() {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "tracker-test-"));
  const embedded = await startEmbeddedDatabase(dir);
  if (migrate) await applyMigrations(embedded.url);
  return {
    url: embedded.url,
    mode: "embedded",
    async dispose() {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
