import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { isUniqueViolation, lockVersion } from "@/lib/actions/version-check";
import { UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import { auditedPledgeSelect } from "./fields";
import type { CommitmentFields } from "./schema";
import { inWriteTransaction } from "@/lib/db/transaction";
import { checkCorrectionNote, publicChangesOf, recordCorrection } from "@/lib/corrections/record";

const m = () => getMessages().admin.commitments;

const auditedSelect = auditedPledgeSelect;

/** The evidence behind an actual value must be this pledge's own. */
async function checkActualEvidence(tx: Prisma.TransactionClient, commitmentId: number | null, evidenceId: number | null) {
  if (evidenceId === null) return;
  const evidence = commitmentId === null ? null : await tx.evidence.findFirst({ where: { id: evidenceId, commitmentId }, select: { id: true } });
  if (!evidence) throw new UserFacingError(m().actualEvidenceForeign, 400, { actualEvidenceId: [m().actualEvidenceForeign] });
}

function slugTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new UserFacingError(m().slugTaken, 409, { slug: [m().slugTaken] });
  throw error;
}

export async function createCommitment(actor: Actor, fields: CommitmentFields) {
  return inWriteTransaction(async (tx) => {
      await checkActualEvidence(tx, null, fields.actualEvidenceId);
      const created = await tx.commitment.create({ data: fields, select: auditedSelect });
      await writeAudit(tx, actor, { action: "create", entityType: "Commitment", entityId: created.id, after: created });
      return created;
    })
    .catch(slugTaken);
}

/**
 * An analyst's edit. One that corrects a published fact needs `correctionNote` (lib/corrections):
 * without it nothing is saved and the form asks for it.
 */
export async function updateCommitment(actor: Actor, id: number, expectedVersion: number, fields: CommitmentFields, { correctionNote = null }: { correctionNote?: string | null } = {}) {
  return inWriteTransaction(async (tx) => {
      await lockVersion(tx, "Commitment", id, expectedVersion, m().what);
      await checkActualEvidence(tx, id, fields.actualEvidenceId);
      const before = await tx.commitment.findUniqueOrThrow({ where: { id }, select: auditedSelect });
      const after = await tx.commitment.update({ where: { id }, data: { ...fields, version: { increment: 1 } }, select: auditedSelect });
      const changes = await publicChangesOf(tx, before, after);
      checkCorrectionNote(correctionNote, changes);
      const auditId = await writeAudit(tx, actor, { action: "update", entityType: "Commitment", entityId: id, before, after });
      if (correctionNote) await recordCorrection(tx, id, auditId, correctionNote, changes.changes);
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

/**
 * "Reviewed, nothing new": records that an analyst checked the pledge today without a status
 * change, so "not yet reviewed" and "reviewed, no progress found" stay apart.
 */
export async function recordReview(actor: Actor, id: number, expectedVersion: number, today: Date) {
  return inWriteTransaction(async (tx) => {
    await lockVersion(tx, "Commitment", id, expectedVersion, m().what);
    const reviewSelect = { id: true, reviewedOn: true, reviewedById: true, version: true } as const;
    const before = await tx.commitment.findUniqueOrThrow({ where: { id }, select: reviewSelect });
    const after = await tx.commitment.update({
      where: { id },
      data: { reviewedOn: today, reviewedById: actor.userId, version: { increment: 1 } },
      select: reviewSelect,
    });
    await writeAudit(tx, actor, { action: "review", entityType: "Commitment", entityId: id, before, after });
    return after;
  });
}
