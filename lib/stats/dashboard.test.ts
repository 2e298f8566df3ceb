import { describe, expect, it } from "vitest";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { listCommitments } from "@/lib/commitments/queries";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { parseIsoDate } from "@/lib/dates";
import { chartTable, CHART_IDS } from "./chart-tables";
import { getDashboardData } from "./dashboard";
import { totalOf } from "./status-counts";

const TODAY = "2026-11-23";
const listTotal = async (input: Record<string, string>) => (await listCommitments(listParamsSchema.parse(input))).total;

describe("dashboard figures agree with the pledge list", () => {
  it("counts the same pledges as the list's filters, in every breakdown", async () => {
    const data = await getDashboardData(TODAY);
    const { headline } = data;
    expect(headline.tracked).toBe(await listTotal({}));
    expect(headline.fulfilled).toBe(await listTotal({ status: "FULFILLED" }));
    expect(headline.inProgress).toBe(await listTotal({ status: "IN_PROGRESS,PARTIALLY_FULFILLED" }));
    expect(headline.stalledOrNotFulfilled).toBe(await listTotal({ status: "STALLED,NOT_FULFILLED" }));
    expect(headline.overdue).toBe((await listCommitments(listParamsSchema.parse({ overdue: "true" }))).total);
    for (const row of data.statusByCategory) expect(totalOf(row), row.category).toBe(await listTotal({ category: row.category }));
    for (const row of data.statusBySide) expect(totalOf(row), row.side).toBe(await listTotal({ side: row.side }));
    for (const row of data.pledgesPerTalk) expect(row.count, row.title).toBe(await listTotal({ talk: String(row.talkId) }));
    for (const row of data.statusBreakdown) expect(row.count, row.status).toBe(await listTotal({ status: row.status }));
  });

  it("ends the status-over-time series on today's month with today's counts", async () => {
    const data = await getDashboardData(TODAY);
    const last = data.statusOverTime.at(-1)!;
    expect(last.month).toBe("2026-11");
    for (const row of data.statusBreakdown) expect(last[row.status], row.status).toBe(row.count);
  });

  it("lists deadlines nearest first, overdue exactly when past and not fulfilled", async () => {
    const { deadlines } = await getDashboardData(TODAY);
    for (const row of deadlines) {
      expect(row.status).not.toBe("FULFILLED");
      expect(row.overdue).toBe(parseIsoDate(row.deadline) < parseIsoDate(TODAY));
    }
  });

  it("gives every chart a table with one column per status where it stacks by status", async () => {
    const data = await getDashboardData(TODAY);
    for (const id of CHART_IDS) {
      const table = chartTable(id, data);
      expect(table.rows.length, id).toBeGreaterThan(0);
      if (id === "status-by-category" || id === "status-by-side" || id === "status-over-time") {
        expect(table.columns.slice(-STATUS_ORDER.length).map((column) => column.header)).toEqual([...STATUS_ORDER]);
      }
    }
  });
});
