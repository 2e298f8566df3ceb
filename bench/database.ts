// The bench database: a fresh `tracker_bench_<timestamp>` on the PostgreSQL server, migrated,
// loaded with multi-row INSERT … SELECT FROM unnest(…), analysed, and dropped at the end.
import pg from "pg";
import categories from "@/seed/data/categories.json";
import { applyMigrations } from "@/lib/db/migrate";
import { rowCount, textColumn, intColumn, type Table } from "./dataset";
import type { GeneratedDataset } from "./generate";
import { createProgressBar } from "./progress";

export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const BATCH_ROWS = 20_000;

export function benchDatabaseName(now = new Date()): string {
  return `tracker_bench_${now.toISOString().replace(/[-:TZ.]/g, "").slice(0, 14)}`;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await client.connect().catch((error: Error) => {
    throw new Error(`cannot reach the PostgreSQL server at ${new URL(serverUrl).host} (set BENCH_DATABASE_URL): ${error.message}`);
  });
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database and applies the app's migrations; returns its URL. */
export async function createBenchDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^tracker_bench_\d+$/.test(name)) throw new Error(`refusing an unexpected database name: ${name}`);
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  return url;
}

export async function dropBenchDatabase(serverUrl: string, name: string): Promise<void> {
  if (!/^tracker_bench_\d+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function insertSql(table: Table): string {
  const params = table.columns.map((column, i) => `$${i + 1}::${column.pgType}[]`).join(", ");
  const names = table.columns.map((column) => `"${column.name}"`).join(", ");
  const selects = table.columns.map((column, i) => `c${i}${column.castTo ? `::${column.castTo}` : ""}`).join(", ");
  const aliases = table.columns.map((_, i) => `c${i}`).join(", ");
  return `INSERT INTO "${table.name}" (${names}) SELECT ${selects} FROM unnest(${params}) AS t(${aliases})`;
}

async function insertTable(client: pg.Client, table: Table, onRows: (rows: number) => void): Promise<void> {
  const sql = insertSql(table);
  const total = rowCount(table);
  for (let start = 0; start < total; start += BATCH_ROWS) {
    await client.query(sql, table.columns.map((column) => column.values.slice(start, start + BATCH_ROWS)));
    onRows(Math.min(BATCH_ROWS, total - start));
  }
  // Rows carry explicit ids: move the sequence past them so the app's own inserts work.
  await client.query(`SELECT setval(pg_get_serial_sequence('"${table.name}"', 'id'), (SELECT max(id) FROM "${table.name}"))`);
}

export function categoryTable(): Table {
  return {
    name: "Category",
    columns: [intColumn("id", categories.map((_, i) => i + 1)), textColumn("slug", categories.map((c) => c.slug)),
      textColumn("name", categories.map((c) => c.name)), textColumn("description", categories.map((c) => c.description)),
      intColumn("sortOrder", categories.map((_, i) => i))],
  };
}

export const CATEGORY_COUNT = categories.length;

/** Loads everything in one transaction (all or nothing), then ANALYZE so plans see the real sizes. */
export async function loadDataset(url: string, dataset: GeneratedDataset): Promise<{ rows: number; seconds: number }> {
  const tables = [categoryTable(), dataset.talks, dataset.commitments, dataset.quotes, dataset.evidence, dataset.statusChanges];
  const total = tables.reduce((sum, table) => sum + rowCount(table), 0);
  const bar = createProgressBar("Loading", total);
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    let done = 0;
    for (const table of tables) await insertTable(client, table, (rows) => bar.update((done += rows)));
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    bar.finish();
    await client.end();
  }
  return { rows: total, seconds: (performance.now() - started) / 1000 };
}
