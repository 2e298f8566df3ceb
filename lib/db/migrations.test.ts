import pg from "pg";
import { inject, describe, expect, it } from "vitest";
import { readSchemaCatalog } from "@/testing/schema-catalog";
import { createTestDatabase } from "@/testing/test-database";
import { applyMigrations } from "./migrate";
import { NO_FILTERS, openSchemaEngine, schemaDatamodel } from "./schema-engine";

/** The SQL Prisma's engine derives from schema.prisma alone (`migrate diff --from-empty`). */
async function sqlForSchema(url: string): Promise<string> {
  const engine = await openSchemaEngine(url);
  try {
    const result = await engine.diff({ from: { tag: "empty" }, to: schemaDatamodel(), script: true, exitCode: null, filters: NO_FILTERS });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

async function extensionsOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ extname: string }>(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`)).rows.map((row) => row.extname);
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("produce exactly schema.prisma: a database built from the history matches one built from the schema", async () => {
    const fromSchema = await createTestDatabase("schema", { migrate: false });
    try {
      const client = new pg.Client({ connectionString: fromSchema.url });
      await client.connect();
      // Prisma's schema cannot name extensions (its postgresqlExtensions preview fails in the
      // WebAssembly engine); the migrations create them. The schema's SQL needs the same ones.
      for (const name of await extensionsOf(inject("databaseUrl"))) await client.query(`CREATE EXTENSION IF NOT EXISTS "${name}"`);
      await client.query(await sqlForSchema(fromSchema.url));
      await client.end();
      const expected = await readSchemaCatalog(fromSchema.url);
      const actual = await readSchemaCatalog(inject("databaseUrl"));
      expect(actual.columns.length).toBeGreaterThan(50);
      expect(actual).toEqual(expected);
    } finally {
      await fromSchema.dispose();
    }
  });

  it("apply idempotently: a second run applies nothing", async () => {
    expect(await applyMigrations(inject("databaseUrl"))).toEqual([]);
  });
});
