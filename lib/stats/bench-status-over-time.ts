// Measures getStatusOverTime at the benchmark's scale (20,000 pledges, 500,000 status changes) on
// a throwaway database: `npx tsx lib/stats/bench-status-over-time.ts` (TEST_DATABASE_URL for a
// PostgreSQL server, embedded PGlite otherwise). Prints timings and the query plan.
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { createTestDatabase } from "@/testing/test-database";
import { getStatusOverTime } from "./status-over-time";

const PLEDGES = Number(process.env.PLEDGES ?? 20_000);
const CHANGES_PER_PLEDGE = Number(process.env.CHANGES_PER_PLEDGE ?? 25);

async function main() {
  const database = await createTestDatabase("bench");
  const db = createPrismaClient(database.url);
  try {
    const started = Date.now();
    await db.$executeRaw`INSERT INTO "Category" (slug, name, description) VALUES ('c', 'C', 'c')`;
    await db.$executeRaw`INSERT INTO "Talk" (slug, title, "heldOn", format, participants, publisher, text, "updatedAt")
      VALUES ('t', 'T', '2020-05-29', 'MEETING', 'a', 'p', 'x', now())`;
    await db.$executeRaw`INSERT INTO "Commitment" (slug, title, description, "categoryId", "committedBy", firmness, "updatedAt")
      SELECT 'p-' || n, 'P ' || n, 'd', (SELECT id FROM "Category"), 'BOTH', 'AGREEMENT', now() FROM generate_series(1, ${PLEDGES}) n`;
    await db.$executeRaw`INSERT INTO "StatusChange" ("commitmentId", "toStatus", "effectiveOn", note)
      SELECT c.id, (enum_range(NULL::"CommitmentStatus"))[1 + (c.id + k) % 6],
             DATE '2020-05-29' + ((k * 80 + c.id % 80) || ' days')::interval, 'n'
      FROM "Commitment" c, generate_series(0, ${CHANGES_PER_PLEDGE - 1}) k`;
    await db.$executeRaw`ANALYZE`;
    console.log(`loaded ${PLEDGES} pledges, ${PLEDGES * CHANGES_PER_PLEDGE} changes in ${Date.now() - started} ms`);
    const today = parseIsoDate("2026-11-23");
    for (let run = 1; run <= 3; run++) {
      const start = performance.now();
      const rows = await getStatusOverTime(today, db);
      console.log(`run ${run}: ${(performance.now() - start).toFixed(0)} ms, ${rows.length} months`);
    }
  } finally {
    await db.$disconnect();
    await database.dispose();
  }
}

void main();
