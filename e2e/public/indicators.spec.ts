// Issue 15: numeric pledges tracked against their targets from both sides' published figures. The
// chart's table says what the API says, every figure links to its source, progress comes from the
// latest point, and the CSV holds the same points.
import { expect, test } from "@playwright/test";

interface ApiPoint { period: string; value: number; sourceUrl: string; publishedOn: string | null }
interface ApiIndicator { slug: string; name: string; unit: string; publisher: string; side: "CHINA" | "VIETNAM"; points: ApiPoint[] }

const SIDE_LABEL = { CHINA: "China's figures", VIETNAM: "Vietnam's figures" };

test.describe("measured indicators", () => {
  test("the trade-balance pledge charts both sides' series, and its table matches the API point by point", async ({ page, request }) => {
    const pledge = await (await request.get("/api/commitments/more-balanced-trade")).json();
    const indicators = pledge.indicators as ApiIndicator[];
    expect(indicators.map((indicator) => indicator.side).sort()).toEqual(["CHINA", "VIETNAM"]);

    await page.goto("/commitments/more-balanced-trade");
    // Both series share one chart: the same unit.
    const charts = page.getByTestId("indicator-chart");
    await expect(charts).toHaveCount(1);
    const rows = charts.first().getByTestId("indicator-table").locator("tbody tr");
    const expected = indicators.flatMap((indicator) => indicator.points.map((point) => ({ ...point, side: indicator.side })));
    await expect(rows).toHaveCount(expected.length);
    for (const point of expected) {
      const row = rows.filter({ has: page.locator(`td:text-is("${SIDE_LABEL[point.side]}")`) }).filter({ has: page.locator(`td:text-is("${point.period}")`) });
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute("data-value", String(point.value));
      await expect(row.locator("a[data-source]")).toHaveAttribute("href", point.sourceUrl);
    }
    // The chart itself (loaded after the page) draws a marker per point, each a link to its source.
    const markers = charts.first().locator("svg a[data-point-source]");
    await expect(markers).toHaveCount(expected.length);
    const hrefs = await markers.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.sort()).toEqual(expected.map((point) => point.sourceUrl).sort());
  });

  test("the scholarship pledge shows its yearly batches beside its total target, and no percentage of it", async ({ page, request }) => {
    // The 1,000 is a total; a year's batch is not progress towards it (lib/indicators/progress.ts).
    const pledge = await (await request.get("/api/commitments/china-1000-government-scholarships")).json();
    const latest = (pledge.indicators as ApiIndicator[])[0]!.points.at(-1)!;
    expect(pledge).toMatchObject({ progress: null, measuredBy: null, targetPath: { basis: "TOTAL" } });

    await page.goto("/commitments/china-1000-government-scholarships");
    const progress = page.getByTestId("progress");
    await expect(progress).toContainText("No percentage: the target of 1,000 scholarships is a total");
    await expect(progress).not.toContainText("% of the target");
    await expect(page.getByTestId("target-path")).toContainText("1,000 scholarships");
    // The batches are there, the latest with its source, and the target line is drawn on the chart.
    await expect(page.locator(`a[href="${latest.sourceUrl}"]`).first()).toBeAttached();
    await expect(page.getByTestId("indicator-chart").locator("svg").filter({ hasText: "Target: 1,000 scholarships" })).toHaveCount(1);

    await page.goto("/");
    const row = page.getByTestId("measured-pledges").locator("[data-slug=china-1000-government-scholarships]");
    await expect(row).toContainText(`Latest: ${latest.value} scholarships in ${latest.period}`);
    await expect(row).toContainText("no share is shown");
  });

  test("the farm-import and rail pledges show their series", async ({ page }) => {
    for (const [slug, unit] of [["china-expands-imports-vietnamese-farm-aquatic-products", "billion USD"], ["raise-rail-transit-quota-vietnamese-goods", "TEU"]] as const) {
      await page.goto(`/commitments/${slug}`);
      await expect(page.locator(`[data-testid=indicator-chart][data-unit="${unit}"]`)).toHaveCount(1);
    }
  });

  test("the indicators API and CSV hold the same points, each with its source", async ({ request }) => {
    const { items } = (await (await request.get("/api/indicators")).json()) as { items: ApiIndicator[] };
    expect(items.length).toBeGreaterThanOrEqual(4);
    const one = await (await request.get(`/api/indicators/${items[0]!.slug}`)).json();
    expect(one.points).toEqual(items[0]!.points);
    expect((await request.get("/api/indicators/no-such-series")).status()).toBe(404);

    const csv = await request.get("/api/export/indicators.csv");
    expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("point_id,indicator_slug,indicator_name,unit,publisher,side,frequency,period,value,estimate,published_on,source_url,note,pledge_slugs");
    const points = items.flatMap((indicator) => indicator.points);
    expect(lines).toHaveLength(points.length + 1);
    for (const point of points) expect(lines.some((line) => line.includes(`,${point.period},${point.value},`) && line.includes(point.sourceUrl))).toBe(true);
  });
});
