// A database of a spec's own, for an app instance it starts and then damages: a fresh database on
// the PostgreSQL server when one answers (the one DATABASE_URL names, else 127.0.0.1:5432), and an
// embedded one in a temporary DATA_DIR otherwise (`npm test` needs no server). Dropped afterwards.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { lockPath } from "../../lib/db/embedded-lock";

export interface OwnDatabase {
  kind: "server" | "embedded";
  /** The environment `npm start` needs to use it. */
  appEnv: Record<string, string | undefined>;
  /** SQL on it, while the app runs (embedded: through the app's own loopback socket). */
  sql(statement: string): Promise<void>;
  drop(): Promise<void>;
}

const SERVER_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// Names start with this, so that they are easy to find and clean up by hand.
const PREFIX = process.env.E2E_OWN_DATABASE_PREFIX ?? "tracker_e2e_";

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function serverAnswers(): Promise<boolean> {
  try {
    await withClient(SERVER_URL, (client) => client.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

export async function createOwnDatabase(purpose: string): Promise<OwnDatabase> {
  if (await serverAnswers()) {
    const name = `${PREFIX}${purpose}_${Date.now()}_${process.pid}`;
    await withClient(SERVER_URL, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(SERVER_URL);
    url.pathname = `/${name}`;
    return {
      kind: "server",
      appEnv: { DATABASE_URL: url.toString(), DATA_DIR: undefined, NEXTAUTH_SECRET: "own-database-session-secret-0123456789abcdef" },
      sql: (statement) => withClient(url.toString(), async (client) => void (await client.query(statement))),
      drop: () => withClient(SERVER_URL, async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `${PREFIX}${purpose}-`));
  return {
    kind: "embedded",
    appEnv: { DATABASE_URL: undefined, DATA_DIR: dataDir, NEXTAUTH_SECRET: undefined },
    sql: async (statement) => {
      const { url } = JSON.parse(readFileSync(lockPath(dataDir), "utf8")) as { url: string };
      await withClient(url, async (client) => void (await client.query(statement)));
    },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
