// `npm run data:import -- <file>`: loads a dataset document (lib/dataset/FORMAT.md, as written by
// `npm run data:export` or GET /api/export/dataset.json) into an empty database, keeping every id.
// Migrations are applied first, so a brand-new database works. Run it before `npm start`: a start
// on an empty database would seed it, and the import refuses a database that holds data.
import { readFileSync } from "node:fs";
import { connectDatabase } from "@/lib/db/connect";
import { createPrismaClient } from "@/lib/db/client";
import { bumpCacheVersion } from "@/lib/db/cache-versions";
import { applyMigrations } from "@/lib/db/migrate";
import { DatasetRejectedError, importDataset, parseDataset } from "@/lib/dataset/import";

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error("Usage: npm run data:import -- <dataset.json>");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`data:import: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const db = await connectDatabase();
  const prisma = createPrismaClient(db.url);
  try {
    await applyMigrations(db.url);
    const report = await importDataset(prisma, parseDataset(text));
    // Instances already serving this database expire their cached pages (within a poll interval).
    await bumpCacheVersion(prisma);
    console.log(
      `data:import: imported ${report.categories} categories, ${report.talks} talks, ${report.commitments} pledges, ` +
        `${report.quotes} quotes, ${report.evidence} evidence items and ${report.statusChanges} status changes`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetRejectedError)) throw error;
    console.error(`data:import: ${error.message}`);
    for (const problem of error.problems) console.error(`  - ${problem}`);
    console.error("Nothing was written.");
    return 1;
  } finally {
    await prisma.$disconnect();
    await db.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`data:import failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
