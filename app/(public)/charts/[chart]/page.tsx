import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/public/data-table";
import { Pagination } from "@/components/public/pagination";
import { statusLegend } from "@/components/public/status-legend";
import { format, getMessages } from "@/lib/i18n/messages";
import { chartTable, isChartId, lastMonthOf, pageOfRows, TABLE_PAGE_SIZE, tablePageHref } from "@/lib/stats/chart-tables";
import { getCachedDashboardData } from "@/lib/stats/cached";
import { AsOfNotices } from "@/components/public/as-of";
import { SnapshotLinks } from "@/components/public/snapshot-links";
import { getCachedDashboardDataAsOf } from "@/lib/as-of/cached";
import { pageSnapshot, snapshotParams, withSnapshot } from "@/lib/as-of/snapshot";
import type { DashboardData } from "@/lib/stats/dashboard";

const messages = getMessages();
const text = messages.public.dashboard;

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  return isChartId(chart) ? { title: format(text.tablePage.title, { title: text.charts[chart].title }) } : {};
}

/** A dashboard chart's whole table, page by page: the dashboard shows only its first rows. */
export default async function ChartTablePage({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  // `?asOf=` (and `recordedBy=`): the table as it stood then (lib/as-of).
  const view = pageSnapshot(await searchParams);
  const { snapshot } = view;
  const requested = Number(view.rest.page ?? 1);
  const data: DashboardData = snapshot ? await getCachedDashboardDataAsOf(snapshot) : await getCachedDashboardData();
  const table = chartTable(chart, data);
  const { rows, page, pageCount } = pageOfRows(table.rows, requested);
  const title = text.charts[chart].title;
  const then = (href: string) => withSnapshot(href, snapshot);
  return (
    <div>
      <AsOfNotices page={view} todayHref={tablePageHref(chart)} messages={messages.time.asOf} />
      <h1 className="font-serif text-3xl font-semibold">{format(text.tablePage.title, { title })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{format(text.tablePage.intro, { title, size: TABLE_PAGE_SIZE })}</p>
      <p className="mt-2 flex flex-wrap gap-x-6 text-sm">
        <Link href={then("/")} className="text-accent underline">{text.tablePage.back}</Link>
        <a href={then(`/api/stats/${chart}.csv`)} download className="text-accent underline">{messages.public.common.downloadCsv}</a>
      </p>
      {/* Focusable, so a keyboard can scroll it where the table is wider than a phone. */}
      <div className="mt-6 overflow-x-auto rounded-lg border border-rule bg-white p-2 sm:p-4" tabIndex={0} role="region" aria-label={format(text.tableCaption, { title })} data-chart-table={chart}>
        <SnapshotLinks query={snapshotParams(snapshot)}>
          <DataTable id={chart} rows={rows} lastMonth={lastMonthOf(data)} headers={{ ...text.tableHeaders, ...statusLegend.labels }} caption={format(text.tableCaption, { title })} />
        </SnapshotLinks>
      </div>
      <Pagination page={page} pageCount={pageCount} messages={messages.public.list} hrefFor={(target) => then(tablePageHref(chart, target))} />
    </div>
  );
}
