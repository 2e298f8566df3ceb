import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { dateCell, integerCell, textCell, timestampCell } from "./copy-cells";
import { copySelect, type ExportColumn } from "./copy-sql";
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
export const STATUS_HISTORY_COLUMNS: ExportColumn<Row>[] = [
  { header: "change_id", value: (row) => row.id, cell: integerCell("t.id") },
  { header: "commitment_slug", value: (row) => row.slug, cell: textCell("t.slug") },
  { header: "commitment_title", value: (row) => row.title, cell: textCell("t.title") },
  { header: "commitment_kind", value: (row) => row.kind, cell: textCell("t.kind") },
  { header: "effective_on", value: (row) => toIsoDate(row.effectiveOn), cell: dateCell('t."effectiveOn"') },
  { header: "from_status", value: (row) => row.fromStatus, cell: textCell('t."fromStatus"') },
  { header: "to_status", value: (row) => row.toStatus, cell: textCell('t."toStatus"') },
  { header: "note", value: (row) => row.note, cell: textCell("t.note") },
  { header: "evidence_urls", value: (row) => row.evidenceUrls, cell: textCell('t."evidenceUrls"') },
  { header: "recorded_at", value: (row) => row.recordedAt.toISOString(), cell: timestampCell('t."recordedAt"') },
];

/**
 * The COPY select of the same rows and cells as the keyset writer (the page query without
 * paging). The evidence URLs are aggregated once for all changes and joined, not looked up by a
 * subquery per change, which cost more than the rest of the query (issue 13, 500,000 changes:
 * the bare query took 4.6 s with it, 1.8 s with the join; with 330,000 links 4.0 s against 1.3 s,
 * a merge on the link table's primary key).
 */
export const statusHistoryCopySql = (where = "TRUE") => copySelect(
  STATUS_HISTORY_COLUMNS as ExportColumn<never>[],
  `SELECT sc.id, c.slug, c.title, sc."effectiveOn", sc."fromStatus"::text AS "fromStatus",
          sc."toStatus"::text AS "toStatus", lower(c.kind::text) AS kind, sc.note, sc."recordedAt",
          coalesce(u.urls, '') AS "evidenceUrls"
   FROM "StatusChange" sc JOIN "Commitment" c ON c.id = sc."commitmentId"
   LEFT JOIN (SELECT sce."statusChangeId", string_agg(e.url, ' ' ORDER BY sce."evidenceId") AS urls
              FROM "StatusChangeEvidence" sce JOIN "Evidence" e ON e.id = sce."evidenceId"
              GROUP BY sce."statusChangeId") AS u ON u."statusChangeId" = sc.id
   WHERE NOT c.archived AND ${where}
   ORDER BY sc.id`,
);

/** `where`: a further condition on the change (`sc`) and its pledge (`c`), e.g. lib/as-of's snapshot. */
export const STATUS_HISTORY_COPY_SQL = statusHistoryCopySql();
