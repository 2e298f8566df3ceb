// Corrections of published facts (issue 14). An edit of a public pledge that changes what the
// tracker said about it (its wording, kind, side, firmness, category, request, target or deadline:
// lib/history/fields.ts FACT_FIELDS) must say what was wrong; the note is kept beside the edit's
// audit row and published on /corrections, in the pledge's history and in the feeds. Progress is
// not a correction: a status moves through the status form with its evidence, and an actual value
// with the evidence that reports it needs no note.
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import { changedFields, FACT_FIELDS, publicStateOf, type FieldChange, type Names } from "@/lib/history/fields";

type Row = Record<string, unknown> & { archived: boolean };

async function namesFor(tx: Prisma.TransactionClient, rows: Row[]): Promise<Names> {
  const categoryIds = [...new Set(rows.map((row) => Number(row.categoryId)).filter(Number.isInteger))];
  const evidenceIds = [...new Set(rows.map((row) => Number(row.actualEvidenceId)).filter((id) => Number.isInteger(id) && id > 0))];
  const [categories, evidence] = await Promise.all([
    tx.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, slug: true, name: true } }),
    tx.evidence.findMany({ where: { id: { in: evidenceIds } }, select: { id: true, title: true } }),
  ]);
  return {
    categoryById: new Map(categories.map((category) => [category.id, category.name])),
    categoryIdBySlug: new Map(categories.map((category) => [category.slug, category.id])),
    evidenceTitleById: new Map(evidence.map((item) => [item.id, item.title])),
  };
}

/**
 * The public changes of an edit, and whether it corrects a published fact (a fact field of a pledge
 * that was public before the edit).
 */
export async function publicChangesOf(tx: Prisma.TransactionClient, before: Row, after: Row): Promise<{ changes: FieldChange[]; correctsFact: boolean }> {
  const names = await namesFor(tx, [before, after]);
  const changes = changedFields(publicStateOf(before, names), publicStateOf(after, names), names);
  return { changes, correctsFact: !before.archived && changes.some((change) => FACT_FIELDS.includes(change.field)) };
}

/**
 * Checks an edit's correction note against its changes (before anything is committed: a refusal
 * rolls the edit back): a correction of a published fact needs one, and a note needs something
 * public to have changed.
 */
export function checkCorrectionNote(note: string | null | undefined, { changes, correctsFact }: { changes: FieldChange[]; correctsFact: boolean }) {
  const text = getMessages().time.corrections.form;
  if (correctsFact && !note) {
    const fields = changes.filter((change) => FACT_FIELDS.includes(change.field)).map((change) => change.label.toLowerCase());
    throw new UserFacingError(text.required, 422, { correctionNote: [text.requiredFor.replace("{fields}", fields.join(", "))] });
  }
  if (note && !changes.length) throw new UserFacingError(text.nothingChanged, 422, { correctionNote: [text.nothingChanged] });
}

/** Keeps the note beside the edit's audit row, in the edit's transaction. */
export async function recordCorrection(tx: Prisma.TransactionClient, commitmentId: number, auditLogId: number, note: string, changes: FieldChange[]) {
  await tx.correction.create({
    data: { commitmentId, auditLogId, note, changes: changes.map(({ field, label, before, after, text }) => ({ field, label, before, after, text })) },
  });
}
