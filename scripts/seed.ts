// `npm run db:seed`: applies pending migrations, then loads seed/data/ (insert-only, idempotent).
import { connectDatabase } from "@/lib/db/connect";
import { createPrismaClient } from "@/lib/db/client";
import { bumpCacheVersion } from "@/lib/db/cache-versions";
import { applyMigrations } from "@/lib/db/migrate";
import { loadSeed } from "@/seed/load";

async function main() {
  const db = await connectDatabase();
  const prisma = createPrismaClient(db.url);
  try {
    await applyMigrations(db.url);
    const report = await loadSeed(prisma);
    // Instances already serving this database expire their cached pages (within a poll interval).
    await bumpCacheVersion(prisma);
    const added = Object.entries(report).filter(([, count]) => count > 0);
    console.log(
      added.length
        ? `seed: added ${added.map(([what, count]) => `${count} ${what}`).join(", ")}`
        : "seed: nothing to add, the database already holds the seed data",
    );
  } finally {
    await prisma.$disconnect();
    await db.release();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
