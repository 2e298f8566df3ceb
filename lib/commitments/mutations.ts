import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { isUniqueViolation, lockVersion } from "@/lib/actions/version-check";
import { UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import type { CommitmentFields } from "./schema";
import { inWriteTransaction } from "@/lib/db/transaction";

const m = () => getMessages().admin.commitments;

const auditedSelect = {
  id: true, slug: true, title: true, description: true, categoryId: true, committedBy: true, firmness: true,
  targetValue: true, targetUnit: true, baselineValue: true, actualValue: true, deadline: true,
  deadlinePrecision: true, archived: true, version: true,
} satisfies Prisma.CommitmentSelect;

function slugTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new UserFacingError(m().slugTaken, 409, { slug: [m().slugTaken] });
  throw error;
}

export async function createCommitment(actor: Actor, fields: CommitmentFields) {
  return inWriteTransaction(async (tx) => {
      const created = await tx.commitment.create({ data: fields, select: auditedSelect });
      await writeAudit(tx, actor, { action: "create", entityType: "Commitment", entityId: created.id, after: created });
      return created;
    })
    .catch(slugTaken);
}

export async function updateCommitment(actor: Actor, id: number, expectedVersion: number, fields: CommitmentFields) {
  return inWriteTransaction(async (tx) => {
      await lockVersion(tx, "Commitment", id, expectedVersion, m().what);
      const before = await tx.commitment.findUniqueOrThrow({ where: { id }, select: auditedSelect });
      const after = await tx.commitment.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: auditedSelect });
      await writeAudit(tx, actor, { action: "update", entityType: "Commitment", entityId: id, before, after });
      return after;
    })
    .catch(slugTaken);
}

export async function setCommitmentArchived(actor: Actor, id: number, expectedVersion: number, archived: boolean) {
  return inWriteTransaction(async (tx) => {
    await lockVersion(tx, "Commitment", id, expectedVersion, m().what);
    const before = await tx.commitment.findUniqueOrThrow({ where: { id }, select: auditedSelect });
    const after = await tx.commitment.update({ where: { id }, data: { archived, version: { increment: 1 } }, select: auditedSelect });
    await writeAudit(tx, actor, { action: archived ? "archive" : "restore", entityType: "Commitment", entityId: id, before, after });
    return after;
  });
}
