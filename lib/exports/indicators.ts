// The indicators export: one row per data point, with its indicator's fields (issue 15).
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { booleanCell, dateCell, integerCell, numberCell, textCell } from "./copy-cells";
import { copySelect, type ExportColumn } from "./copy-sql";
import { pagesById } from "./keyset";
import { CopyColumn } from "./copy-text";

/** A date that may be missing (a source page without a date): YYYY-MM-DD, or an empty cell. */
const optionalDateCell = (expr: string) => ({ sql: `coalesce(${dateCell(expr).sql}, '')`, as: CopyColumn.Cell });

const select = {
  id: true, period: true, value: true, sourceUrl: true, publishedOn: true, estimate: true, note: true,
  indicator: {
    select: {
      slug: true, name: true, unit: true, publisher: true, side: true, frequency: true,
      pledges: { where: { commitment: { archived: false } }, select: { commitment: { select: { slug: true } } }, orderBy: { commitmentId: "asc" } },
    },
  },
} as const;

function fetchPage(afterId: number, take: number) {
  return getPrisma().indicatorPoint.findMany({ where: { id: { gt: afterId } }, select, orderBy: { id: "asc" }, take });
}

type Row = Awaited<ReturnType<typeof fetchPage>>[number];

/** Every data point in id order: the keyset writer's rows (the COPY's reference in tests). */
export function indicatorExportRows(): AsyncGenerator<Row> {
  return pagesById(fetchPage);
}

/** Documented in ./COLUMNS.md: change both together. */
export const INDICATOR_COLUMNS: ExportColumn<Row>[] = [
  { header: "point_id", value: (row) => row.id, cell: integerCell("t.id") },
  { header: "indicator_slug", value: (row) => row.indicator.slug, cell: textCell("t.slug") },
  { header: "indicator_name", value: (row) => row.indicator.name, cell: textCell("t.name") },
  { header: "unit", value: (row) => row.indicator.unit, cell: textCell("t.unit") },
  { header: "publisher", value: (row) => row.indicator.publisher, cell: textCell("t.publisher") },
  { header: "side", value: (row) => row.indicator.side, cell: textCell("t.side::text") },
  { header: "frequency", value: (row) => row.indicator.frequency, cell: textCell("t.frequency::text") },
  { header: "period", value: (row) => row.period, cell: textCell("t.period") },
  { header: "value", value: (row) => row.value, cell: numberCell("t.value") },
  { header: "estimate", value: (row) => row.estimate, cell: booleanCell("t.estimate") },
  { header: "published_on", value: (row) => (row.publishedOn ? toIsoDate(row.publishedOn) : null), cell: optionalDateCell('t."publishedOn"') },
  { header: "source_url", value: (row) => row.sourceUrl, cell: textCell('t."sourceUrl"') },
  { header: "note", value: (row) => row.note, cell: textCell("t.note") },
  { header: "pledge_slugs", value: (row) => row.indicator.pledges.map((link) => link.commitment.slug).join(" "), cell: textCell("t.pledge_slugs") },
];

/** The COPY select of the same rows and cells as the keyset writer. */
export const INDICATOR_COPY_SQL = copySelect(
  INDICATOR_COLUMNS as ExportColumn<never>[],
  `SELECT p.*, i.slug, i.name, i.unit, i.publisher, i.side, i.frequency, coalesce(l.pledge_slugs, '') AS pledge_slugs
   FROM "IndicatorPoint" p JOIN "Indicator" i ON i.id = p."indicatorId"
   LEFT JOIN LATERAL (
     SELECT string_agg(c.slug, ' ' ORDER BY c.id) AS pledge_slugs
     FROM "IndicatorPledge" ip JOIN "Commitment" c ON c.id = ip."commitmentId"
     WHERE ip."indicatorId" = i.id AND NOT c.archived
   ) l ON true
   ORDER BY p.id`,
);
