import { expect, test, type Page } from "@playwright/test";
import { CHART_IDS, PUBLIC_PAGES, drawCharts, scanAccessibility } from "./support";

/**
 * Visible links with neither an underline nor a border of their own (a button or card): told
 * apart from the text around them by colour alone (WCAG 1.4.1). The site's name in the header
 * and the main navigation (a list of links, not text) are exempt.
 */
async function linksToldApartByColourOnly(page: Page): Promise<string[]> {
  return page.locator("a[href]").evaluateAll((links) =>
    links
      .filter((link) => {
        const box = link.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || link.closest("header") || link.closest("svg")) return false;
        const style = getComputedStyle(link);
        const bordered = ["Top", "Right", "Bottom", "Left"].some((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
        return !style.textDecorationLine.includes("underline") && !bordered;
      })
      .map((link) => `${location.pathname}: ${link.textContent?.trim().slice(0, 60)}`),
  );
}

test.describe("public pages", () => {
  test("the dashboard shows the headline figures and draws every chart from server data", async ({ page }) => {
    const apiCalls: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/")) apiCalls.push(request.url());
    });
    const html = await (await page.request.get("/")).text();
    // Every chart's card (reading, key words, table, CSV) is in the HTML; the Recharts charts themselves load after it.
    for (const id of CHART_IDS) expect(html, `${id} in the HTML`).toMatch(new RegExp(`data-chart="${id}"[\\s\\S]*?data-chart-loading`));
    expect(html).not.toContain("recharts-surface");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await drawCharts(page);
    const tracked = Number(await page.locator("[data-figure=tracked] span").first().innerText());
    expect(tracked).toBeGreaterThanOrEqual(15);
    for (const id of CHART_IDS) {
      const figure = page.locator(`[data-chart=${id}] figure`);
      await expect(figure.locator("svg.recharts-surface").first()).toBeVisible();
      // Non-empty: bars, sectors or areas drawn from the data.
      const marks = figure.locator("[data-mark], .recharts-area-area");
      await expect(marks.first()).toBeVisible();
      expect(await marks.count(), id).toBeGreaterThan(0);
    }
    await expect(page.getByRole("heading", { name: "Latest status changes" })).toBeVisible();
    expect(apiCalls, "charts must not fetch their data on the client").toEqual([]);
  });

  test("each headline figure opens a list of exactly that many pledges", async ({ page }) => {
    for (const key of ["tracked", "fulfilled", "inProgress", "stalledOrNotFulfilled", "overdue"]) {
      await page.goto("/");
      const figure = page.locator(`[data-figure=${key}]`);
      const value = Number(await figure.locator("span").first().innerText());
      await figure.click();
      await expect(page).toHaveURL(/\/commitments/);
      const expected = value === 1 ? "1 pledge" : `${value.toLocaleString("en-GB")} pledges`;
      await expect(page.getByTestId("result-count"), key).toHaveText(expected);
    }
  });

  test("keeps dashboard screenshots at phone and desktop width", async ({ page }) => {
    for (const [name, width] of [["phone", 360], ["desktop", 1280]] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/");
      await drawCharts(page);
      await expect(page.locator("[data-chart=status-over-time] .recharts-area-area").first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/dashboard-${name}.png`, fullPage: true });
    }
  });

  test("clicking a slice opens the list filtered by that status", async ({ page }) => {
    await page.goto("/");
    await drawCharts(page);
    // A donut sector's box centre can fall in the hole, so the click is dispatched on the sector itself.
    await page.locator("[data-chart=status-breakdown] [data-mark] path").first().dispatchEvent("click");
    await expect(page).toHaveURL(/\/commitments\?status=[A-Z_]+$/);
    const status = new URL(page.url()).searchParams.get("status")!;
    const badges = page.locator("[data-testid=commitment-list] [data-status]");
    await expect(badges.first()).toBeVisible();
    for (const badge of await badges.all()) await expect(badge).toHaveAttribute("data-status", status);
  });

  test("clicking a bar opens the list filtered by that category and status", async ({ page }) => {
    await page.goto("/");
    await drawCharts(page);
    await page.locator("[data-chart=status-by-category] [data-mark]").first().click();
    await expect(page).toHaveURL(/\/commitments\?category=[a-z-]+&status=[A-Z_]+$/);
    const url = new URL(page.url());
    const badges = page.locator("[data-testid=commitment-list] [data-status]");
    await expect(badges.first()).toBeVisible();
    for (const badge of await badges.all()) await expect(badge).toHaveAttribute("data-status", url.searchParams.get("status")!);
    await expect(page.getByLabel("Category")).toHaveValue(url.searchParams.get("category")!);
  });

  test("a pledge page shows status, quotes, timeline and evidence, and its quote link lands on the highlighted passage", async ({ page }) => {
    await page.goto("/commitments/ban-gioc-detian-waterfall-tourism-pilot");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("status").locator("[data-status]")).toHaveAttribute("data-status", /[A-Z_]+/);
    expect(await page.getByTestId("timeline").locator("li").count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId("evidence").locator("li").first()).toBeVisible();
    const quote = page.locator("blockquote").first();
    const quoteText = (await quote.innerText()).replace(/^“|”$/g, "");
    const link = page.locator("[data-quote-link]").first();
    const quoteId = await link.getAttribute("data-quote-link");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/talks/\\d+#quote-${quoteId}$`));
    const mark = page.locator(`mark#quote-${quoteId}`);
    await expect(mark).toBeVisible();
    await expect(mark).toHaveText(quoteText);
    // Highlighted as the target (class set on client-side navigation, where :target does not update).
    await expect(mark).toHaveClass(/is-target/);
    await mark.getByRole("link").click();
    await expect(page).toHaveURL(/\/commitments\/ban-gioc-detian-waterfall-tourism-pilot$/);
  });

  test("every talk's readout marks each of its quotes", async ({ page, request }) => {
    const talks = (await (await request.get("/api/talks")).json()) as { items?: { id: number }[] } | { id: number }[];
    const list = Array.isArray(talks) ? talks : (talks.items ?? []);
    expect(list.length).toBeGreaterThan(0);
    for (const { id } of list) {
      const talk = await (await request.get(`/api/talks/${id}`)).json();
      await page.goto(`/talks/${id}`);
      for (const quote of talk.quotes as { id: number; text: string }[]) {
        await expect(page.locator(`#quote-${quote.id}`)).toHaveCount(1);
      }
    }
  });

  test("a keyboard user reaches a chart's data table and the navigation shows where they are", async ({ page }) => {
    await page.goto("/talks");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Talks" })).toHaveAttribute("aria-current", "page");
    await page.goto("/");
    const summary = page.locator("[data-chart-table=status-breakdown] summary");
    for (let presses = 0; presses < 40 && !(await summary.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press("Tab");
    await expect(summary).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-chart-table=status-breakdown] table")).toBeVisible();
  });

  test("unknown addresses get a helpful 404", async ({ page }) => {
    for (const path of ["/no-such-page", "/commitments/no-such-pledge", "/talks/999999", "/talks/abc"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Browse all pledges" })).toBeVisible();
    }
  });

  test("axe finds no violations on any public page, at desktop and phone width", async ({ page }) => {
    // Eleven pages, each scanned twice: well over the default 60 s on a busy two-core machine.
    test.setTimeout(180_000);
    const talkId = await page.request.get("/api/talks").then(async (response) => {
      const body = await response.json();
      return (Array.isArray(body) ? body : body.items)[0].id as number;
    });
    const paths = [...PUBLIC_PAGES, "/commitments/railway-cooperation-highest-priority", `/talks/${talkId}`, "/charts/status-over-time", "/no-such-page"];
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(path);
        await page.locator("main").waitFor();
        if (path === "/") await page.locator("[data-chart] details").first().evaluate((element) => ((element as HTMLDetailsElement).open = true));
        const results = await scanAccessibility(page);
        expect(results.violations.map((violation) => `${path} @${width}: ${violation.id} ${violation.nodes.map((node) => node.target).join(" | ")}`)).toEqual([]);
        expect(await linksToldApartByColourOnly(page), `${path} @${width}`).toEqual([]);
      }
    }
  });

  test("the link check fails on a link told apart by colour only", async ({ page }) => {
    // axe's link-in-text-block (on in the scan above) judges only the links it takes to be in a
    // block of text, and Lighthouse flagged links it passed: the page's own check must catch one.
    await page.goto("/methodology");
    await page.locator("main p").first().evaluate((paragraph) => {
      const link = document.createElement("a");
      link.href = "/";
      link.className = "no-underline text-accent";
      link.textContent = "a colour-only link";
      paragraph.append(" ", link);
    });
    expect(await linksToldApartByColourOnly(page)).toEqual(["/methodology: a colour-only link"]);
  });
});
