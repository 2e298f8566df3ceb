import { describe, expect, it } from "vitest";
import { chartTable, dashboardRows, listHref, pageOfRows, sortedCategories, tablePageHref } from "./chart-tables";
import type { DashboardData } from "./dashboard";

const counts = (announced: number, fulfilled = 0) => ({ ANNOUNCED: announced, IN_PROGRESS: 0, PARTIALLY_FULFILLED: 0, FULFILLED: fulfilled, STALLED: 0, NOT_FULFILLED: 0 });

// Only the parts of the dashboard data these tables read.
const data = {
  statusByCategory: [
    { category: "trade", name: "Trade", ...counts(1) },
    { category: "border", name: "Border", ...counts(1, 2) },
    { category: "health", name: "Health", ...counts(3) },
    { category: "arts", name: "Arts", ...counts(0, 1) },
  ],
  statusOverTime: [
    { month: "2026-10", ...counts(2) },
    { month: "2026-11", ...counts(1, 1) },
  ],
} as unknown as DashboardData;

describe("chart tables", () => {
  it("sorts categories by their number of pledges, ties by name", () => {
    expect(sortedCategories(data).map((row) => row.category)).toEqual(["border", "health", "arts", "trade"]);
    expect(chartTable("status-by-category", data).rows.map((row) => row.category)).toEqual(["border", "health", "arts", "trade"]);
  });

  it("links a category's non-zero cells to the list filtered by category and status, its name to the category", () => {
    const table = chartTable("status-by-category", data);
    const border = table.rows[0]!;
    expect(table.link!(border, "category_name")).toBe("/commitments?category=border");
    expect(table.link!(border, "FULFILLED")).toBe("/commitments?category=border&status=FULFILLED");
    expect(table.link!(border, "STALLED")).toBeUndefined();
  });

  it("links only the current month of the status history, the one the list's status filter shows", () => {
    const table = chartTable("status-over-time", data);
    expect(table.link!(table.rows[0]!, "ANNOUNCED")).toBeUndefined();
    expect(table.link!(table.rows[1]!, "ANNOUNCED")).toBe("/commitments?status=ANNOUNCED");
  });

  it("builds list addresses in a fixed order and escapes values", () => {
    expect(listHref({ status: "FULFILLED", talk: 3 })).toBe("/commitments?talk=3&status=FULFILLED");
    expect(listHref({ category: "a&b" })).toBe("/commitments?category=a%26b");
    expect(listHref({})).toBe("/commitments");
  });

  it("bounds the dashboard's tables: the first talks (the most commitments), the last twelve months", () => {
    const talks = Array.from({ length: 500 }, (_, i) => i);
    expect(dashboardRows("pledges-per-talk", talks)).toEqual(talks.slice(0, 10));
    const months = Array.from({ length: 132 }, (_, i) => i);
    expect(dashboardRows("status-over-time", months)).toEqual(months.slice(120));
    expect(dashboardRows("status-over-time", months.slice(0, 5))).toEqual(months.slice(0, 5));
    expect(dashboardRows("status-by-category", talks)).toHaveLength(500);
  });

  it("pages a table page, clamping pages past either end and non-numbers", () => {
    const rows = Array.from({ length: 132 }, (_, i) => i);
    expect(pageOfRows(rows, 1)).toEqual({ rows: rows.slice(0, 50), page: 1, pageCount: 3 });
    expect(pageOfRows(rows, 3).rows).toEqual(rows.slice(100));
    expect(pageOfRows(rows, 99).page).toBe(3);
    expect(pageOfRows(rows, 0).page).toBe(1);
    expect(pageOfRows(rows, Number("x")).page).toBe(1);
    expect(pageOfRows([], 2)).toEqual({ rows: [], page: 1, pageCount: 1 });
    expect(tablePageHref("pledges-per-talk", 2)).toBe("/charts/pledges-per-talk?page=2");
    expect(tablePageHref("pledges-per-talk", 1)).toBe("/charts/pledges-per-talk");
  });
});
