// Row counts of the suite's database, read directly (not through the app under test), to prove
// that a refused request wrote nothing.
import { readFileSync } from "node:fs";
import { Client } from "pg";
import { lockPath } from "../../lib/db/embedded-lock";
import { E2E_DATA_DIR } from "./server";

const TABLES = ["Commitment", "Quote", "Evidence", "StatusChange", "StatusChangeEvidence", "Talk", "User", "AuditLog"] as const;

function suiteDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  return (JSON.parse(readFileSync(lockPath(E2E_DATA_DIR), "utf8")) as { url: string }).url;
}

export async function rowCounts(): Promise<Record<string, number>> {
  const client = new Client({ connectionString: suiteDatabaseUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; count: number }>(
      TABLES.map((table) => `SELECT '${table}' AS name, count(*)::int AS count FROM "${table}"`).join(" UNION ALL "),
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.count]));
  } finally {
    await client.end();
  }
}
