import Link from "next/link";
import type { ReactNode } from "react";
import { dashboardRows, tablePageHref, type ChartId, type ChartTable } from "@/lib/stats/chart-tables";
import { TableDisclosure } from "./table-disclosure";

interface Props {
  id: ChartId;
  title: string;
  reading: string;
  hint: string;
  table: ChartTable;
  /** The last month of "status over time", whose row links to today's lists. */
  lastMonth?: string;
  headers: Record<string, string>;
  tableCaption: string;
  showTableLabel: string;
  csvLabel: string;
  /** Said under a table the dashboard shows only part of, with the link to its table page. */
  moreRows?: (shown: number, total: number) => { note: string; link: string };
  /** Said under the table too, where the chart needs a word of explanation (e.g. restatements). */
  footnote?: string;
  /** The view's date as query parameters (lib/as-of): the CSV and the table page are of that date. */
  query?: string;
  children: ReactNode;
}

/**
 * A chart with its title, a one-line plain reading, the same data as a table (in a disclosure that
 * keyboard and screen-reader users reach; bounded on the dashboard, whole on its table page) and a
 * CSV of every row.
 */
export function ChartCard({ id, title, reading, hint, table, lastMonth, headers, tableCaption, showTableLabel, csvLabel, moreRows, footnote, query = "", children }: Props) {
  const then = (href: string) => (query ? `${href}${href.includes("?") ? "&" : "?"}${query}` : href);
  const shown = dashboardRows(id, table.rows);
  const more = shown.length < table.rows.length ? moreRows?.(shown.length, table.rows.length) : undefined;
  return (
    <section aria-labelledby={`chart-${id}-title`} className="rounded-lg border border-rule bg-white p-4 sm:p-5" data-chart={id}>
      <h3 id={`chart-${id}-title`} className="font-serif text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1 text-sm text-muted">{reading}</p>
      <figure className="mt-3" aria-label={title} data-chart-figure>
        {children}
        <figcaption className="mt-1 text-xs text-muted">{hint}</figcaption>
      </figure>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
        <TableDisclosure summary={showTableLabel} table={{ id, rows: shown, lastMonth, headers, caption: tableCaption }} footnote={footnote} />
        {more && (
          <p className="w-full text-xs text-muted sm:text-sm" data-table-more>
            {more.note} <Link href={then(tablePageHref(id))} className="text-accent underline">{more.link}</Link>
          </p>
        )}
        <a href={then(`/api/stats/${id}.csv`)} download className="font-medium text-accent underline" data-chart-csv={id}>
          {csvLabel}
        </a>
      </div>
    </section>
  );
}
