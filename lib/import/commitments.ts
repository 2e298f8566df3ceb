// Importing pledges (the columns of commitments.csv), keyed by slug: a known slug updates that
// pledge (archived ones included), a new one creates it. Each row is checked by the admin form's
// own schema (lib/commitments/fields.ts: cross-field rules, side and firmness from a request's
// response). Derived columns (status, progress, overdue, …) are read-only and ignored: a status
// changes only through the history. A column left out of the file keeps the stored value.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { PLAIN_FIELD_NAMES, PLEDGE_FIELD_NAMES, auditedPledgeSelect, csvHeader, fieldToJson, pledgeFieldsSchema, type PledgeFieldName, type PledgeFields } from "@/lib/commitments/fields";
import { diffOf, type PlannedRow, type RowError } from "./plan";
import type { ColumnSet, CsvRecord } from "./table";

const PLAIN_COLUMNS = PLAIN_FIELD_NAMES.map(csvHeader);
/** The export writes the two references through the records they point to. */
const REFERENCE_COLUMNS = { categoryId: "category", actualEvidenceId: "actual_evidence_url" } as const;
const columnOf = (name: PledgeFieldName): string => (name in REFERENCE_COLUMNS ? REFERENCE_COLUMNS[name as keyof typeof REFERENCE_COLUMNS] : csvHeader(name));

export const COMMITMENT_COLUMNS: ColumnSet = {
  writable: [...PLAIN_COLUMNS, ...Object.values(REFERENCE_COLUMNS)],
  required: ["slug"],
  ignored: ["category_name", "progress", "status", "status_effective_on", "reviewed_on", "overdue"],
};

type Stored = Prisma.CommitmentGetPayload<{ select: typeof auditedPledgeSelect }>;

/** A stored or planned pledge as the export writes it (reference ids by their slug and URL). */
function cellsOf(fields: { [K in PledgeFieldName]: K extends "categoryId" ? number : K extends "actualEvidenceId" ? number | null : unknown }, categorySlug: (id: number) => string, evidenceUrl: (id: number) => string): Record<string, string> {
  return Object.fromEntries(
    PLEDGE_FIELD_NAMES.map((name) => {
      if (name === "categoryId") return [columnOf(name), categorySlug(fields.categoryId)];
      if (name === "actualEvidenceId") return [columnOf(name), fields.actualEvidenceId === null ? "" : evidenceUrl(fields.actualEvidenceId)];
      const json = fieldToJson(name, fields[name]);
      return [columnOf(name), json === null ? "" : String(json)];
    }),
  );
}

/** A cell as the admin form sends it (the CSV writes a pledge's kind in lower case). */
const formValueOf = (name: PledgeFieldName, cell: string) => (name === "kind" ? cell.toUpperCase() : cell);

export interface CommitmentPlan {
  rows: PlannedRow[];
  errors: RowError[];
  creates: { row: number; fields: PledgeFields }[];
  updates: { row: number; id: number; fields: PledgeFields }[];
}

export async function planCommitments(db: Prisma.TransactionClient, records: CsvRecord[]): Promise<CommitmentPlan> {
  const slugs = [...new Set(records.map((record) => record.cells.slug?.trim() ?? ""))];
  const [stored, categories] = await Promise.all([
    db.commitment.findMany({ where: { slug: { in: slugs } }, select: auditedPledgeSelect }),
    db.category.findMany({ select: { id: true, slug: true } }),
  ]);
  const evidence = await db.evidence.findMany({ where: { commitmentId: { in: stored.map((pledge) => pledge.id) } }, select: { id: true, url: true, commitmentId: true } });
  const bySlug = new Map(stored.map((pledge) => [pledge.slug, pledge]));
  const categoryIdOf = new Map(categories.map((category) => [category.slug, category.id]));
  const categorySlugOf = new Map(categories.map((category) => [category.id, category.slug]));
  const evidenceUrlOf = new Map(evidence.map((item) => [item.id, item.url]));
  const cells = (fields: Parameters<typeof cellsOf>[0]) => cellsOf(fields, (id) => categorySlugOf.get(id) ?? "", (id) => evidenceUrlOf.get(id) ?? "");

  const plan: CommitmentPlan = { rows: [], errors: [], creates: [], updates: [] };
  const seen = new Map<string, number>();
  for (const record of records) {
    const slug = record.cells.slug?.trim() ?? "";
    const current: Stored | undefined = bySlug.get(slug);
    const earlier = seen.get(slug);
    if (earlier !== undefined) {
      plan.errors.push({ row: record.row, column: "slug", message: `Row ${earlier} has the same slug.` });
      continue;
    }
    seen.set(slug, record.row);
    const storedCells = current ? cells(current) : {};
    const text = (column: string) => (record.present.has(column) ? (record.cells[column] ?? "") : (storedCells[column] ?? "")).trim();
    const rowErrors: RowError[] = [];
    const input: Record<string, unknown> = Object.fromEntries(PLAIN_FIELD_NAMES.map((name) => [name, formValueOf(name, text(columnOf(name)))]));
    const categorySlug = text("category");
    input.categoryId = categoryIdOf.get(categorySlug);
    if (input.categoryId === undefined) rowErrors.push({ row: record.row, column: "category", message: categorySlug ? `No category has the slug "${categorySlug}".` : "Required." });
    const actualUrl = text("actual_evidence_url");
    const actualEvidence = actualUrl ? evidence.find((item) => item.url === actualUrl && item.commitmentId === current?.id) : undefined;
    if (actualUrl && !actualEvidence) rowErrors.push({ row: record.row, column: "actual_evidence_url", message: "Not evidence of this pledge: import the evidence first." });
    input.actualEvidenceId = actualEvidence ? String(actualEvidence.id) : "";
    if (input.categoryId !== undefined) input.categoryId = String(input.categoryId);
    const parsed = pledgeFieldsSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        rowErrors.push({ row: record.row, column: (PLEDGE_FIELD_NAMES as string[]).includes(field) ? columnOf(field as PledgeFieldName) : field, message: issue.message });
      }
    }
    if (rowErrors.length || !parsed.success) {
      plan.errors.push(...rowErrors.filter((error, index) => rowErrors.findIndex((other) => other.column === error.column) === index));
      continue;
    }
    const diff = diffOf(storedCells, cells(parsed.data));
    if (!current) {
      plan.rows.push({ row: record.row, action: "create", key: slug, diff });
      plan.creates.push({ row: record.row, fields: parsed.data });
    } else {
      const changed = Object.keys(diff).length > 0;
      plan.rows.push({ row: record.row, action: changed ? "update" : "unchanged", key: slug, diff });
      if (changed) plan.updates.push({ row: record.row, id: current.id, fields: parsed.data });
    }
  }
  return plan;
}

/** Creates in one statement (with their audit rows in another); each update bumps the version. */
export async function applyCommitments(tx: Prisma.TransactionClient, actor: Actor, plan: CommitmentPlan): Promise<RowError[]> {
  if (plan.creates.length) {
    const created = await tx.commitment.createManyAndReturn({ data: plan.creates.map((item) => item.fields), select: auditedPledgeSelect });
    await tx.auditLog.createMany({
      data: created.map((after) => ({ actorId: actor.userId, actorLabel: actor.label, action: "create", entityType: "Commitment", entityId: String(after.id), after: JSON.parse(JSON.stringify(after)) })),
    });
  }
  for (const update of plan.updates) {
    const before = await tx.commitment.findUniqueOrThrow({ where: { id: update.id }, select: auditedPledgeSelect });
    const after = await tx.commitment.update({ where: { id: update.id }, data: { ...update.fields, version: { increment: 1 } }, select: auditedPledgeSelect });
    await writeAudit(tx, actor, { action: "update", entityType: "Commitment", entityId: update.id, before, after });
  }
  return [];
}
