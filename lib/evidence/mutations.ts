import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { isUniqueViolation, lockVersion } from "@/lib/actions/version-check";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import type { EvidenceFields } from "./schema";
import { inWriteTransaction } from "@/lib/db/transaction";

const m = () => getMessages().admin.evidence;

export const auditedEvidenceSelect = {
  id: true, commitmentId: true, url: true, title: true, publisher: true, publishedOn: true,
  publishedOnApprox: true, summary: true, stance: true, version: true,
} satisfies Prisma.EvidenceSelect;

function duplicateUrl(error: unknown): never {
  if (isUniqueViolation(error)) throw new UserFacingError(m().duplicateUrl, 409, { url: [m().duplicateUrl] });
  throw error;
}

/** Adds evidence inside the caller's transaction (also used by a status update's inline evidence). */
export async function insertEvidence(tx: Prisma.TransactionClient, actor: Actor, commitmentId: number, fields: EvidenceFields) {
  const pledge = await tx.commitment.findUnique({ where: { id: commitmentId }, select: { id: true } });
  if (!pledge) throw new NotFoundError(getMessages().admin.commitments.what);
  // Checked first so the message is clear; the unique index still decides under a race.
  if (await tx.evidence.findFirst({ where: { commitmentId, url: fields.url }, select: { id: true } })) {
    throw new UserFacingError(m().duplicateUrl, 409, { url: [m().duplicateUrl] });
  }
  const created = await tx.evidence.create({ data: { ...fields, commitmentId, addedById: actor.userId }, select: auditedEvidenceSelect });
  await writeAudit(tx, actor, { action: "create", entityType: "Evidence", entityId: created.id, after: created });
  return created;
}

export async function addEvidence(actor: Actor, commitmentId: number, fields: EvidenceFields) {
  return inWriteTransaction((tx) => insertEvidence(tx, actor, commitmentId, fields)).catch(duplicateUrl);
}

export async function updateEvidence(actor: Actor, id: number, expectedVersion: number, fields: EvidenceFields) {
  return inWriteTransaction(async (tx) => {
      await lockVersion(tx, "Evidence", id, expectedVersion, m().what);
      const before = await tx.evidence.findUniqueOrThrow({ where: { id }, select: auditedEvidenceSelect });
      const clash = await tx.evidence.findFirst({ where: { commitmentId: before.commitmentId, url: fields.url, id: { not: id } }, select: { id: true } });
      if (clash) throw new UserFacingError(m().duplicateUrl, 409, { url: [m().duplicateUrl] });
      const after = await tx.evidence.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: auditedEvidenceSelect });
      await writeAudit(tx, actor, { action: "update", entityType: "Evidence", entityId: id, before, after });
      return after;
    })
    .catch(duplicateUrl);
}

export async function removeEvidence(actor: Actor, id: number, expectedVersion: number) {
  return inWriteTransaction(async (tx) => {
    await lockVersion(tx, "Evidence", id, expectedVersion, m().what);
    const links = await tx.statusChangeEvidence.count({ where: { evidenceId: id } });
    // The history is append-only, so evidence it cites must stay.
    if (links > 0) throw new UserFacingError(m().linked.replace("{count}", String(links)), 409);
    // A published percentage rests on it: the pledge's actual value must be changed first.
    if (await tx.commitment.count({ where: { actualEvidenceId: id } })) throw new UserFacingError(m().measuresActual, 409);
    const before = await tx.evidence.findUniqueOrThrow({ where: { id }, select: auditedEvidenceSelect });
    await tx.evidence.delete({ where: { id } });
    await writeAudit(tx, actor, { action: "delete", entityType: "Evidence", entityId: id, before });
    return before;
  });
}
