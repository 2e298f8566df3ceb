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

type Row = Record<string, string | number>;

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

export function chartTable(id: ChartId, data: DashboardData): ChartTable {
  switch (id) {
    case "status-breakdown":
      return {
        columns: [
          { header: "status", value: (row) => row.status },
          { header: "label", value: (row) => row.label },
          { header: "count", value: (row) => row.count },
        ],
        rows: data.statusBreakdown.map((row) => ({ status: row.status, label: STATUS_DEFINITIONS[row.status].label, count: row.count })),
        link: (row, header) => (header !== "status" && Number(row.count) > 0 ? listHref({ status: String(row.status) }) : undefined),
      };
    case "status-by-category":
      return {
        columns: [{ header: "category", value: (row) => row.category }, { header: "category_name", value: (row) => row.name }, ...statusColumns],
        rows: sortedCategories(data).map((row) => ({ category: row.category, name: row.name, ...countsOf(row) })),
        link: (row, header) =>
          header === "category_name" ? listHref({ category: String(row.category) }) : isStatus(header) && Number(row[header]) > 0 ? listHref({ category: String(row.category), status: header }) : undefined,
      };
    case "status-by-side":
      return {
        columns: [{ header: "committed_by", value: (row) => row.side }, ...statusColumns],
        rows: data.statusBySide.map((row) => ({ side: row.side, ...countsOf(row) })),
        link: (row, header) =>
          header === "committed_by" ? listHref({ side: String(row.side) }) : isStatus(header) && Number(row[header]) > 0 ? listHref({ side: String(row.side), status: header }) : undefined,
      };
    case "status-over-time": {
      const lastMonth = data.statusOverTime.at(-1)?.month;
      return {
        columns: [{ header: "month", value: (row) => row.month }, ...statusColumns],
        rows: data.statusOverTime.map((row) => ({ month: row.month, ...countsOf(row) })),
        // The last row is this month, whose counts are today's: the list filtered by status shows them.
        link: (row, header) => (row.month === lastMonth && isStatus(header) && Number(row[header]) > 0 ? listHref({ status: header }) : undefined),
      };
    }
    case "pledges-per-talk":
      return {
        columns: [
          { header: "talk_id", value: (row) => row.talkId },
          { header: "held_on", value: (row) => row.heldOn },
          { header: "title", value: (row) => row.title },
          { header: "pledges", value: (row) => row.count },
        ],
        rows: data.pledgesPerTalk.map((row) => ({ talkId: row.talkId, heldOn: row.heldOn, title: row.title, count: row.count })),
        link: (row, header) => (header === "title" || (header === "pledges" && Number(row.count) > 0) ? listHref({ talk: row.talkId }) : undefined),
      };
  }
}
