import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrlForApp } from "@/lib/db/app-url";
import { noteDatabaseFailure, noteDatabaseSuccess } from "@/lib/db/availability";

// A database that is down must fail a request in seconds, not hang it: pg waits forever by default.
export const POOL_OPTIONS = {
  connectionTimeoutMillis: 3_000,
  idleTimeoutMillis: 30_000,
  max: 10,
  statement_timeout: 30_000,
} as const;

export function createPrismaClient(connectionString: string): PrismaClient {
  // A restarted server kills idle pooled connections; pg reports that as an 'error' event, which
  // would be an uncaught exception without a listener. The pool replaces them on next use.
  const onError = (error: Error) => {
    noteDatabaseFailure(error);
    console.warn(`database connection lost: ${error.message}`);
  };
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, ...POOL_OPTIONS }, { onPoolError: onError, onConnectionError: onError }),
  });
}

/** The app's client also records whether the database answers (see availability.ts). */
function createAppClient(connectionString: string) {
  return createPrismaClient(connectionString).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          noteDatabaseSuccess();
          return result;
        } catch (error) {
          noteDatabaseFailure(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The app's one Prisma client (kept on globalThis so dev reloads do not open new pools). */
export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createAppClient(databaseUrlForApp());
  return globalForPrisma.prisma;
}
