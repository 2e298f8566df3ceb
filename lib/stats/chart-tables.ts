// Each dashboard chart's data as a table: the same rows feed the chart, its on-page table
// alternative and its CSV download, so the three cannot disagree.
import { STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import type { CsvColumn } from "@/lib/csv/writer";
import type { DashboardData } from "./dashboard";
import type { StatusCounts } from "./status-counts";

export const CHART_IDS = ["status-breakdown", "status-by-category", "status-by-side", "status-over-time", "pledges-per-talk"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export function isChartId(value: string): value is ChartId {
  return (CHART_IDS as readonly string[]).includes(value);
}

export interface ChartTable {
  columns: CsvColumn<Record<string, string | number>>[];
  rows: Record<string, string | number>[];
}

const statusColumns = STATUS_ORDER.map((status) => ({ header: status, value: (row: Record<string, string | number>) => row[status] }));
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
      };
    case "status-by-category":
      return {
        columns: [{ header: "category", value: (row) => row.category }, { header: "category_name", value: (row) => row.name }, ...statusColumns],
        rows: data.statusByCategory.map((row) => ({ category: row.category, name: row.name, ...countsOf(row) })),
      };
    case "status-by-side":
      return {
        columns: [{ header: "committed_by", value: (row) => row.side }, ...statusColumns],
        rows: data.statusBySide.map((row) => ({ side: row.side, ...countsOf(row) })),
      };
    case "status-over-time":
      return {
        columns: [{ header: "month", value: (row) => row.month }, ...statusColumns],
        rows: data.statusOverTime.map((row) => ({ month: row.month, ...countsOf(row) })),
      };
    case "pledges-per-talk":
      return {
        columns: [
          { header: "talk_id", value: (row) => row.talkId },
          { header: "held_on", value: (row) => row.heldOn },
          { header: "title", value: (row) => row.title },
          { header: "pledges", value: (row) => row.count },
        ],
        rows: data.pledgesPerTalk.map((row) => ({ talkId: row.talkId, heldOn: row.heldOn, title: row.title, count: row.count })),
      };
  }
}
