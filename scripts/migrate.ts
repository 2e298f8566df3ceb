import { connectDatabase } from "../lib/db/connect";
import { applyMigrations } from "../lib/db/migrate";

async function main() {
  const db = await connectDatabase();
  try {
    const applied = await applyMigrations(db.url);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await db.release();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
