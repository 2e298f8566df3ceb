// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter.
// It does what `prisma migrate deploy` / `prisma migrate diff` do, without the native
// schema-engine binary that the Prisma CLI downloads (and cannot, offline).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

export const SCHEMA_PATH = resolve(process.cwd(), "prisma/schema.prisma");
export const MIGRATIONS_DIR = resolve(process.cwd(), "prisma/migrations");

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = Awaited<ReturnType<WasmBindings["SchemaEngine"]["new"]>>;
export type MigrationList = Parameters<SchemaEngine["applyMigrations"]>[0]["migrationsList"];

let bindings: Promise<WasmBindings> | undefined;

function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    // The package's `exports` hide the raw .wasm; locate it beside the JS glue file.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: WasmBindings = await import(gluePath);
    const bytes = readFileSync(join(gluePath, "..", "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as unknown as { __wbindgen_start: () => void };
    (bg as unknown as { __wbg_set_wasm: (e: unknown) => void }).__wbg_set_wasm(instance.exports);
    exports.__wbindgen_start();
    return bg;
  })();
  return bindings;
}

/**
 * adapter-pg's executeScript splits a migration on every ";" (breaking function bodies) and runs
 * the pieces one by one. Prisma's native engine sends the whole script at once, which PostgreSQL
 * also runs as one implicit transaction; do the same so a migration applies entirely or not at all.
 */
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    return sendScriptsWhole(await super.connect());
  }
  override async connectToShadowDb() {
    return sendScriptsWhole(await super.connectToShadowDb());
  }
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
function sendScriptsWhole(adapter: PgAdapter): PgAdapter {
  const internals = adapter as unknown as {
    client: { query(sql: string): Promise<unknown> };
    onError(error: unknown): never;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

export async function openSchemaEngine(
  connectionString: string,
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const bg = await loadBindings();
  const schemaText = readFileSync(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new WholeScriptPrismaPg({ connectionString, connectionTimeoutMillis: 10_000 }),
  );
  return bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaText]] }, log, adapter);
}

/** Reads prisma/migrations the way the Prisma CLI does. */
export function loadMigrationList(baseDir = MIGRATIONS_DIR): MigrationList {
  const lockPath = join(baseDir, "migration_lock.toml");
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(join(baseDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function schemaDatamodel() {
  return {
    tag: "schemaDatamodel" as const,
    files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, "utf8") }],
  };
}
