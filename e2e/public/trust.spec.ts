// Issue 10: the figures a journalist cites count commitments only; every talk names its source
// or says why not; a proposal answered with "acknowledged" is not an agreement; no percentage
// without a measured value.
import { expect, test } from "@playwright/test";

test.describe("numbers that can be cited", () => {
  test("headline figures count commitments only, and the list shows statements only when asked", async ({ page, request }) => {
    const stats = await (await request.get("/api/stats")).json();
    const commitments = await (await request.get("/api/commitments?pageSize=1")).json();
    const statements = await (await request.get("/api/commitments?kind=statement&pageSize=1")).json();
    expect(statements.total).toBeGreaterThan(0);
    expect(stats.headline.tracked).toBe(commitments.total);
    expect(stats.headline.statements).toBe(statements.total);
    const charted = stats.statusBreakdown.reduce((sum: number, row: { count: number }) => sum + row.count, 0);
    expect(charted).toBe(commitments.total);

    await page.goto("/commitments?kind=statement&pageSize=100");
    const items = page.getByTestId("commitment-list").locator("li");
    await expect(items).toHaveCount(Math.min(100, statements.total));
    await expect(items.first()).toContainText("Statement");
    await page.goto("/commitments/deepen-practical-cooperation");
    await expect(page.getByTestId("kind")).toContainText("left out of every figure");
  });

  test("every talk has its source link or says why it has none, on the talks and coverage pages", async ({ page, request }) => {
    const talks = ((await (await request.get("/api/talks")).json()) as { items: unknown[] }).items;
    for (const path of ["/talks", "/coverage"]) {
      await page.goto(path);
      const sources = page.getByTestId("talk-source");
      await expect(sources).toHaveCount(talks.length);
      for (const source of await sources.all()) {
        const linked = await source.getByRole("link").count();
        if (!linked) await expect(source).toContainText("No source address:");
        await expect(source).toContainText(/side's readout/);
      }
    }
    await expect(page.getByTestId("coverage-summary")).toContainText(`${talks.length} readouts`);
  });

  test("a request acknowledged only is shown as a proposal, with the request and the response quoted", async ({ page }) => {
    await page.goto("/commitments/market-opening-vietnamese-farm-products");
    await expect(page.getByTestId("request")).toContainText("acknowledged only (not an agreement)");
    await expect(page.getByText("Firmness: Proposal")).toBeVisible();
    await expect(page.getByText("The request", { exact: true })).toBeVisible();
    await expect(page.getByText("The response", { exact: true })).toBeVisible();
  });

  test("no percentage without a measured value", async ({ page, request }) => {
    // No seeded pledge has a published running total or a per-period target that a series measures
    // (the scholarship series counts yearly batches against a total: lib/indicators/progress.ts).
    const { items } = await (await request.get("/api/commitments?kind=all&pageSize=100")).json();
    const measured = items.filter((item: { progress: number | null }) => item.progress !== null);
    expect(measured).toEqual([]);
    await page.goto("/commitments/china-1000-government-scholarships");
    await expect(page.getByTestId("progress")).toContainText("No percentage");
    await page.goto("/commitments?pageSize=100");
    await expect(page.getByTestId("commitment-list")).toBeVisible();
    await expect(page.getByTestId("commitment-list").getByText("% of the target")).toHaveCount(0);
  });
});
