import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { writeAudit, type Actor } from "@/lib/audit";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";

export interface StatusChangeInput {
  commitmentId: number;
  toStatus: CommitmentStatus;
  effectiveOn: Date;
  note: string;
  evidenceIds?: number[];
  /** The commitment version the writer saw; a mismatch is a conflict. */
  expectedVersion?: number;
  /** An analyst's update is also a review of the pledge on that day (the seed records its own). */
  reviewedOn?: Date;
}

/**
 * Appends one entry to a pledge's status history and brings the pledge's current status in step
 * with it, in the caller's transaction. The current status is the entry with the latest effective
 * date, so a back-dated entry is inserted into the past without changing the present.
 */
export async function appendStatusChange(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: StatusChangeInput,
) {
  // Row lock: concurrent writers to one pledge queue here instead of interleaving.
  const locked = await tx.$queryRaw<{ version: number; status: CommitmentStatus }[]>`
    SELECT "version", "status"::text AS "status" FROM "Commitment"
    WHERE "id" = ${input.commitmentId} FOR UPDATE`;
  const current = locked[0];
  if (!current) throw new NotFoundError("The pledge");
  if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
    throw new ConflictError();
  }

  const evidenceIds = [...new Set(input.evidenceIds ?? [])];
  if (evidenceIds.length) {
    const found = await tx.evidence.count({
      where: { id: { in: evidenceIds }, commitmentId: input.commitmentId },
    });
    if (found !== evidenceIds.length) {
      throw new UserFacingError("Linked evidence must belong to this pledge.", 422, {
        evidenceIds: ["One or more evidence items do not belong to this pledge."],
      });
    }
  }

  const prior = await tx.statusChange.findFirst({
    where: { commitmentId: input.commitmentId, effectiveOn: { lte: input.effectiveOn } },
    orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
    select: { toStatus: true },
  });
  const change = await tx.statusChange.create({
    data: {
      commitmentId: input.commitmentId,
      fromStatus: prior?.toStatus ?? null,
      toStatus: input.toStatus,
      effectiveOn: input.effectiveOn,
      note: input.note,
      recordedById: actor.userId,
      evidence: { create: evidenceIds.map((evidenceId) => ({ evidenceId })) },
    },
  });

  const latest = await tx.statusChange.findFirstOrThrow({
    where: { commitmentId: input.commitmentId },
    orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
    select: { toStatus: true, effectiveOn: true },
  });
  const updated = await tx.commitment.update({
    where: { id: input.commitmentId },
    data: {
      status: latest.toStatus,
      statusEffectiveOn: latest.effectiveOn,
      ...(input.reviewedOn ? { reviewedOn: input.reviewedOn, reviewedById: actor.userId } : {}),
      version: { increment: 1 },
    },
    select: { version: true, status: true, reviewedOn: true },
  });

  await writeAudit(tx, actor, {
    action: "status-change",
    entityType: "Commitment",
    entityId: input.commitmentId,
    before: { status: current.status, version: current.version },
    after: {
      status: updated.status,
      reviewedOn: updated.reviewedOn?.toISOString().slice(0, 10) ?? null,
      version: updated.version,
      statusChange: {
        id: change.id,
        fromStatus: change.fromStatus,
        toStatus: change.toStatus,
        effectiveOn: change.effectiveOn.toISOString().slice(0, 10),
        note: change.note,
        evidenceIds,
      },
    },
  });
  return { change, version: updated.version };
}
