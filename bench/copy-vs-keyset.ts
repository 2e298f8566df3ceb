// Issue 13: the status-history CSV through COPY beside the keyset writer it replaces, on a
// generated history, in both database modes. Not part of `npm run bench` (run it by hand):
//   npx tsx bench/copy-vs-keyset.ts [rows] [server|embedded]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { copyCsvStream } from "@/lib/exports/copy";
import { closeCopyPool } from "@/lib/exports/copy-pool";
import { csvDownload } from "@/lib/exports/response";
import { STATUS_HISTORY_COLUMNS, STATUS_HISTORY_COPY_SQL, statusHistoryExportRows } from "@/lib/exports/status-history";
import { loadSeed } from "@/seed/load";

const rows = Number(process.argv[2] ?? 200_000);
const mode = process.argv[3] ?? "server";

async function drain(stream: ReadableStream<Uint8Array>) {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const began = performance.now();
  let bytes = 0;
  for await (const chunk of stream) bytes += chunk.byteLength;
  const seconds = (performance.now() - began) / 1000;
  clearInterval(timer);
  return { seconds, bytes, growthMb: Math.round((peak - start) / 1e5) / 10 };
}

async function main() {
  let url: string;
  let dispose: () => Promise<void>;
  if (mode === "server") {
    const admin = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/postgres" });
    await admin.connect();
    await admin.query("DROP DATABASE IF EXISTS wtcopy_measure");
    await admin.query("CREATE DATABASE wtcopy_measure");
    url = "postgresql://postgres@127.0.0.1:5432/wtcopy_measure";
    dispose = async () => {
      await admin.query("DROP DATABASE IF EXISTS wtcopy_measure WITH (FORCE)");
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), "wtcopy-measure-"));
    const embedded = await startEmbeddedDatabase(dir);
    url = embedded.url;
    dispose = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  await loadSeed(prisma);
  await prisma.$executeRaw`
    INSERT INTO "StatusChange" ("commitmentId", "fromStatus", "toStatus", "effectiveOn", note)
    SELECT ids[1 + g % cardinality(ids)], 'ANNOUNCED', 'IN_PROGRESS', date '2018-01-01' + g % 3000,
           'Report ' || g || ': the ministry said "work continues"; see, the next steps'
    FROM generate_series(1, ${rows}::int) g, (SELECT array_agg(id) AS ids FROM "Commitment" WHERE NOT archived) c`;
  await prisma.$executeRaw`ANALYZE`;
  const total = (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "StatusChange" sc JOIN "Commitment" c ON c.id = sc."commitmentId" WHERE NOT c.archived`)[0]!.n;
  process.env.DATABASE_URL = url;
  const headers = STATUS_HISTORY_COLUMNS.map((column) => column.header);
  const copy = await drain(await copyCsvStream(headers, STATUS_HISTORY_COPY_SQL));
  const keyset = await drain((await csvDownload("x", new Date(), STATUS_HISTORY_COLUMNS, statusHistoryExportRows())).body!);
  // PostgreSQL alone (psql to /dev/null): our formatting SELECT, and the bare rows as COPY's own CSV.
  const psql = (sql: string) => {
    const began = performance.now();
    execFileSync("psql", [url, "-qAt", "-o", "/dev/null", "-c", sql]);
    return { seconds: (performance.now() - began) / 1000 };
  };
  const inner = STATUS_HISTORY_COPY_SQL.sql.slice(STATUS_HISTORY_COPY_SQL.sql.indexOf("FROM (") + 6, STATUS_HISTORY_COPY_SQL.sql.lastIndexOf(") AS t"));
  const baseline = mode === "server" ? { psqlFormatted: psql(`COPY (${STATUS_HISTORY_COPY_SQL.sql}) TO STDOUT WITH (NULL '')`), psqlPlainCsv: psql(`COPY (${inner}) TO STDOUT WITH CSV`) } : {};
  const rate = (run: { seconds: number }) => Math.round(total / run.seconds);
  console.log(JSON.stringify({ mode, rows: total, copy: { ...copy, rowsPerSecond: rate(copy) }, keyset: { ...keyset, rowsPerSecond: rate(keyset) }, sameBytes: copy.bytes === keyset.bytes, ...Object.fromEntries(Object.entries(baseline).map(([k, v]) => [k, { ...v, rowsPerSecond: rate(v) }])) }));
  await closeCopyPool();
  await prisma.$disconnect();
  await dispose();
  process.exit(0);
}

void main();
