import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/client";
import { loadSeed } from "@/seed/load";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseMode: "server" | "embedded";
  }
}

/** One seeded database for the whole run (tests that need a pristine one make their own). */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("suite");
  const prisma = createPrismaClient(database.url);
  await loadSeed(prisma);
  await prisma.$disconnect();
  project.provide("databaseUrl", database.url);
  project.provide("databaseMode", database.mode);
  console.log(`tests use ${database.mode === "server" ? "the PostgreSQL server" : "an embedded PGlite database"}`);
  return () => database.dispose();
}
