// Importing status changes (the columns of status-history.csv). The history is append-only: a row
// is a new entry ("create"), or one already recorded ("unchanged": a re-imported export changes
// nothing); an entry is never rewritten. Each entry goes through record_status_change, the one
// write path of the history (lock, evidence check, current status, audit row).
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit";
import { id, isoDate, requiredText, slug } from "@/lib/actions/fields";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { toIsoDate } from "@/lib/dates";
import { UserFacingError } from "@/lib/errors";
import { appendStatusChange } from "@/lib/status-history/append";
import type { PlannedRow, RowError } from "./plan";
import { rowErrorsOf } from "./row-errors";
import type { ColumnSet, CsvRecord } from "./table";

export const STATUS_CHANGE_COLUMNS: ColumnSet = {
  writable: ["change_id", "commitment_slug", "to_status", "effective_on", "note", "evidence_urls"],
  required: ["commitment_slug", "to_status", "effective_on", "note"],
  ignored: ["commitment_title", "commitment_kind", "from_status", "recorded_at"],
};

const rowSchema = z.object({
  change_id: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), id.nullable()),
  commitment_slug: slug,
  to_status: z.enum(STATUS_ORDER, `One of ${STATUS_ORDER.join(", ")}.`),
  effective_on: isoDate,
  note: requiredText(5000),
  evidence_urls: z.string().trim().transform((value) => (value ? value.split(/\s+/) : [])),
});

interface ParsedChange {
  row: number;
  changeId: number | null;
  slug: string;
  toStatus: (typeof STATUS_ORDER)[number];
  effectiveOn: Date;
  note: string;
  evidenceUrls: string[];
}

export interface StatusChangePlan {
  rows: PlannedRow[];
  errors: RowError[];
  /** What "create" rows will append, in file order. */
  appends: { row: number; commitmentId: number; toStatus: ParsedChange["toStatus"]; effectiveOn: Date; note: string; evidenceIds: number[] }[];
}

const cellsOf = (change: { toStatus: string; effectiveOn: Date; note: string; evidenceUrls: string[] }) => ({
  to_status: change.toStatus,
  effective_on: toIsoDate(change.effectiveOn),
  note: change.note,
  evidence_urls: [...change.evidenceUrls].sort().join(" "),
});

/** The plan for these records, read in `db` (inside the import's transaction when applying). */
export async function planStatusChanges(db: Prisma.TransactionClient, records: CsvRecord[]): Promise<StatusChangePlan> {
  const errors: RowError[] = [];
  const parsed: ParsedChange[] = [];
  for (const record of records) {
    const result = rowSchema.safeParse({ change_id: "", evidence_urls: "", ...record.cells });
    if (!result.success) errors.push(...rowErrorsOf(record.row, result.error));
    else {
      const { change_id, commitment_slug, to_status, effective_on, note, evidence_urls } = result.data;
      parsed.push({ row: record.row, changeId: change_id, slug: commitment_slug, toStatus: to_status, effectiveOn: effective_on, note, evidenceUrls: evidence_urls });
    }
  }
  // One read for every pledge named, with its evidence and its history.
  const slugs = [...new Set(parsed.map((change) => change.slug))];
  const pledges = await db.commitment.findMany({
    where: { slug: { in: slugs } },
    select: {
      id: true,
      slug: true,
      evidence: { select: { id: true, url: true } },
      statusChanges: { select: { id: true, toStatus: true, effectiveOn: true, note: true, evidence: { select: { evidence: { select: { url: true } } } } } },
    },
  });
  const bySlug = new Map(pledges.map((pledge) => [pledge.slug, pledge]));
  const rows: PlannedRow[] = [];
  const appends: StatusChangePlan["appends"] = [];
  for (const change of parsed) {
    const pledge = bySlug.get(change.slug);
    if (!pledge) {
      errors.push({ row: change.row, column: "commitment_slug", message: `No pledge has the slug "${change.slug}".` });
      continue;
    }
    const evidenceByUrl = new Map(pledge.evidence.map((item) => [item.url, item.id]));
    const unknownUrls = change.evidenceUrls.filter((url) => !evidenceByUrl.has(url));
    if (unknownUrls.length) {
      errors.push({ row: change.row, column: "evidence_urls", message: `Not evidence of this pledge: ${unknownUrls.join(" ")}. Import the evidence first.` });
      continue;
    }
    const after = cellsOf(change);
    const recorded = pledge.statusChanges.map((entry) => ({ id: entry.id, cells: cellsOf({ ...entry, evidenceUrls: entry.evidence.map((link) => link.evidence.url) }) }));
    const same = recorded.find((entry) => (change.changeId === null || entry.id === change.changeId) && JSON.stringify(entry.cells) === JSON.stringify(after));
    if (same) {
      rows.push({ row: change.row, action: "unchanged", key: change.slug, diff: {} });
      continue;
    }
    if (change.changeId !== null) {
      errors.push({ row: change.row, column: "change_id", message: "The history is append-only: a recorded change cannot be edited. Leave change_id empty to append a new entry." });
      continue;
    }
    rows.push({ row: change.row, action: "create", key: change.slug, diff: Object.fromEntries(Object.entries(after).map(([column, value]) => [column, { before: "", after: value }])) });
    appends.push({ row: change.row, commitmentId: pledge.id, toStatus: change.toStatus, effectiveOn: change.effectiveOn, note: change.note, evidenceIds: change.evidenceUrls.map((url) => evidenceByUrl.get(url)!) });
  }
  return { rows, errors, appends };
}

/** Appends the planned entries, in file order, inside the import's transaction. */
export async function applyStatusChanges(tx: Prisma.TransactionClient, actor: Actor, plan: StatusChangePlan, today: Date): Promise<RowError[]> {
  for (const append of plan.appends) {
    try {
      await appendStatusChange(tx, actor, { ...append, reviewedOn: today });
    } catch (error) {
      if (error instanceof UserFacingError) return [{ row: append.row, column: "", message: error.message }];
      throw error;
    }
  }
  return [];
}
