import type { Prisma } from "@/lib/generated/prisma/client";

/** Who made a change: a signed-in user, or a named system process (seed, CLI). */
export interface Actor {
  userId: number | null;
  label: string;
}

export const SEED_ACTOR: Actor = { userId: null, label: "seed" };

export interface AuditEntry {
  action: "create" | "update" | "archive" | "restore" | "delete" | "status-change" | "review" | "sign-in" | "revoke" | "token-use" | "test-delivery";
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row inside the caller's transaction, so the change and its record commit together; gives its id. */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  entry: AuditEntry,
): Promise<number> {
  const { id } = await tx.auditLog.create({
    data: {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
    select: { id: true },
  });
  return id;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
