import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate, and `migrate deploy` on a connected machine).
// The app itself migrates through lib/db/migrate.ts, which needs no native engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
