// Issue 14 in the browser: the dashboard's date picker and the as-of banner, a bad date as a
// notice, the revision history of a pledge with a corrected title (asked for by the admin form),
// the corrections log linked from every page, and the feeds' discovery links.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectFormMessage, firstPledge, openPledgeInAdmin } from "../support/admin-pages";

test.describe("the record on an earlier date", () => {
  test("the date picker shows the dashboard as of a date, with a banner, and every figure follows", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
    const picker = page.getByTestId("as-of-picker");
    await picker.getByLabel("As of").fill("2022-12-31");
    await picker.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/\/\?asOf=2022-12-31$/);
    const banner = page.getByTestId("as-of-banner");
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("as it stood on 31 Dec 2022");
    await expect(page.getByTestId("data-as-of")).toContainText("31 Dec 2022");
    await expect(picker.getByLabel("As of")).toHaveValue("2022-12-31");

    const stats = await (await request.get("/api/stats?asOf=2022-12-31")).json();
    const today = await (await request.get("/api/stats")).json();
    expect(stats.asOf).toBe("2022-12-31");
    expect(stats.headline.tracked).toBeLessThan(today.headline.tracked);
    await expect(page.locator("[data-figure=tracked]")).toContainText(String(stats.headline.tracked));
    await expect(page.locator("[data-figure=tracked]")).toHaveAttribute("href", "/commitments?asOf=2022-12-31");
    // The export links are of the same date.
    await expect(page.getByRole("link", { name: "Status history (CSV)" })).toHaveAttribute("href", "/api/export/status-history.csv?asOf=2022-12-31");

    // The figure opens the list of that date, which counts the same pledges.
    await page.locator("[data-figure=tracked]").click();
    await page.waitForURL(/\/commitments\?asOf=2022-12-31$/);
    await expect(page.getByTestId("as-of-banner")).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(`${stats.headline.tracked} pledges`);
    const first = page.locator("[data-testid=commitment-list] > li a").first();
    await expect(first).toHaveAttribute("href", /\?asOf=2022-12-31$/);
    await first.click();
    await expect(page.getByTestId("as-of-banner")).toBeVisible();

    await page.getByRole("link", { name: "Show today's record" }).click();
    await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("the as-of dashboard passes the accessibility checks", async ({ page }) => {
    await page.goto("/?asOf=2021-06-30&recordedBy=2026-12-01");
    await expect(page.getByTestId("as-of-banner")).toContainText("recorded by 1 Dec 2026");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("a bad date is a notice on a page and a 400 from the API, never a 5xx", async ({ page, request }) => {
    for (const path of ["/?asOf=2022-02-30", "/commitments?asOf=tomorrow", "/?asOf=2999-01-01"]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(200);
      await expect(page.getByTestId("as-of-invalid")).toBeVisible();
      await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
    }
    for (const path of ["/api/stats?asOf=2022-02-30", "/api/commitments?asOf=x", "/api/export/commitments.csv?recordedBy=2022-13-01", "/api/export/dataset.json?asOf=1"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
  });

  test("a pledge as of a date before it was made says so", async ({ page, request }) => {
    const list = await (await request.get("/api/commitments?sort=-updated&pageSize=1")).json();
    const slug = list.items[0].slug as string;
    await page.goto(`/commitments/${slug}?asOf=2020-01-01`);
    await expect(page.getByTestId("not-yet-made")).toBeVisible();
    const api = await request.get(`/api/commitments/${slug}?asOf=2020-01-01`);
    expect(api.status()).toBe(404);
    expect((await api.json()).error.code).toBe("not_yet_made");
  });
});

test.describe("revisions and corrections", () => {
  test("a corrected title: the form asks for a note, the history shows the diff, /corrections and the feed have it", async ({ browser, page, request }) => {
    const pledge = await firstPledge(request, 7);
    const analyst = await browser.newContext({ storageState: storageStateOf("analyst") });
    const admin = await analyst.newPage();
    await openPledgeInAdmin(admin, pledge.title);
    const form = admin.getByTestId("commitment-form");
    const corrected = `${pledge.title} (corrected)`;
    await form.getByLabel("Title", { exact: false }).fill(corrected);
    await form.getByRole("button", { name: "Save" }).click();
    await expectFormMessage(form, "This edit corrects a published fact");
    await expect(form.getByText("Required: this edit changes the published title")).toBeVisible();
    await form.getByLabel("Correction note", { exact: false }).fill("E2E: the title misread the readout.");
    await form.getByRole("button", { name: "Save" }).click();
    await expectFormMessage(form, "Saved.");
    await analyst.close();

    // The pledge page says it was corrected and links to its history.
    await page.goto(`/commitments/${pledge.slug}`);
    await expect(page.getByTestId("pledge-correction")).toContainText("E2E: the title misread the readout.");
    await page.getByTestId("history-link").click();
    await page.waitForURL(`**/commitments/${pledge.slug}/history`);
    const latest = page.getByTestId("revisions").locator("> li").first();
    await expect(latest).toHaveAttribute("data-kind", "edited");
    await expect(latest.getByTestId("correction-note")).toHaveText("E2E: the title misread the readout.");
    await expect(latest.locator("[data-diff=title] ins")).toContainText("(corrected)");
    await expect(latest).toContainText(/by Analyst \d+/);
    await expect(page.locator("body")).not.toContainText("@example.org");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    // Every page's footer links to the corrections log, which has it first.
    await page.goto("/talks");
    await page.getByTestId("footer-corrections").click();
    await page.waitForURL("**/corrections");
    const first = page.getByTestId("corrections").locator("> li").first();
    await expect(first).toContainText(corrected);
    await expect(first.getByTestId("correction-note")).toHaveText("E2E: the title misread the readout.");

    const feed = await request.get("/feed.atom");
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain("E2E: the title misread the readout.");
  });

  test("the feeds are discoverable on the pages they follow", async ({ page, request }) => {
    const pledge = await firstPledge(request, 3);
    const alternate = 'link[rel=alternate][type="application/atom+xml"]';
    await page.goto("/");
    await expect(page.locator(alternate)).toHaveAttribute("href", /\/feed\.atom$/);
    await page.goto(`/commitments/${pledge.slug}`);
    await expect(page.locator(alternate)).toHaveAttribute("href", new RegExp(`/commitments/${pledge.slug}/feed\\.atom$`));
    await page.goto("/commitments?category=education");
    await expect(page.locator(alternate)).toHaveAttribute("href", /\/categories\/education\/feed\.atom$/);
    for (const path of ["/feed.atom", `/commitments/${pledge.slug}/feed.atom`, "/categories/education/feed.atom"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    }
    expect((await request.get("/categories/no-such-category/feed.atom")).status()).toBe(404);
  });
});
