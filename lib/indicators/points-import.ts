// Pasting or uploading one series' data points as CSV, in the columns of indicators.csv
// (lib/exports/COLUMNS.md): planned row by row against the stored points (create, update with
// before → after, unchanged, or an error with its row and column), then applied all rows or none
// through the bulk import's plan/apply (lib/import/run-import.ts) and the points' own writes.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IndicatorFrequency } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/audit";
import { toIsoDate } from "@/lib/dates";
import { getPrisma } from "@/lib/db/client";
import { UserFacingError, NotFoundError } from "@/lib/errors";
import { diffOf, type PlannedRow, type RowError } from "@/lib/import/plan";
import { runImporter, type ImportResult } from "@/lib/import/run-import";
import type { ColumnSet, CsvRecord } from "@/lib/import/table";
import { insertPoint, pointAuditSelect, revisePoint } from "./mutations";
import { pointFieldsSchema } from "./schema";
import { unitsMatch } from "./units";

/** The point's fields by their CSV column (the export's names). */
const COLUMN_OF_FIELD = { period: "period", value: "value", sourceUrl: "source_url", publishedOn: "published_on", note: "note", estimate: "estimate" } as const;
type PointField = keyof typeof COLUMN_OF_FIELD;

export const POINT_COLUMNS: ColumnSet = {
  writable: Object.values(COLUMN_OF_FIELD),
  required: ["period", "value", "source_url"],
  // The rest of an indicators.csv row: indicator_slug, unit and frequency are checked against the
  // series being edited (a row of another series is refused); the others are ignored.
  ignored: ["point_id", "indicator_slug", "indicator_name", "unit", "publisher", "side", "frequency", "pledge_slugs"],
};

export interface SeriesForImport {
  id: number;
  slug: string;
  unit: string;
  frequency: IndicatorFrequency;
}

type PointInput = Record<PointField, string>;

export interface PointsPlan {
  rows: PlannedRow[];
  errors: RowError[];
  creates: { row: number; input: PointInput }[];
  updates: { row: number; pointId: number; version: number; input: PointInput }[];
}

type StoredPoint = Prisma.IndicatorPointGetPayload<{ select: typeof pointAuditSelect }>;

/** A stored point as the form and the CSV write it. */
const inputOf = (point: StoredPoint): PointInput => ({
  period: point.period,
  value: String(point.value),
  sourceUrl: point.sourceUrl,
  publishedOn: point.publishedOn ? toIsoDate(point.publishedOn) : "",
  note: point.note,
  estimate: point.estimate ? "true" : "false",
});

const cellsOf = (input: PointInput): Record<string, string> => Object.fromEntries(Object.entries(input).map(([field, value]) => [COLUMN_OF_FIELD[field as PointField], value]));

function otherSeriesError(record: CsvRecord, series: SeriesForImport): RowError | null {
  const { indicator_slug: slug, unit, frequency } = record.cells;
  if (slug && slug.trim() !== series.slug) return { row: record.row, column: "indicator_slug", message: `This row belongs to "${slug.trim()}", not to "${series.slug}".` };
  if (unit && !unitsMatch(unit, series.unit)) return { row: record.row, column: "unit", message: `The series counts "${series.unit}", not "${unit.trim()}".` };
  if (frequency && frequency.trim().toUpperCase() !== series.frequency) return { row: record.row, column: "frequency", message: `The series is counted by ${series.frequency}, not ${frequency.trim()}.` };
  return null;
}

/** The plan for these records, read in `db` (inside the import's transaction when applying). */
export async function planPoints(db: Prisma.TransactionClient, series: SeriesForImport, records: CsvRecord[]): Promise<PointsPlan> {
  const stored = await db.indicatorPoint.findMany({ where: { indicatorId: series.id }, select: pointAuditSelect });
  const byPeriod = new Map(stored.map((point) => [point.period, point]));
  const schema = pointFieldsSchema(series.frequency);
  const plan: PointsPlan = { rows: [], errors: [], creates: [], updates: [] };
  const firstRowOf = new Map<string, number>();
  for (const record of records) {
    const mismatch = otherSeriesError(record, series);
    if (mismatch) {
      plan.errors.push(mismatch);
      continue;
    }
    const period = (record.cells.period ?? "").trim();
    const seenOn = firstRowOf.get(period);
    if (period && seenOn !== undefined) {
      plan.errors.push({ row: record.row, column: "period", message: `${period} is on row ${seenOn} already: one row per period.` });
      continue;
    }
    firstRowOf.set(period, record.row);
    const current = byPeriod.get(period);
    // A column left out of the file keeps the stored value (or the default, for a new point).
    const before: PointInput = current ? inputOf(current) : { period, value: "", sourceUrl: "", publishedOn: "", note: "", estimate: "false" };
    const input = { ...before };
    for (const field of Object.keys(COLUMN_OF_FIELD) as PointField[]) {
      if (record.present.has(COLUMN_OF_FIELD[field])) input[field] = (record.cells[COLUMN_OF_FIELD[field]] ?? "").trim();
    }
    input.estimate = input.estimate.toLowerCase();
    if (!["true", "false", ""].includes(input.estimate)) {
      plan.errors.push({ row: record.row, column: "estimate", message: "Write true (the source calls it an estimate) or false." });
      continue;
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      // One message per cell: an empty URL is "required", not also "not an address".
      const byColumn = new Map<string, string>();
      for (const issue of parsed.error.issues) {
        const column = COLUMN_OF_FIELD[issue.path[0] as PointField] ?? "";
        if (!byColumn.has(column)) byColumn.set(column, issue.message);
      }
      plan.errors.push(...[...byColumn].map(([column, message]) => ({ row: record.row, column, message })));
      continue;
    }
    // Compared as stored, so "1,200" and "1200.0" are the value 1200 and a blank estimate is false.
    const normal: PointInput = { ...input, value: String(parsed.data.value), publishedOn: parsed.data.publishedOn ? toIsoDate(parsed.data.publishedOn) : "", estimate: parsed.data.estimate ? "true" : "false" };
    const diff = diffOf(current ? cellsOf(before) : {}, cellsOf(normal));
    if (!current) {
      plan.rows.push({ row: record.row, action: "create", key: period, diff });
      plan.creates.push({ row: record.row, input: normal });
    } else if (Object.keys(diff).length) {
      plan.rows.push({ row: record.row, action: "update", key: period, diff });
      plan.updates.push({ row: record.row, pointId: current.id, version: current.version, input: normal });
    } else plan.rows.push({ row: record.row, action: "unchanged", key: period, diff: {} });
  }
  return plan;
}

/** Writes the planned points inside the import's transaction, each through its audited write. */
export async function applyPoints(tx: Prisma.TransactionClient, actor: Actor, series: SeriesForImport, plan: PointsPlan): Promise<RowError[]> {
  const writes = [
    ...plan.updates.map((update) => ({ row: update.row, write: () => revisePoint(tx, actor, update.pointId, update.version, update.input) })),
    ...plan.creates.map((create) => ({ row: create.row, write: () => insertPoint(tx, actor, series.id, create.input) })),
  ];
  for (const { row, write } of writes) {
    try {
      await write();
    } catch (error) {
      if (error instanceof UserFacingError) return [{ row, column: "", message: error.message }];
      throw error;
    }
  }
  return [];
}

/** Plans (dryRun) or applies a CSV of one series' points; throws ImportRejected with every row error. */
export async function runPointsImport(actor: Actor, indicatorSlug: string, csv: string, options: { dryRun: boolean }): Promise<ImportResult> {
  const series = await getPrisma().indicator.findUnique({ where: { slug: indicatorSlug }, select: { id: true, slug: true, unit: true, frequency: true } });
  if (!series) throw new NotFoundError("The indicator");
  return runImporter(
    actor,
    { columns: POINT_COLUMNS, plan: (db, records) => planPoints(db, series, records), apply: (tx, applier, plan) => applyPoints(tx, applier, series, plan) },
    csv,
    options,
  );
}
