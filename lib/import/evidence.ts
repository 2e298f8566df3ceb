// Importing evidence (the columns of evidence.csv). A row with an evidence_id updates that item;
// without one it is matched by its pledge and URL (one URL per pledge), else created. New items
// are inserted in one statement with their audit rows in another; each update bumps the item's
// version (so an analyst editing it meanwhile gets a conflict) and writes its audit row.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { id, slug } from "@/lib/actions/fields";
import { toIsoDate } from "@/lib/dates";
import { auditedEvidenceSelect } from "@/lib/evidence/mutations";
import { evidenceFieldsSchema, type EvidenceFields } from "@/lib/evidence/schema";
import { diffOf, type PlannedRow, type RowError } from "./plan";
import { rowErrorsOf } from "./row-errors";
import type { ColumnSet, CsvRecord } from "./table";

export const EVIDENCE_COLUMNS: ColumnSet = {
  writable: ["evidence_id", "commitment_slug", "stance", "published_on", "published_on_approximate", "publisher", "title", "url", "summary"],
  required: ["commitment_slug", "stance", "published_on", "publisher", "title", "url", "summary"],
  ignored: ["commitment_title"],
};

const rowSchema = z.object({
  evidence_id: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), id.nullable()),
  commitment_slug: slug,
});

/** CSV column → evidence field, the way the export names them. */
const FIELD_OF_COLUMN = {
  url: "url",
  title: "title",
  publisher: "publisher",
  published_on: "publishedOn",
  published_on_approximate: "publishedOnApprox",
  summary: "summary",
  stance: "stance",
} as const satisfies Record<string, keyof EvidenceFields>;

function cellsOf(fields: EvidenceFields): Record<string, string> {
  return {
    stance: fields.stance,
    published_on: toIsoDate(fields.publishedOn),
    published_on_approximate: fields.publishedOnApprox ? "true" : "false",
    publisher: fields.publisher,
    title: fields.title,
    url: fields.url,
    summary: fields.summary,
  };
}

export interface EvidencePlan {
  rows: PlannedRow[];
  errors: RowError[];
  creates: { row: number; commitmentId: number; fields: EvidenceFields }[];
  updates: { row: number; id: number; fields: EvidenceFields }[];
}

export async function planEvidence(db: Prisma.TransactionClient, records: CsvRecord[]): Promise<EvidencePlan> {
  const errors: RowError[] = [];
  const parsed: { row: number; evidenceId: number | null; slug: string; fields: EvidenceFields }[] = [];
  for (const record of records) {
    const keys = rowSchema.safeParse({ evidence_id: "", ...record.cells });
    const fieldInput = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, record.cells[column] ?? (column === "published_on_approximate" ? "" : undefined)]));
    const fields = evidenceFieldsSchema.safeParse(fieldInput);
    const columnOf = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column]));
    if (!keys.success) errors.push(...rowErrorsOf(record.row, keys.error));
    if (!fields.success) errors.push(...rowErrorsOf(record.row, fields.error).map((error) => ({ ...error, column: columnOf[error.column] ?? error.column })));
    if (keys.success && fields.success) parsed.push({ row: record.row, evidenceId: keys.data.evidence_id, slug: keys.data.commitment_slug, fields: fields.data });
  }
  const pledges = await db.commitment.findMany({ where: { slug: { in: [...new Set(parsed.map((item) => item.slug))] } }, select: { id: true, slug: true } });
  const pledgeIdOf = new Map(pledges.map((pledge) => [pledge.slug, pledge.id]));
  const existing = await db.evidence.findMany({
    where: { OR: [{ id: { in: parsed.flatMap((item) => item.evidenceId ?? []) } }, { commitmentId: { in: pledges.map((pledge) => pledge.id) } }] },
    select: auditedEvidenceSelect,
  });
  const byId = new Map(existing.map((item) => [item.id, item]));
  const byPledgeUrl = new Map(existing.map((item) => [`${item.commitmentId} ${item.url}`, item]));

  const plan: EvidencePlan = { rows: [], errors, creates: [], updates: [] };
  const claimedUrls = new Map<string, number>();
  const claimedIds = new Map<number, number>();
  for (const item of parsed) {
    const commitmentId = pledgeIdOf.get(item.slug);
    if (commitmentId === undefined) {
      errors.push({ row: item.row, column: "commitment_slug", message: `No pledge has the slug "${item.slug}".` });
      continue;
    }
    const current = item.evidenceId !== null ? byId.get(item.evidenceId) : byPledgeUrl.get(`${commitmentId} ${item.fields.url}`);
    if (item.evidenceId !== null && !current) {
      errors.push({ row: item.row, column: "evidence_id", message: `No evidence has the id ${item.evidenceId}. Leave it empty to add new evidence.` });
      continue;
    }
    if (current && current.commitmentId !== commitmentId) {
      errors.push({ row: item.row, column: "commitment_slug", message: `Evidence ${current.id} belongs to another pledge; evidence cannot move between pledges.` });
      continue;
    }
    const urlKey = `${commitmentId} ${item.fields.url}`;
    const urlOwner = byPledgeUrl.get(urlKey);
    const earlier = claimedUrls.get(urlKey);
    if (earlier !== undefined || (urlOwner && current && urlOwner.id !== current.id)) {
      errors.push({ row: item.row, column: "url", message: earlier !== undefined ? `Row ${earlier} has the same pledge and URL.` : "This pledge already has evidence with this URL." });
      continue;
    }
    claimedUrls.set(urlKey, item.row);
    if (current) {
      const earlierId = claimedIds.get(current.id);
      if (earlierId !== undefined) {
        errors.push({ row: item.row, column: "evidence_id", message: `Row ${earlierId} changes the same evidence.` });
        continue;
      }
      claimedIds.set(current.id, item.row);
      const diff = diffOf(cellsOf(current), cellsOf(item.fields));
      const changed = Object.keys(diff).length > 0;
      plan.rows.push({ row: item.row, action: changed ? "update" : "unchanged", key: String(current.id), diff });
      if (changed) plan.updates.push({ row: item.row, id: current.id, fields: item.fields });
    } else {
      plan.rows.push({ row: item.row, action: "create", key: item.slug, diff: diffOf({}, cellsOf(item.fields)) });
      plan.creates.push({ row: item.row, commitmentId, fields: item.fields });
    }
  }
  return plan;
}

export async function applyEvidence(tx: Prisma.TransactionClient, actor: Actor, plan: EvidencePlan): Promise<RowError[]> {
  if (plan.creates.length) {
    const created = await tx.evidence.createManyAndReturn({
      data: plan.creates.map((item) => ({ ...item.fields, commitmentId: item.commitmentId, addedById: actor.userId })),
      select: auditedEvidenceSelect,
    });
    await tx.auditLog.createMany({
      data: created.map((after) => ({ actorId: actor.userId, actorLabel: actor.label, action: "create", entityType: "Evidence", entityId: String(after.id), after: JSON.parse(JSON.stringify(after)) })),
    });
  }
  for (const update of plan.updates) {
    const before = await tx.evidence.findUniqueOrThrow({ where: { id: update.id }, select: auditedEvidenceSelect });
    const after = await tx.evidence.update({ where: { id: update.id }, data: { ...update.fields, version: { increment: 1 } }, select: auditedEvidenceSelect });
    await writeAudit(tx, actor, { action: "update", entityType: "Evidence", entityId: update.id, before, after });
  }
  return [];
}
