import { parse } from "csv-parse/sync";
import { expect, type APIResponse, type Download, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";

export const CHART_IDS = ["status-breakdown", "status-by-category", "status-by-side", "status-over-time", "pledges-per-talk"] as const;

export const PUBLIC_PAGES = ["/", "/commitments", "/commitments?status=IN_PROGRESS&sort=title", "/talks", "/methodology"] as const;

/**
 * The dashboard's charts are drawn when they come near the viewport (components/charts/when-near.tsx):
 * brings each into view in turn, waits until every one has drawn, and scrolls back to the top.
 */
export async function drawCharts(page: Page): Promise<void> {
  for (const box of await page.locator("[data-lazy-chart]").all()) {
    await box.scrollIntoViewIfNeeded();
    await expect(box).toHaveAttribute("data-lazy-chart", "near");
  }
  await expect(page.locator("[data-chart-loading]")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * axe's scan with WCAG 2.2's target size (2.5.8) switched on: axe leaves it off by default, and
 * Lighthouse, which the benchmark runs, counts it (it found the list's 13 px status checkboxes).
 */
export const scanAccessibility = (page: Page) => new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();

/** Parses CSV text (BOM required, as the exports promise) into header + rows. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  if (!text.startsWith("\uFEFF")) throw new Error("CSV has no UTF-8 byte order mark");
  const records: string[][] = parse(text.slice(1), { record_delimiter: "\r\n" });
  const [header, ...rest] = records;
  return { header: header!, rows: rest.map((row) => Object.fromEntries(header!.map((name, index) => [name, row[index]!]))) };
}

/** The body as text with its BOM kept (Response.text() style decoding would strip it). */
export async function responseText(response: APIResponse): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.body());
}

export async function downloadText(download: Download): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await readFile((await download.path())!));
}

/** Slugs of the pledges a list page shows. */
export async function listedSlugs(page: Page): Promise<string[]> {
  return page.locator("[data-testid=commitment-list] > li").evaluateAll((items) => items.map((item) => item.getAttribute("data-slug")!));
}
