import type { CsvColumn } from "@/lib/csv/writer";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
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

/** Every evidence item of a public (non-archived) pledge, in id order. */
export function evidenceExportRows(): AsyncGenerator<Row> {
  return pagesById(fetchPage);
}

/** Documented in ./COLUMNS.md: change both together. */
export const EVIDENCE_COLUMNS: CsvColumn<Row>[] = [
  { header: "evidence_id", value: (row) => row.id },
  { header: "commitment_slug", value: (row) => row.commitment.slug },
  { header: "commitment_title", value: (row) => row.commitment.title },
  { header: "stance", value: (row) => row.stance },
  { header: "published_on", value: (row) => toIsoDate(row.publishedOn) },
  { header: "published_on_approximate", value: (row) => row.publishedOnApprox },
  { header: "publisher", value: (row) => row.publisher },
  { header: "title", value: (row) => row.title },
  { header: "url", value: (row) => row.url },
  { header: "summary", value: (row) => row.summary },
];
