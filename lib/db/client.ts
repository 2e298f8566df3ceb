import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrlForApp } from "@/lib/db/app-url";

// A database that is down must fail a request in seconds, not hang it: pg waits forever by default.
export const POOL_OPTIONS = {
  connectionTimeoutMillis: 3_000,
  idleTimeoutMillis: 30_000,
  max: 10,
  statement_timeout: 30_000,
} as const;

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...POOL_OPTIONS }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's one Prisma client (kept on globalThis so dev reloads do not open new pools). */
export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(databaseUrlForApp());
  return globalForPrisma.prisma;
}
