import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { booleanCell, dateCell, integerCell, textCell } from "./copy-cells";
import { copySelect, type ExportColumn } from "./copy-sql";
import { pagesById } from "./keyset";

const select = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  publishedOn: true,
  publishedOnApprox: true,
  summary: true,
  stance: true,
  commitment: { select: { slug: true, title: true } },
} as const;

function fetchPage(afterId: number, take: number) {
  return getPrisma().evidence.findMany({ where: { id: { gt: afterId }, commitment: { archived: false } }, select, orderBy: { id: "asc" }, take });
}

type Row = Awaited<ReturnType<typeof fetchPage>>[number];

/** Every evidence item of a public (non-archived) pledge, in id order: the keyset writer's rows. */
export function evidenceExportRows(): AsyncGenerator<Row> {
  return pagesById(fetchPage);
}

/** Documented in ./COLUMNS.md: change both together. */
export const EVIDENCE_COLUMNS: ExportColumn<Row>[] = [
  { header: "evidence_id", value: (row) => row.id, cell: integerCell("t.id") },
  { header: "commitment_slug", value: (row) => row.commitment.slug, cell: textCell("t.slug") },
  { header: "commitment_title", value: (row) => row.commitment.title, cell: textCell("t.commitment_title") },
  { header: "stance", value: (row) => row.stance, cell: textCell("t.stance::text") },
  { header: "published_on", value: (row) => toIsoDate(row.publishedOn), cell: dateCell('t."publishedOn"') },
  { header: "published_on_approximate", value: (row) => row.publishedOnApprox, cell: booleanCell('t."publishedOnApprox"') },
  { header: "publisher", value: (row) => row.publisher, cell: textCell("t.publisher") },
  { header: "title", value: (row) => row.title, cell: textCell("t.title") },
  { header: "url", value: (row) => row.url, cell: textCell("t.url") },
  { header: "summary", value: (row) => row.summary, cell: textCell("t.summary") },
];

/** The COPY select of the same rows and cells as the keyset writer. */
/** `where`: a further condition on the evidence (`e`) and its pledge (`c`), e.g. lib/as-of's snapshot. */
export const evidenceCopySql = (where = "TRUE") => copySelect(
  EVIDENCE_COLUMNS as ExportColumn<never>[],
  `SELECT e.*, c.slug, c.title AS commitment_title
   FROM "Evidence" e JOIN "Commitment" c ON c.id = e."commitmentId"
   WHERE NOT c.archived AND ${where} ORDER BY e.id`,
);

export const EVIDENCE_COPY_SQL = evidenceCopySql();
