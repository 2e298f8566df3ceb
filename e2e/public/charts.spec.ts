import { expect, test, type Locator, type Page } from "@playwright/test";
import { CHART_IDS, drawCharts, scanAccessibility } from "./support";

/** The dashboard with every chart drawn (they load as they come near the viewport). */
async function openDashboard(page: Page) {
  await page.goto("/");
  await drawCharts(page);
}

const STATUS_ORDER = ["ANNOUNCED", "IN_PROGRESS", "PARTIALLY_FULFILLED", "FULFILLED", "STALLED", "NOT_FULFILLED"];

const resultCount = (count: number) => (count === 1 ? "1 pledge" : `${count.toLocaleString("en-GB")} pledges`);

/** Presses Tab until the focus is inside `scope` (at most `limit` presses); returns the focused mark. */
async function tabInto(page: Page, scope: Locator, limit = 80): Promise<Locator> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await scope.evaluate((element) => element.contains(document.activeElement))) break;
  }
  const focused = scope.locator("[data-mark]:focus");
  await expect(focused).toHaveCount(1);
  return focused;
}

/** The rows of a chart's table as { header: cell text } plus each cell's link. */
async function tableOf(page: Page, id: string) {
  const details = page.locator(`[data-chart-table=${id}]`);
  await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
  // The table is drawn when the disclosure opens.
  await expect(details.locator("tbody tr").first()).toBeVisible();
  return details.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll("td")];
      return {
        text: Object.fromEntries(cells.map((cell) => [cell.dataset.column!, cell.textContent ?? ""])),
        href: Object.fromEntries(cells.flatMap((cell) => (cell.querySelector("a") ? [[cell.dataset.column!, cell.querySelector("a")!.getAttribute("href")!]] : []))),
      };
    }),
  );
}

/**
 * Every mark drawn in a chart: its key and the number it stands for. The charts are loaded as they
 * come near the viewport (components/charts/lazy-charts.tsx), so this waits for the first mark.
 */
const marksOf = async (page: Page, id: string) => {
  const marks = page.locator(`[data-chart=${id}] [data-mark]`);
  await marks.first().waitFor({ state: "attached" });
  return marksIn(marks);
};
const marksIn = (marks: Locator) =>
  marks.evaluateAll((marks) => marks.map((mark) => [mark.getAttribute("data-mark")!, Number(mark.getAttribute("data-value"))] as const));

test.describe("honest charts", () => {
  // The dashboard's data is served stale-while-revalidate: the first reader after a write (another
  // spec's) gets it as it was while the fresh one is computed. These checks compare the charts
  // with the live list, so they start once two reads in a row show the same markup (the nonce and
  // the scripts aside: the order in which React streams its payload varies from one render to the next).
  test.beforeEach(async ({ request }) => {
    const markupOf = (html: string) => {
      const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
      return (nonce ? html.split(nonce).join("") : html).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    };
    const settled = async () => markupOf(await (await request.get("/")).text());
    let previous = await settled();
    await expect
      .poll(async () => previous === (previous = await settled()), { timeout: 30_000 })
      .toBe(true);
  });

  test("a slice is reached with Tab, moved to with the arrow keys and opened with Enter, as a click would", async ({ page }) => {
    await openDashboard(page);
    const chart = page.locator("[data-chart=status-breakdown] [data-chart-keyboard]");
    const first = await tabInto(page, chart);
    const marks = chart.locator("[data-mark]");
    expect(await marks.count()).toBeGreaterThan(1);
    // One tab stop for the whole chart: the other slices are reached with the arrow keys.
    expect(await marks.evaluateAll((elements) => elements.filter((element) => element.getAttribute("tabindex") === "0").length)).toBe(1);
    const firstKey = await first.getAttribute("data-mark");
    await page.keyboard.press("ArrowRight");
    const second = chart.locator("[data-mark]:focus");
    const key = (await second.getAttribute("data-mark"))!;
    expect(key).not.toBe(firstKey);
    // Visible focus: a dark outline stroke on the focused slice, and its count in words below the chart.
    expect(await second.locator("path").evaluate((path) => getComputedStyle(path).strokeWidth)).toBe("3px");
    await expect(chart.locator("[data-focused-mark]")).toHaveText((await second.getAttribute("aria-label"))!);
    const value = Number(await second.getAttribute("data-value"));
    const href = await second.getAttribute("href");
    expect(href).toBe(`/commitments?status=${key}`);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/commitments\\?status=${key}$`));
    await expect(page.getByTestId("result-count")).toHaveText(resultCount(value));
    for (const badge of await page.locator("[data-testid=commitment-list] [data-status]").all()) await expect(badge).toHaveAttribute("data-status", key);
  });

  test("a category bar segment is reached with the keyboard and opened with Space, filtered by category and status", async ({ page }) => {
    await openDashboard(page);
    const chart = page.locator("[data-chart=status-by-category] [data-chart-keyboard]");
    await tabInto(page, chart);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const focused = chart.locator("[data-mark]:focus");
    const [category, status] = (await focused.getAttribute("data-mark"))!.split(":") as [string, string];
    const value = Number(await focused.getAttribute("data-value"));
    await page.keyboard.press(" ");
    await expect(page).toHaveURL(new RegExp(`/commitments\\?category=${category}&status=${status}$`));
    await expect(page.getByTestId("result-count")).toHaveText(resultCount(value));
    await expect(page.getByLabel("Category")).toHaveValue(category);
    // Tab from a mark leaves the chart: its marks are one stop, not dozens.
    await openDashboard(page);
    await tabInto(page, chart);
    await page.keyboard.press("Tab");
    expect(await chart.evaluate((element) => element.contains(document.activeElement))).toBe(false);
  });

  test("the donut shows each slice's number and the total, equal to its table", async ({ page }) => {
    await openDashboard(page);
    const rows = await tableOf(page, "status-breakdown");
    const drawn = await page.locator("[data-chart=status-breakdown] [data-pie-label]").evaluateAll((labels) => labels.map((label) => [label.getAttribute("data-pie-label")!, Number(label.textContent)]));
    expect(drawn).toEqual(rows.filter((row) => Number(row.text.count) > 0).map((row) => [row.text.status, Number(row.text.count)]));
    expect(await marksOf(page, "status-breakdown")).toEqual(drawn);
    const total = rows.reduce((sum, row) => sum + Number(row.text.count), 0);
    await expect(page.locator("[data-chart=status-breakdown] [data-pie-total] [data-total-number]")).toHaveText(String(total));
    expect(Number(await page.locator("[data-figure=tracked] span").first().innerText())).toBe(total);
    // The key names each status with its count, so no colour has to be matched.
    const key = await page.locator("[data-chart=status-breakdown] [data-key-item]").allInnerTexts();
    expect(key).toEqual(rows.filter((row) => Number(row.text.count) > 0).map((row) => `${row.text.label} ${row.text.count}`));
  });

  test("stacked bars draw exactly the table's non-zero cells, categories sorted by size, totals on the axis", async ({ page }) => {
    await openDashboard(page);
    for (const [id, keyColumn] of [["status-by-category", "category"], ["status-by-side", "committed_by"]] as const) {
      const rows = await tableOf(page, id);
      const expected = rows.flatMap((row) => STATUS_ORDER.filter((status) => Number(row.text[status]) > 0).map((status) => [`${row.text[keyColumn]}:${status}`, Number(row.text[status])] as const));
      expect((await marksOf(page, id)).toSorted(), id).toEqual(expected.toSorted());
      const totals = rows.map((row) => STATUS_ORDER.reduce((sum, status) => sum + Number(row.text[status]), 0));
      const ticks = await page.locator(`[data-chart=${id}] [data-axis-label]`).allTextContents();
      expect(ticks.map((tick) => Number(/\((\d+)\)$/.exec(tick)?.[1])), id).toEqual(totals);
      if (id === "status-by-category") {
        const order = rows.map((row, index) => [totals[index]!, row.text.category_name!] as const);
        expect(order, "categories by total, then name").toEqual(order.toSorted((a, b) => b[0] - a[0] || a[1].localeCompare(b[1], "en")));
      }
      // A status no group has gets no key entry.
      const present = STATUS_ORDER.filter((status) => rows.some((row) => Number(row.text[status]) > 0));
      expect(await page.locator(`[data-chart=${id}] [data-key-item]`).evaluateAll((items) => items.map((item) => item.getAttribute("data-key-item")))).toEqual(present);
    }
  });

  test("pledges per talk: bars equal the table and the restatements are explained", async ({ page }) => {
    await openDashboard(page);
    const rows = await tableOf(page, "pledges-per-talk");
    expect(await marksOf(page, "pledges-per-talk")).toEqual(rows.filter((row) => Number(row.text.pledges) > 0).map((row) => [row.text.talk_id, Number(row.text.pledges)]));
    const labels = await page.locator("[data-chart=pledges-per-talk] [data-axis-label]").allTextContents();
    expect(labels.map((label) => Number(/\((\d+)\)$/.exec(label)?.[1]))).toEqual(rows.map((row) => Number(row.text.pledges)));
    // The talks with the most commitments first: the order the chart draws its top talks in.
    const counts = rows.map((row) => Number(row.text.pledges));
    expect(counts).toEqual(counts.toSorted((a, b) => b - a));
    const sum = rows.reduce((total, row) => total + Number(row.text.pledges), 0);
    const tracked = Number(await page.locator("[data-figure=tracked] span").first().innerText());
    expect(sum).toBeGreaterThan(tracked);
    const card = page.locator("[data-chart=pledges-per-talk]");
    await expect(card.locator("p").first()).toContainText(`add up to ${sum}, more than the ${tracked} commitments tracked, because a commitment restated in several talks`);
    await expect(card.locator("[data-table-footnote]")).toContainText(`adds up to ${sum}, while ${tracked} commitments are tracked`);
  });

  test("status over time: no band for a status that is zero throughout, tooltip in status order", async ({ page, request }) => {
    await openDashboard(page);
    const rows = await tableOf(page, "status-over-time");
    // Every month (the dashboard's table has the last twelve): its CSV.
    const [header, ...months] = (await (await request.get("/api/stats/status-over-time.csv")).text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((line) => line.split(","));
    const present = STATUS_ORDER.filter((status) => months.some((month) => Number(month[header!.indexOf(status)]) > 0));
    expect(present.length).toBeLessThan(STATUS_ORDER.length); // the seed has statuses no pledge ever had
    const chart = page.locator("[data-chart=status-over-time]");
    await expect(chart.locator(".recharts-area")).toHaveCount(present.length);
    expect(await chart.locator("[data-key-item]").evaluateAll((items) => items.map((item) => item.getAttribute("data-key-item")))).toEqual(present);
    // The plot's area (inside the axes): its right edge is the last month.
    const grid = chart.locator(".recharts-cartesian-grid");
    await grid.scrollIntoViewIfNeeded();
    const box = (await grid.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
    const names = chart.locator("[data-tooltip-name]");
    await expect(names.first()).toBeVisible();
    const labels: Record<string, string> = { ANNOUNCED: "Announced", IN_PROGRESS: "In progress", PARTIALLY_FULFILLED: "Partially fulfilled", FULFILLED: "Fulfilled", STALLED: "Stalled", NOT_FULFILLED: "Not fulfilled" };
    expect(await names.allTextContents()).toEqual(present.map((status) => labels[status]));
    // The last month's counts are the table's last row; the keyboard walks back a month.
    const last = rows.at(-1)!;
    await expect(chart.locator("[data-tooltip-month]")).toHaveText(last.text.month!.replace(/^(\d{4})-(\d{2})$/, (_, year, month) => `${new Date(Date.UTC(+year, +month - 1)).toLocaleString("en-GB", { month: "short", timeZone: "UTC" })} ${year}`));
    expect(await chart.locator("[data-tooltip-item] span:last-child").allTextContents()).toEqual(present.map((status) => last.text[status]));
    // With the keyboard (Recharts' keyboard layer): focus the chart, then the arrow keys walk the months from the first.
    await page.mouse.move(0, 0);
    await chart.locator("[data-plot] svg.recharts-surface").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowLeft");
    const countsOf = (month: string[]) => present.map((status) => month[header!.indexOf(status)] ?? "");
    await expect(chart.locator("[data-tooltip-item] span:last-child")).toHaveText(countsOf(months[1]!));
  });

  test("every link in the chart tables opens a list of exactly the pledges the cell counts", async ({ page, request }) => {
    await openDashboard(page);
    const checked: string[] = [];
    for (const id of CHART_IDS) {
      const rows = await tableOf(page, id);
      let links = 0;
      for (const row of rows) {
        for (const [column, href] of Object.entries(row.href)) {
          links++;
          const url = new URL(href, "http://x");
          expect(url.pathname).toBe("/commitments");
          const params = Object.fromEntries(url.searchParams);
          if (params.status) expect(params.status, `${id} ${column}`).toBe(STATUS_ORDER.includes(column) ? column : row.text.status);
          if (params.category) expect(params.category).toBe(row.text.category);
          if (params.side) expect(params.side).toBe(row.text.committed_by);
          if (params.talk) expect(params.talk).toBe(row.text.talk_id);
          const counted = STATUS_ORDER.includes(column) ? Number(row.text[column]) : column === "label" ? Number(row.text.count) : column === "title" ? Number(row.text.pledges) : Number(row.text[column]);
          // A group's name cell links to the whole group: its count is the row's total.
          const expected = Number.isNaN(counted) ? STATUS_ORDER.reduce((sum, status) => sum + Number(row.text[status] ?? 0), 0) : counted;
          // The API's reads are cached stale-while-revalidate too: the first answer after an earlier
          // spec's write may be the old one, the next ones the fresh one.
          await expect
            .poll(async () => ((await (await request.get(`/api/commitments?${url.searchParams}&pageSize=1`)).json()) as { total: number }).total, { message: `${id} ${href}` })
            .toBe(expected);
          checked.push(href);
        }
      }
      expect(links, id).toBeGreaterThan(0);
    }
    // And in the browser: the first link of the category table lands on its list.
    const link = page.locator("[data-chart-table=status-by-category] [data-table-link]").nth(1);
    const text = await link.innerText();
    await link.click();
    await expect(page).toHaveURL(/\/commitments\?category=[a-z-]+&status=[A-Z_]+$/);
    await expect(page.getByTestId("result-count")).toHaveText(resultCount(Number(text)));
    expect(checked.length).toBeGreaterThan(20);
  });

  test("a bounded table links to its table page, which has every row, page by page", async ({ page }) => {
    await openDashboard(page);
    const dashboardRows = await tableOf(page, "status-over-time");
    const more = page.locator("[data-chart=status-over-time] [data-table-more]");
    // The seed's months run from the first talk (2020) to today: more than the twelve the dashboard shows.
    await expect(more).toContainText(`The table shows the last ${dashboardRows.length} months`);
    await more.getByRole("link").click();
    await expect(page).toHaveURL(/\/charts\/status-over-time$/);
    const table = page.locator("[data-chart-table=status-over-time]");
    const all = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelector("td")!.textContent));
    const pager = page.locator("nav [aria-current=page]");
    const pageCount = (await pager.count()) ? Number(/of (\d+)/.exec((await pager.textContent())!)![1]) : 1;
    if (pageCount > 1) expect(all.length).toBe(50);
    expect(all.length).toBeGreaterThan(dashboardRows.length);
    // The last page ends with the months the dashboard shows.
    await page.goto(`/charts/status-over-time?page=${pageCount + 5}`);
    const last = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelector("td")!.textContent));
    expect(last.slice(-dashboardRows.length)).toEqual(dashboardRows.map((row) => row.text.month));
    // Months in order, none twice.
    expect(last).toEqual([...new Set(last)].toSorted());
    await page.goto("/charts/no-such-chart");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("latest status changes are ordered by when they were recorded and show both dates", async ({ page }) => {
    await openDashboard(page);
    const items = page.locator("section[aria-labelledby=latest-title] li");
    expect(await items.count()).toBeGreaterThan(0);
    const dates = await items.evaluateAll((elements) =>
      elements.map((element) => [element.querySelector("[data-effective]")?.getAttribute("datetime"), element.querySelector("[data-recorded]")?.getAttribute("datetime")]),
    );
    for (const [effective, recorded] of dates) {
      expect(effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(recorded).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const recorded = dates.map(([, at]) => at!);
    expect(recorded).toEqual(recorded.toSorted().reverse());
  });

  test("axe finds nothing on the dashboard, tables open, at desktop and phone width; no overflow", async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await openDashboard(page);
      await page.locator("[data-chart] details").evaluateAll((elements) => elements.forEach((element) => ((element as HTMLDetailsElement).open = true)));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      const results = await scanAccessibility(page);
      expect(results.violations.map((violation) => `@${width}: ${violation.id} ${violation.nodes.map((node) => node.target).join(" | ")}`)).toEqual([]);
    }
  });
});
