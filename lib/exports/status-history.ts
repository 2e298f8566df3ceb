import type { CsvColumn } from "@/lib/csv/writer";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { pagesById } from "./keyset";

const select = {
  id: true,
  fromStatus: true,
  toStatus: true,
  progress: true,
  effectiveOn: true,
  recordedAt: true,
  note: true,
  commitment: { select: { slug: true, title: true } },
  evidence: { select: { evidence: { select: { url: true } } }, orderBy: { evidenceId: "asc" as const } },
} as const;

function fetchPage(afterId: number, take: number) {
  return getPrisma().statusChange.findMany({ where: { id: { gt: afterId }, commitment: { archived: false } }, select, orderBy: { id: "asc" }, take });
}

type Row = Awaited<ReturnType<typeof fetchPage>>[number];

/** Every status change of a public (non-archived) pledge, in the order recorded (id). */
export function statusHistoryExportRows(): AsyncGenerator<Row> {
  return pagesById(fetchPage);
}

/** Documented in ./COLUMNS.md: change both together. */
export const STATUS_HISTORY_COLUMNS: CsvColumn<Row>[] = [
  { header: "change_id", value: (row) => row.id },
  { header: "commitment_slug", value: (row) => row.commitment.slug },
  { header: "commitment_title", value: (row) => row.commitment.title },
  { header: "effective_on", value: (row) => toIsoDate(row.effectiveOn) },
  { header: "from_status", value: (row) => row.fromStatus },
  { header: "to_status", value: (row) => row.toStatus },
  { header: "progress", value: (row) => row.progress },
  { header: "note", value: (row) => row.note },
  { header: "evidence_urls", value: (row) => row.evidence.map((link) => link.evidence.url).join(" ") },
  { header: "recorded_at", value: (row) => row.recordedAt.toISOString() },
];
