import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";

/**
 * Optimistic locking: a versioned row may be written only by someone who saw its current
 * version. Locks the row for the rest of the transaction, so the check and the write are atomic.
 */
export async function lockVersion(
  tx: Prisma.TransactionClient,
  table: "Commitment" | "Talk" | "Evidence",
  id: number,
  expectedVersion: number,
  what: string,
): Promise<void> {
  const rows =
    table === "Commitment"
      ? await tx.$queryRaw<{ version: number }[]>`SELECT "version" FROM "Commitment" WHERE "id" = ${id} FOR UPDATE`
      : table === "Talk"
        ? await tx.$queryRaw<{ version: number }[]>`SELECT "version" FROM "Talk" WHERE "id" = ${id} FOR UPDATE`
        : await tx.$queryRaw<{ version: number }[]>`SELECT "version" FROM "Evidence" WHERE "id" = ${id} FOR UPDATE`;
  if (!rows[0]) throw new NotFoundError(what);
  if (rows[0].version !== expectedVersion) throw new ConflictError();
}

/** Prisma's unique-constraint failure (P2002), whichever adapter raised it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === "P2002" || /Unique constraint|unique_violation|23505/.test(String((error as Error)?.message));
}
