import { loadMigrationList, NO_FILTERS, openSchemaEngine } from "./schema-engine";

/**
 * Applies the pending migrations of prisma/migrations (= `prisma migrate deploy`):
 * idempotent, recorded in Prisma's own `_prisma_migrations` table.
 */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const result = await engine.applyMigrations({
      migrationsList: loadMigrationList(),
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}
