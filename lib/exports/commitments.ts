import { PLAIN_FIELD_NAMES, PLEDGE_FIELDS, csvHeader, fieldToJson } from "@/lib/commitments/fields";
import type { SqlJson } from "@/lib/commitments/field-types";
import type { ListParams } from "@/lib/commitments/list-params";
import { listWhereSql } from "@/lib/commitments/list-where-sql";
import { commitmentSummarySelect, listWhere } from "@/lib/commitments/queries";
import { isOverdue, overdueSql } from "@/lib/commitments/rules";
import { comparableMeasureValueSql } from "@/lib/indicators/latest";
import { pledgeProgress } from "@/lib/indicators/progress";
import { seriesOf } from "@/lib/indicators/latest";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { booleanCell, dateCell, integerCell, jsRound, numberCell, textCell, type CopyCell } from "./copy-cells";
import { copySelect, inlineSql, type CopySelect, type ExportColumn } from "./copy-sql";
import { pagesById } from "./keyset";

const select = { id: true, ...commitmentSummarySelect } as const;

type Row = Awaited<ReturnType<typeof fetchPage>>[number] & { overdue: boolean };

function fetchPage(where: ReturnType<typeof listWhere>, afterId: number, take: number) {
  return getPrisma().commitment.findMany({ where: { AND: [where, { id: { gt: afterId } }] }, select, orderBy: { id: "asc" }, take });
}

/** The pledges the list shows for these filters (all pages), in id order: the keyset writer's rows. */
export async function* commitmentExportRows(params: ListParams, today: Date): AsyncGenerator<Row> {
  const where = listWhere(params, today);
  for await (const row of pagesById((afterId, take) => fetchPage(where, afterId, take))) {
    yield { ...row, overdue: isOverdue(row, today) };
  }
}

const day = (date: Date | null) => (date ? toIsoDate(date) : null);

const FIELD_CELL: Record<SqlJson, (expr: string) => CopyCell> = {
  text: (expr) => textCell(`${expr}::text`),
  lowercase: (expr) => textCell(`lower(${expr}::text)`),
  number: numberCell,
  integer: integerCell,
  date: dateCell,
};

/**
 * Documented in ./COLUMNS.md. The pledge's own fields come from lib/commitments/fields.ts, in
 * its order, with the records they refer to written by name and address; then the state.
 */
export const COMMITMENT_COLUMNS: ExportColumn<Row>[] = [
  ...PLAIN_FIELD_NAMES.map(
    (name): ExportColumn<Row> => ({ header: csvHeader(name), value: (row) => fieldToJson(name, row[name]), cell: FIELD_CELL[PLEDGE_FIELDS[name].sqlJson](`t."${name}"`) }),
  ),
  { header: "category", value: (row) => row.category.slug, cell: textCell("t.category_slug") },
  { header: "category_name", value: (row) => row.category.name, cell: textCell("t.category_name") },
  { header: "actual_evidence_url", value: (row) => row.actualEvidence?.url ?? null, cell: textCell("t.actual_evidence_url") },
  { header: "progress", value: (row) => pledgeProgress(row, seriesOf(row.indicators)).progress, cell: numberCell("t.progress") },
  { header: "status", value: (row) => row.status, cell: textCell("t.status::text") },
  { header: "status_effective_on", value: (row) => day(row.statusEffectiveOn), cell: dateCell('t."statusEffectiveOn"') },
  { header: "reviewed_on", value: (row) => day(row.reviewedOn), cell: dateCell('t."reviewedOn"') },
  { header: "overdue", value: (row) => row.overdue, cell: booleanCell("t.overdue") },
];

// pledgeProgress in SQL: with a positive target, the latest figure of a series in the target's
// unit where the target is PER_PERIOD, else an actual value with its evidence; otherwise no percentage.
// (m.measured: that figure, read once per pledge by a lateral join below.)
const PROGRESS = `CASE WHEN c."targetValue" > 0 AND m.measured IS NOT NULL
  THEN ${jsRound(`(m.measured / c."targetValue") * 1000`)} / 10
  WHEN c."targetValue" > 0 AND c."actualValue" IS NOT NULL AND c."actualEvidenceId" IS NOT NULL
  THEN ${jsRound(`(c."actualValue" / c."targetValue") * 1000`)} / 10 END`;

/**
 * The COPY select of the same rows and cells as the keyset writer, for the list's filters.
 * `from`: the pledges' relation, "Commitment" or one with its columns (lib/as-of/sql.ts: as of a date).
 */
export function commitmentCopySql(params: ListParams, today: Date, from = `"Commitment"`): CopySelect {
  return copySelect(
    COMMITMENT_COLUMNS as ExportColumn<never>[],
    `SELECT c.*, cat.slug AS category_slug, cat.name AS category_name, e.url AS actual_evidence_url,
            ${PROGRESS} AS progress, ${inlineSql(overdueSql("c", today))} AS overdue
     FROM ${from} c JOIN "Category" cat ON cat.id = c."categoryId" LEFT JOIN "Evidence" e ON e.id = c."actualEvidenceId"
     LEFT JOIN LATERAL (SELECT ${comparableMeasureValueSql("c")} AS measured) m ON true
     WHERE ${inlineSql(listWhereSql("c", params, today))}
     ORDER BY c.id`,
  );
}
