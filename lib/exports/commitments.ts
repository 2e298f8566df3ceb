import type { ListParams } from "@/lib/commitments/list-params";
import { commitmentSummarySelect, listWhere } from "@/lib/commitments/queries";
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
    yield { ...row, overdue: row.deadline !== null && row.deadline < today && row.status !== "FULFILLED" };
  }
}

const day = (date: Date | null) => (date ? toIsoDate(date) : null);

/** Documented in ./COLUMNS.md: change both together. */
export const COMMITMENT_COLUMNS: CsvColumn<Row>[] = [
  { header: "slug", value: (row) => row.slug },
  { header: "title", value: (row) => row.title },
  { header: "description", value: (row) => row.description },
  { header: "category", value: (row) => row.category.slug },
  { header: "category_name", value: (row) => row.category.name },
  { header: "committed_by", value: (row) => row.committedBy },
  { header: "firmness", value: (row) => row.firmness },
  { header: "status", value: (row) => row.status },
  { header: "progress", value: (row) => row.progress },
  { header: "status_effective_on", value: (row) => day(row.statusEffectiveOn) },
  { header: "target_value", value: (row) => row.targetValue },
  { header: "target_unit", value: (row) => row.targetUnit },
  { header: "baseline_value", value: (row) => row.baselineValue },
  { header: "actual_value", value: (row) => row.actualValue },
  { header: "deadline", value: (row) => day(row.deadline) },
  { header: "deadline_precision", value: (row) => row.deadlinePrecision },
  { header: "overdue", value: (row) => row.overdue },
];
