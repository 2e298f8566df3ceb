import { expect, test } from "@playwright/test";
import { CHART_IDS, downloadText, listedSlugs, parseCsv, responseText } from "./support";

const today = new Date().toISOString().slice(0, 10);

test.describe("pledge list", () => {
  test("search and filters change the list and the URL, and the URL restores the view", async ({ page }) => {
    await page.goto("/commitments?pageSize=100");
    const all = await listedSlugs(page);
    expect(all.length).toBeGreaterThanOrEqual(15);

    await page.getByLabel("Search titles, descriptions and quotes").fill("railway");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]q=railway/);
    const searched = await listedSlugs(page);
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.length).toBeLessThan(all.length);
    expect(searched).toContain("railway-cooperation-highest-priority");

    await page.goto("/commitments?pageSize=100");
    await page.getByLabel("Committed by").selectOption("CHINA");
    await page.getByRole("checkbox", { name: "In progress" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/side=CHINA/);
    await expect(page).toHaveURL(/status=IN_PROGRESS/);
    const filtered = await listedSlugs(page);
    expect(filtered.length).toBeLessThan(all.length);
    for (const badge of await page.locator("[data-testid=commitment-list] [data-status]").all()) await expect(badge).toHaveAttribute("data-status", "IN_PROGRESS");

    const shared = page.url();
    await page.goto(shared);
    expect(await listedSlugs(page)).toEqual(filtered);
    await expect(page.getByLabel("Committed by")).toHaveValue("CHINA");
  });

  test("paginates with the filters kept in the links", async ({ page }) => {
    await page.goto("/commitments?pageSize=10&sort=title");
    const first = await listedSlugs(page);
    expect(first).toHaveLength(10);
    await page.getByRole("link", { name: /Next page/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/sort=title/);
    const second = await listedSlugs(page);
    expect(second.some((slug) => first.includes(slug))).toBe(false);
  });

  test("invalid parameters show the whole list with a message, never an error page", async ({ page }) => {
    const response = await page.goto("/commitments?status=DONE&sort=title;DROP%20TABLE&q=%27%20OR%201=1--");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "not valid" })).toContainText("status");
    expect((await listedSlugs(page)).length).toBe(20);
  });
});

test.describe("exports", () => {
  test("Export CSV downloads exactly the filtered set the list shows", async ({ page }) => {
    for (const query of ["status=IN_PROGRESS", "q=railway", "side=VIETNAM&category=trade-agriculture", "overdue=true", ""]) {
      await page.goto(`/commitments?pageSize=100&${query}`);
      const shown = await listedSlugs(page);
      const downloadPromise = page.waitForEvent("download");
      await page.getByTestId("export-csv").click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe(`commitments-${today}.csv`);
      const csv = parseCsv(await downloadText(download));
      expect(csv.header).toEqual(expect.arrayContaining(["slug", "title", "description", "kind", "reviewed_on", "progress"]));
      expect(csv.rows.map((row) => row.slug).sort(), query).toEqual([...shown].sort());
      const countText = await page.getByTestId("result-count").innerText();
      expect(countText).toContain(String(csv.rows.length === 1 ? "1 pledge" : csv.rows.length));
    }
  });

  test("evidence and status-history exports match what the pledge page shows", async ({ page, request }) => {
    const evidence = await request.get("/api/export/evidence.csv");
    expect(evidence.headers()["content-disposition"]).toBe(`attachment; filename="evidence-${today}.csv"`);
    expect(evidence.headers()["content-type"]).toContain("text/csv");
    const evidenceCsv = parseCsv(await responseText(evidence));
    const history = parseCsv(await responseText(await request.get("/api/export/status-history.csv")));
    expect(evidenceCsv.rows.length).toBeGreaterThanOrEqual(30);

    const slug = "railway-cooperation-highest-priority";
    await page.goto(`/commitments/${slug}`);
    const pageEvidence = await page.getByTestId("evidence").locator("li a").allInnerTexts();
    expect(evidenceCsv.rows.filter((row) => row.commitment_slug === slug).map((row) => row.title).sort()).toEqual(pageEvidence.sort());
    const pageTimeline = await page.getByTestId("timeline").locator("li time").evaluateAll((items) => items.map((item) => item.getAttribute("datetime")));
    expect(history.rows.filter((row) => row.commitment_slug === slug).map((row) => row.effective_on).sort()).toEqual(pageTimeline.sort());
    // Vietnamese diacritics survive the round trip.
    expect(evidenceCsv.rows.some((row) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(`${row.title}${row.summary}`))).toBe(true);
    for (const row of [...evidenceCsv.rows, ...history.rows]) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
  });

  test("the dataset download holds the same pledges, evidence and history as the CSV reports", async ({ page, request }) => {
    await page.goto("/");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: /Everything, with quotes and readouts/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`dataset-${today}.json`);
    const dataset = JSON.parse(await downloadText(download)) as {
      commitments: { slug: string; status: string; quotes: { text: string }[] }[];
      evidence: { id: number }[];
      statusChanges: { id: number }[];
    };
    // The dataset holds statements too; the CSV shows them with kind=all.
    const pledges = parseCsv(await responseText(await request.get("/api/export/commitments.csv?kind=all")));
    expect(dataset.commitments.map((row) => `${row.slug} ${row.status}`)).toEqual(pledges.rows.map((row) => `${row.slug} ${row.status}`));
    expect(dataset.commitments.every((row) => row.quotes.length > 0)).toBe(true);
    const evidence = parseCsv(await responseText(await request.get("/api/export/evidence.csv")));
    expect(dataset.evidence.map((row) => String(row.id))).toEqual(evidence.rows.map((row) => row.evidence_id));
    const history = parseCsv(await responseText(await request.get("/api/export/status-history.csv")));
    expect(dataset.statusChanges.map((row) => String(row.id))).toEqual(history.rows.map((row) => row.change_id));
  });

  test("bad filters get a 400 JSON error, not a 500", async ({ request }) => {
    for (const query of ["status=DONE", "sort=title;DROP", "talk=-1", "unknown=1", "pageSize=100000"]) {
      const response = await request.get(`/api/export/commitments.csv?${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
  });

  test("each chart's table alternative and CSV hold exactly the data it draws", async ({ page, request }) => {
    const stats = await (await request.get("/api/stats")).json();
    await page.goto("/");
    for (const id of CHART_IDS) {
      const csvResponse = await request.get(`/api/stats/${id}.csv`);
      expect(csvResponse.headers()["content-disposition"]).toBe(`attachment; filename="${id}-${today}.csv"`);
      const csv = parseCsv(await responseText(csvResponse));
      const details = page.locator(`[data-chart-table=${id}]`);
      await details.locator("summary").click();
      const table = details.locator("table");
      await expect(table).toBeVisible();
      const cells = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "")));
      const all = csv.rows.map((row) => csv.header.map((name) => row[name]));
      if (cells.length === all.length) expect(cells, id).toEqual(all);
      else {
        // A bounded table (the months of status over time, here) shows the CSV's latest rows and says so.
        expect(id).toBe("status-over-time");
        expect(cells).toEqual(all.slice(-12));
        await expect(page.locator(`[data-chart=${id}] [data-table-more]`)).toContainText(`of ${all.length}`);
      }
    }
    const breakdown = parseCsv(await responseText(await request.get("/api/stats/status-breakdown.csv")));
    expect(breakdown.rows.map((row) => [row.status, Number(row.count)])).toEqual(stats.statusBreakdown.map((row: { status: string; count: number }) => [row.status, row.count]));
    const total = breakdown.rows.reduce((sum, row) => sum + Number(row.count), 0);
    expect(total).toBe(stats.headline.tracked);
    expect(Number(await page.locator("[data-figure=tracked] span").first().innerText())).toBe(total);
  });
});
