import type { CsvColumn } from "@/lib/csv/writer";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { pagesById } from "./keyset";

// The biggest export (one row per status change, hundreds of thousands at scale): one flat SQL
// query per page, evidence URLs aggregated in the database, instead of Prisma's nested reads.
const PAGE_SIZE = 5000;

interface Row {
  id: number;
  slug: string;
  title: string;
  effectiveOn: Date;
  fromStatus: string | null;
  toStatus: string;
  kind: string;
  note: string;
  evidenceUrls: string;
  recordedAt: Date;
}

function fetchPage(afterId: number, take: number): Promise<Row[]> {
  return getPrisma().$queryRaw<Row[]>`
    SELECT sc.id, c.slug, c.title, sc."effectiveOn", sc."fromStatus"::text AS "fromStatus",
           sc."toStatus"::text AS "toStatus", lower(c.kind::text) AS kind, sc.note, sc."recordedAt",
           coalesce((SELECT string_agg(e.url, ' ' ORDER BY sce."evidenceId")
                     FROM "StatusChangeEvidence" sce JOIN "Evidence" e ON e.id = sce."evidenceId"
                     WHERE sce."statusChangeId" = sc.id), '') AS "evidenceUrls"
    FROM "StatusChange" sc JOIN "Commitment" c ON c.id = sc."commitmentId"
    WHERE sc.id > ${afterId} AND NOT c.archived
    ORDER BY sc.id
    LIMIT ${take}`;
}

/** Every status change of a public (non-archived) pledge, in the order recorded (id). */
export function statusHistoryExportRows(): AsyncGenerator<Row> {
  return pagesById(fetchPage, PAGE_SIZE);
}

/** Documented in ./COLUMNS.md: change both together. */
export const STATUS_HISTORY_COLUMNS: CsvColumn<Row>[] = [
  { header: "change_id", value: (row) => row.id },
  { header: "commitment_slug", value: (row) => row.slug },
  { header: "commitment_title", value: (row) => row.title },
  { header: "commitment_kind", value: (row) => row.kind },
  { header: "effective_on", value: (row) => toIsoDate(row.effectiveOn) },
  { header: "from_status", value: (row) => row.fromStatus },
  { header: "to_status", value: (row) => row.toStatus },
  { header: "note", value: (row) => row.note },
  { header: "evidence_urls", value: (row) => row.evidenceUrls },
  { header: "recorded_at", value: (row) => row.recordedAt.toISOString() },
];
