// Each dashboard chart's data as a table: the same rows feed the chart, its on-page table
// alternative and its CSV download, so the three cannot disagree.
import { STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import type { CsvColumn } from "@/lib/csv/writer";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { DashboardData } from "./dashboard";
import { totalOf, type StatusCounts } from "./status-counts";

export const CHART_IDS = ["status-breakdown", "status-by-category", "status-by-side", "status-over-time", "pledges-per-talk"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

export type Row = Record<string, string | number>;

export interface ChartTable {
  columns: CsvColumn<Row>[];
  rows: Row[];
  /** The filtered pledge list a cell counts (by column header), where the list can show it. */
  link?: (row: Row, header: string) => string | undefined;
}

export interface ListFilter {
  category?: string;
  side?: string;
  talk?: number | string;
  status?: CommitmentStatus | string;
}

/**
 * The pledge list filtered to what one chart mark or table cell counts. Charts (click and keyboard)
 * and tables all drill down through this one function, so they open the same list.
 */
export function listHref(filter: ListFilter): string {
  const params = new URLSearchParams();
  for (const key of ["category", "side", "talk", "status"] as const) if (filter[key] !== undefined) params.set(key, String(filter[key]));
  const query = params.toString();
  return query ? `/commitments?${query}` : "/commitments";
}

/** Categories by their number of pledges, most first; ties by name, so the order is stable. */
export function sortedCategories(data: DashboardData) {
  return [...data.statusByCategory].sort((a, b) => totalOf(b) - totalOf(a) || a.name.localeCompare(b.name, "en"));
}

/** Only what the list can show: a status filter means "status today", so past months get no link. */
const isStatus = (header: string): header is CommitmentStatus => (STATUS_ORDER as readonly string[]).includes(header);
const statusColumns = STATUS_ORDER.map((status) => ({ header: status, value: (row: Row) => row[status] }));
const countsOf = (row: StatusCounts) => Object.fromEntries(STATUS_ORDER.map((status) => [status, row[status]]));

/**
 * How much of a chart's table the dashboard shows, so that its HTML does not grow with the data:
 * the talks with the most commitments (the ones the chart draws) and the last twelve months. The
 * chart's own table page (`tablePageHref`) and its CSV have every row.
 */
export const DASHBOARD_TABLE_ROWS: Partial<Record<ChartId, { rows: number; from: "first" | "last" }>> = {
  "pledges-per-talk": { rows: 10, from: "first" },
  "status-over-time": { rows: 12, from: "last" },
};

export function dashboardRows<T>(id: ChartId, rows: readonly T[]): T[] {
  const bound = DASHBOARD_TABLE_ROWS[id];
  if (!bound || rows.length <= bound.rows) return [...rows];
  return bound.from === "first" ? rows.slice(0, bound.rows) : rows.slice(-bound.rows);
}

export const TABLE_PAGE_SIZE = 50;

/** One page of a table's rows; a page past the end, or not a page number, gives the nearest page. */
export function pageOfRows<T>(rows: readonly T[], requested: number, size = TABLE_PAGE_SIZE): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pageCount) : 1;
  return { rows: rows.slice((page - 1) * size, page * size), page, pageCount };
}

export function tablePageHref(id: ChartId, page = 1): string {
  return page > 1 ? `/charts/${id}?page=${page}` : `/charts/${id}`;
}

/**
 * A table's columns and links without its rows: what the client table component needs to draw the
 * rows it is handed (so the page carries the rows as data once, not as cells and links).
 * `lastMonth` is the last month of "status over time", the one row whose counts are today's.
 */
export function tableSpec(id: ChartId, lastMonth?: string): Omit<ChartTable, "rows"> {
  switch (id) {
    case "status-breakdown":
      return {
        columns: [
          { header: "status", value: (row) => row.status },
          { header: "label", value: (row) => row.label },
          { header: "count", value: (row) => row.count },
        ],
        link: (row, header) => (header !== "status" && Number(row.count) > 0 ? listHref({ status: String(row.status) }) : undefined),
      };
    case "status-by-category":
      return {
        columns: [{ header: "category", value: (row) => row.category }, { header: "category_name", value: (row) => row.name }, ...statusColumns],
        link: (row, header) =>
          header === "category_name" ? listHref({ category: String(row.category) }) : isStatus(header) && Number(row[header]) > 0 ? listHref({ category: String(row.category), status: header }) : undefined,
      };
    case "status-by-side":
      return {
        columns: [{ header: "committed_by", value: (row) => row.side }, ...statusColumns],
        link: (row, header) =>
          header === "committed_by" ? listHref({ side: String(row.side) }) : isStatus(header) && Number(row[header]) > 0 ? listHref({ side: String(row.side), status: header }) : undefined,
      };
    case "status-over-time":
      return {
        columns: [{ header: "month", value: (row) => row.month }, ...statusColumns],
        // The last row is this month, whose counts are today's: the list filtered by status shows them.
        link: (row, header) => (row.month === lastMonth && isStatus(header) && Number(row[header]) > 0 ? listHref({ status: header }) : undefined),
      };
    case "pledges-per-talk":
      return {
        columns: [
          { header: "talk_id", value: (row) => row.talkId },
          { header: "held_on", value: (row) => row.heldOn },
          { header: "title", value: (row) => row.title },
          { header: "pledges", value: (row) => row.count },
        ],
        link: (row, header) => (header === "title" || (header === "pledges" && Number(row.count) > 0) ? listHref({ talk: row.talkId }) : undefined),
      };
  }
}

function tableRows(id: ChartId, data: DashboardData): Row[] {
  switch (id) {
    case "status-breakdown":
      return data.statusBreakdown.map((row) => ({ status: row.status, label: STATUS_DEFINITIONS[row.status].label, count: row.count }));
    case "status-by-category":
      return sortedCategories(data).map((row) => ({ category: row.category, name: row.name, ...countsOf(row) }));
    case "status-by-side":
      return data.statusBySide.map((row) => ({ side: row.side, ...countsOf(row) }));
    case "status-over-time":
      return data.statusOverTime.map((row) => ({ month: row.month, ...countsOf(row) }));
    case "pledges-per-talk":
      return data.pledgesPerTalk.map((row) => ({ talkId: row.talkId, heldOn: row.heldOn, title: row.title, count: row.count }));
  }
}

export const lastMonthOf = (data: DashboardData) => data.statusOverTime.at(-1)?.month;

export function chartTable(id: ChartId, data: DashboardData): ChartTable {
  return { ...tableSpec(id, lastMonthOf(data)), rows: tableRows(id, data) };
}
