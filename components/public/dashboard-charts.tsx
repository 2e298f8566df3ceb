import { LazyStatusAreaChart as StatusAreaChart, LazyStatusPieChart as StatusPieChart, LazyStatusStackedBarChart as StatusStackedBarChart, LazyTalkBarChart as TalkBarChart } from "@/components/charts/lazy-charts";
import { StatusPatterns } from "@/components/charts/status-patterns";
import { formatDate, formatMonth } from "@/components/ui/format";
import { STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import { format } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/en";
import { CHART_IDS, chartTable, dashboardRows, lastMonthOf, sortedCategories, type ChartId, type ChartTable } from "@/lib/stats/chart-tables";
import type { DashboardData } from "@/lib/stats/dashboard";
import { totalOf } from "@/lib/stats/status-counts";
import { ChartCard } from "./chart-card";
import { statusLegend } from "./status-legend";
import { CLOSED_STATUSES } from "@/lib/commitments/status";
import { snapshotParams, type Snapshot } from "@/lib/as-of/snapshot";
import { SnapshotLinks } from "./snapshot-links";

const maxBy = <T,>(rows: T[], value: (row: T) => number) => rows.reduce<T | undefined>((best, row) => (!best || value(row) > value(best) ? row : best), undefined);

/** One-line plain readings of each chart, from the same data. */
function readings(data: DashboardData, messages: Messages["public"]): Record<ChartId, string> {
  const charts = messages.dashboard.charts;
  const total = data.statusBreakdown.reduce((sum, row) => sum + row.count, 0);
  const top = maxBy(data.statusBreakdown, (row) => row.count);
  const topCategory = sortedCategories(data)[0];
  const side = Object.fromEntries(data.statusBySide.map((row) => [row.side, totalOf(row)]));
  const last = data.statusOverTime.at(-1);
  const topTalk = maxBy(data.pledgesPerTalk, (row) => row.count);
  return {
    "status-breakdown": format(charts["status-breakdown"].reading, { top: top ? STATUS_DEFINITIONS[top.status].label : "—", count: top?.count ?? 0, total }),
    "status-by-category": format(charts["status-by-category"].reading, { name: topCategory?.name ?? "—", count: topCategory ? totalOf(topCategory) : 0, fulfilled: data.headline.fulfilled }),
    "status-by-side": format(charts["status-by-side"].reading, { china: side.CHINA ?? 0, vietnam: side.VIETNAM ?? 0, both: side.BOTH ?? 0 }),
    "status-over-time": format(charts["status-over-time"].reading, {
      month: last ? formatMonth(last.month) : "—",
      fulfilled: last?.FULFILLED ?? 0,
      open: last ? totalOf(last) - CLOSED_STATUSES.reduce((sum, status) => sum + last[status], 0) : 0,
    }),
    "pledges-per-talk": [
      format(charts["pledges-per-talk"].reading, { talk: topTalk ? formatDate(topTalk.heldOn) : "—", count: topTalk?.count ?? 0 }),
      drawnTalks(data).length < data.pledgesPerTalk.length && format(charts["pledges-per-talk"].bounded, { shown: drawnTalks(data).length, total: data.pledgesPerTalk.length }),
      restatements(data) && format(charts["pledges-per-talk"].restated, { ...restatements(data)!, talks: data.pledgesPerTalk.length }),
    ]
      .filter(Boolean)
      .join(" "),
  };
}

/** The talks the chart draws: those with the most commitments, as many as its dashboard table shows. */
const drawnTalks = (data: DashboardData) => dashboardRows("pledges-per-talk", data.pledgesPerTalk);

/** Per status, its count at each month's end: the area chart's data, with no key repeated per month. */
function countsByStatus(rows: DashboardData["statusOverTime"]) {
  return Object.fromEntries(STATUS_ORDER.map((status) => [status, rows.map((row) => row[status])]));
}

/** The counts of "pledges per talk" add up to more than the pledges tracked when pledges are restated. */
function restatements(data: DashboardData): { sum: number; tracked: number } | undefined {
  const sum = data.pledgesPerTalk.reduce((total, row) => total + row.count, 0);
  return sum > data.headline.tracked ? { sum, tracked: data.headline.tracked } : undefined;
}

/** The dashboard's charts; in a view of a past date (`snapshot`), every link they draw opens that date. */
export function DashboardCharts({ data, messages, snapshot = null }: { data: DashboardData; messages: Messages["public"]; snapshot?: Snapshot | null }) {
  const query = snapshotParams(snapshot);
  const text = messages.dashboard;
  const reading = readings(data, messages);
  const headers = { ...text.tableHeaders, ...statusLegend.labels };
  const units = text.chartUnits;
  const restated = restatements(data);
  // One table per chart, and the stacked bars draw the very rows of theirs: the page carries them once.
  const tables = Object.fromEntries(CHART_IDS.map((id) => [id, chartTable(id, data)])) as Record<ChartId, ChartTable>;
  const card = (id: ChartId, chart: React.ReactNode, wide = false) => (
    <div className={wide ? "min-w-0 lg:col-span-2" : "min-w-0"}>
      <ChartCard
        id={id}
        title={text.charts[id].title}
        reading={reading[id]}
        hint={id === "status-over-time" ? text.chartHintOverTime : text.chartHint}
        footnote={id === "pledges-per-talk" && restated ? format(text.charts["pledges-per-talk"].footnote, restated) : undefined}
        moreRows={id === "pledges-per-talk" || id === "status-over-time" ? (shown, total) => ({ note: format(text.charts[id].more, { shown, total }), link: format(text.tableAll, { total }) }) : undefined}
        table={tables[id]}
        lastMonth={lastMonthOf(data)}
        headers={headers}
        tableCaption={format(text.tableCaption, { title: text.charts[id].title })}
        showTableLabel={messages.common.showTable}
        csvLabel={messages.common.downloadCsv}
        query={query}
      >
        {chart}
      </ChartCard>
    </div>
  );
  return (
    <SnapshotLinks query={query}>
    <section aria-labelledby="charts-title" className="mt-10">
      <h2 id="charts-title" className="sr-only">{text.chartsLabel}</h2>
      <StatusPatterns legend={statusLegend} />
      <div className="grid gap-5 lg:grid-cols-2">
        {card("status-breakdown", <StatusPieChart rows={data.statusBreakdown} legend={statusLegend} units={units} />)}
        {card(
          "status-by-side",
          <StatusStackedBarChart filter="side" labels={messages.common.sides} legend={statusLegend} units={units} rows={tables["status-by-side"].rows} />,
        )}
        {card(
          "status-by-category",
          <StatusStackedBarChart filter="category" legend={statusLegend} units={units} rows={tables["status-by-category"].rows} />,
          true,
        )}
        {card(
          "status-over-time",
          <StatusAreaChart legend={statusLegend} labels={data.statusOverTime.map((row) => formatMonth(row.month))} counts={countsByStatus(data.statusOverTime)} plotLabel={text.charts["status-over-time"].plot} />,
          true,
        )}
        {card(
          "pledges-per-talk",
          <TalkBarChart seriesName={text.tableHeaders.pledges!} units={units} rows={drawnTalks(data).map((row) => ({ talkId: row.talkId, label: formatDate(row.heldOn), count: row.count }))} />,
          true,
        )}
      </div>
    </section>
    </SnapshotLinks>
  );
}

