import { PLAIN_FIELD_NAMES, csvHeader, fieldToJson } from "@/lib/commitments/fields";
import type { ListParams } from "@/lib/commitments/list-params";
import { commitmentSummarySelect, listWhere } from "@/lib/commitments/queries";
import { isOverdue, measuredProgress } from "@/lib/commitments/rules";
import type { CsvColumn } from "@/lib/csv/writer";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { pagesById } from "./keyset";

const select = { id: true, ...commitmentSummarySelect } as const;

type Row = Awaited<ReturnType<typeof fetchPage>>[number] & { overdue: boolean };

function fetchPage(where: ReturnType<typeof listWhere>, afterId: number, take: number) {
  return getPrisma().commitment.findMany({ where: { AND: [where, { id: { gt: afterId } }] }, select, orderBy: { id: "asc" }, take });
}

/** The pledges the list shows for these filters (all pages), in id order. */
export async function* commitmentExportRows(params: ListParams, today: Date): AsyncGenerator<Row> {
  const where = listWhere(params, today);
  for await (const row of pagesById((afterId, take) => fetchPage(where, afterId, take))) {
    yield { ...row, overdue: isOverdue(row, today) };
  }
}

const day = (date: Date | null) => (date ? toIsoDate(date) : null);

/**
 * Documented in ./COLUMNS.md. The pledge's own fields come from lib/commitments/fields.ts, in
 * its order, with the records they refer to written by name and address; then the state.
 */
export const COMMITMENT_COLUMNS: CsvColumn<Row>[] = [
  ...PLAIN_FIELD_NAMES.map((name): CsvColumn<Row> => ({ header: csvHeader(name), value: (row) => fieldToJson(name, row[name]) })),
  { header: "category", value: (row) => row.category.slug },
  { header: "category_name", value: (row) => row.category.name },
  { header: "actual_evidence_url", value: (row) => row.actualEvidence?.url ?? null },
  { header: "progress", value: (row) => measuredProgress(row) },
  { header: "status", value: (row) => row.status },
  { header: "status_effective_on", value: (row) => day(row.statusEffectiveOn) },
  { header: "reviewed_on", value: (row) => day(row.reviewedOn) },
  { header: "overdue", value: (row) => row.overdue },
];
