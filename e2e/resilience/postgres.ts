// The PostgreSQL server the resilience suite runs against, and how to restart it.
// Defaults: the machine's cluster (Debian's 15/main on 127.0.0.1:5432). RESILIENCE_PG_CLUSTER
// ("<version> <name>") and RESILIENCE_PG_URL point it at another cluster of the same server.
import { execFileSync, spawn } from "node:child_process";
import pg from "pg";

export const SERVER_URL = process.env.RESILIENCE_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const [version, cluster] = (process.env.RESILIENCE_PG_CLUSTER ?? "15 main").split(/\s+/) as [string, string];

export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string, url = SERVER_URL): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  // The server restarted between this client's query and its end() (the writers re-read versions
  // all through the restart): pg emits that as an 'error' event on the idle client, and without a
  // listener it ended the whole suite (CI, 2026-12-02). A query in flight still rejects with it.
  client.on("error", () => {});
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(prefix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  return { name, url: databaseUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => {}) };
}

/** Restarts the server (fast shutdown: open connections are cut, as in a real crash-restart). */
export async function restartServer(): Promise<void> {
  await run("pg_ctlcluster", ["--skip-systemctl-redirect", version, cluster, "restart", "-m", "fast"]);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

export async function waitUntilAccepting(timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await adminQuery("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

export function pgTool(tool: "pg_dump" | "pg_restore", args: string[]): void {
  execFileSync(tool, args, { stdio: ["ignore", "inherit", "inherit"] });
}
