import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "./client";
import { bumpCacheVersion } from "./cache-versions";

/**
 * Writers wait for each other's row locks; under load that wait can outlast Prisma's default
 * 5 s transaction timeout, which would then fail a perfectly good write.
 */
const WRITE_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
const ATTEMPTS = 3;

/** PostgreSQL gave up on the transaction (deadlock, serialization failure): it may simply be retried. */
function isRetryable(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === "P2034" || /TransactionWriteConflict|deadlock detected|could not serialize/i.test(String(message ?? ""));
}

/** Runs a write; one that PostgreSQL aborted as a conflict (deadlock, serialization) is retried whole. */
async function retryingConflicts<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
    }
  }
}

/**
 * Runs a write in one transaction; a transaction PostgreSQL aborted as a conflict is retried whole.
 * The public caches' version moves with it, so every instance learns of the commit.
 */
export async function inWriteTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return retryingConflicts(() =>
    getPrisma().$transaction(async (tx) => {
      const result = await work(tx);
      await bumpCacheVersion(tx);
      return result;
    }, WRITE_TRANSACTION_OPTIONS),
  );
}

/**
 * A write that is one statement (a database function that also moves the cache version): atomic
 * on its own, so no interactive transaction and its extra round trips; retried like the others.
 */
export async function inOneStatement<T>(work: (db: PrismaClient) => Promise<T>): Promise<T> {
  return retryingConflicts(() => work(getPrisma()));
}
