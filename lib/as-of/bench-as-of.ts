// Measures the as-of reads at the benchmark's scale (20,000 pledges, 500,000 status changes) on a
// throwaway database: `npx tsx lib/as-of/bench-as-of.ts` (TEST_DATABASE_URL for a PostgreSQL
// server, embedded PGlite otherwise). Prints each read's time, best of three.
import { listParamsSchema } from "@/lib/commitments/list-params";
import { createPrismaClient } from "@/lib/db/client";
import { createTestDatabase } from "@/testing/test-database";
import { getDashboardDataAsOf, getStatusOverTimeAsOf } from "./dashboard";
import type { Snapshot } from "./snapshot";

const PLEDGES = Number(process.env.PLEDGES ?? 20_000);
const CHANGES_PER_PLEDGE = Number(process.env.CHANGES_PER_PLEDGE ?? 25);

async function main() {
  const database = await createTestDatabase("bench_as_of");
  process.env.DATABASE_URL = database.url;
  const db = createPrismaClient(database.url);
  try {
    const started = Date.now();
    await db.$executeRaw`INSERT INTO "Category" (slug, name, description) VALUES ('c', 'C', 'c')`;
    await db.$executeRaw`INSERT INTO "Talk" (slug, title, "heldOn", format, participants, publisher, text, "updatedAt")
      VALUES ('t', 'T', '2020-05-29', 'MEETING', 'a', 'p', 'x', now())`;
    await db.$executeRaw`INSERT INTO "Commitment" (slug, title, description, "categoryId", "committedBy", firmness, deadline, "deadlinePrecision", "updatedAt")
      SELECT 'p-' || n, 'P ' || n, 'd', (SELECT id FROM "Category"), 'BOTH', 'AGREEMENT', DATE '2021-01-01' + (n % 2000), 'DAY', now() FROM generate_series(1, ${PLEDGES}) n`;
    await db.$executeRaw`INSERT INTO "Quote" ("commitmentId", "talkId", text, "startOffset", "endOffset")
      SELECT c.id, (SELECT id FROM "Talk"), 'x', 0, 1 FROM "Commitment" c`;
    await db.$executeRaw`INSERT INTO "StatusChange" ("commitmentId", "toStatus", "effectiveOn", "recordedAt", note)
      SELECT c.id, (enum_range(NULL::"CommitmentStatus"))[1 + (c.id + k) % 6],
             DATE '2020-05-29' + ((k * 80 + c.id % 80) || ' days')::interval,
             DATE '2020-05-29' + ((k * 80 + c.id % 80 + (c.id + k) % 400) || ' days')::interval, 'n'
      FROM "Commitment" c, generate_series(0, ${CHANGES_PER_PLEDGE - 1}) k`;
    await db.$executeRaw`VACUUM ANALYZE`;
    console.log(`loaded ${PLEDGES} pledges, ${PLEDGES * CHANGES_PER_PLEDGE} changes in ${Date.now() - started} ms`);
    const { listCommitmentsAsOf } = await import("./reads");
    const time = async (label: string, work: () => Promise<unknown>) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        await work();
        best = Math.min(best, performance.now() - start);
      }
      console.log(`${label}: ${best.toFixed(0)} ms`);
    };
    for (const snapshot of [
      { asOf: "2022-06-30", recordedBy: null },
      { asOf: "2025-06-30", recordedBy: null },
      { asOf: "2025-06-30", recordedBy: "2025-06-30" },
    ] satisfies Snapshot[]) {
      const label = JSON.stringify(snapshot);
      await time(`dashboard ${label}`, () => getDashboardDataAsOf(snapshot, db));
      await time(`  status over time ${label}`, () => getStatusOverTimeAsOf(snapshot, db));
      await time(`  list, first page ${label}`, () => listCommitmentsAsOf(listParamsSchema.parse({}), snapshot));
      await time(`  list, status filter ${label}`, () => listCommitmentsAsOf(listParamsSchema.parse({ status: "FULFILLED", sort: "deadline" }), snapshot));
    }
  } finally {
    await db.$disconnect();
    if (process.env.KEEP) console.log(`kept ${database.url}`);
    else await database.dispose();
    process.exit(0);
  }
}
void main();
