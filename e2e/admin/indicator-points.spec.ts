// Issue 15, admin: an analyst pastes a series' points as CSV. A paste with a bad row is refused
// with the row and column named, nothing is written and the text stays in the box; fixed, it is
// previewed row by row, applied, and the new point is in the public chart's table and the API.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { E2E_BASE_URL } from "../support/server";

test.use({ storageState: storageStateOf("analyst") });

const SERIES = "guangxi-vietnam-freight-train-teu";
const NAME = "China–Vietnam freight trains from Guangxi: containers carried";
const PLEDGE = "raise-rail-transit-quota-vietnamese-goods";

interface ApiPoint { period: string; value: number; sourceUrl: string }
const pointsOf = async (request: APIRequestContext) => ((await (await request.get(`/api/indicators/${SERIES}`)).json()) as { points: ApiPoint[] }).points;

test("a pasted CSV with a bad row writes nothing and keeps the text; fixed, it previews and applies", async ({ page, request }) => {
  test.setTimeout(120_000);
  const before = await pointsOf(request);
  // Years before the series' first point: the latest point, and so the pledge's progress, stay as they were.
  const first = Math.min(...before.map((point) => Number(point.period)));
  const [older, oldest] = [String(first - 1), String(first - 2)];
  const header = "period,value,source_url,published_on,note,estimate";
  const goodRow = `${older},19800,https://example.org/e2e-rail-${older},2024-01-15,Pasted in the e2e test,false`;
  const bad = [header, goodRow, `${oldest},12000,,,,`].join("\n");
  const fixed = [header, goodRow, `${oldest},12000,https://example.org/e2e-rail-${oldest},,,true`].join("\n");

  await page.goto("/admin/indicators");
  const list = page.getByTestId("indicator-list");
  await list.getByRole("link", { name: NAME }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("freight trains from Guangxi");

  const box = page.getByLabel("CSV text");
  await box.fill(bad);
  await page.getByRole("button", { name: "Preview (dry run)" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("Nothing was written.");
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr").first()).toContainText("3");
  await expect(errors.locator("tbody tr").first()).toContainText("source_url");
  await expect(page.getByRole("button", { name: "Apply these changes" })).toHaveCount(0);
  await expect(box).toHaveValue(bad);

  // Applying the bad paste directly (as a tool would) is refused whole, too.
  const refused = await request.post(`/api/admin/indicators/${SERIES}/points?dryRun=0`, { headers: { Origin: E2E_BASE_URL, "Content-Type": "text/csv" }, data: bad });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.rows).toEqual([expect.objectContaining({ row: 3, column: "source_url" })]);
  expect(await pointsOf(request)).toEqual(before);

  await box.fill(fixed);
  await page.getByRole("button", { name: "Preview (dry run)" }).click();
  const plan = page.getByTestId("import-plan");
  await expect(plan).toContainText("Preview, nothing written yet.");
  await expect(plan.locator("[data-testid=import-row][data-action=create]")).toHaveCount(2);
  expect(await pointsOf(request)).toEqual(before);

  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(plan).toContainText("Applied.");
  await expect(page.locator(`[data-testid=point-item][data-period="${older}"]`)).toContainText("19,800", { timeout: 20_000 });

  await expect.poll(async () => (await pointsOf(request)).find((point) => point.period === older), { timeout: 20_000 }).toMatchObject({ value: 19800, sourceUrl: `https://example.org/e2e-rail-${older}` });
  // The chart's table names each row's series by its name. The public page is served from a cache refreshed after the write: reload until the fresh render is in.
  await expect.poll(async () => {
    await page.goto(`/commitments/${PLEDGE}`);
    return page.locator(`[data-testid=indicator-table] tr[data-series="${NAME}"][data-period="${older}"]`).getAttribute("data-value", { timeout: 2_000 }).catch(() => null);
  }, { timeout: 30_000, intervals: [500, 1_000, 2_000] }).toBe("19800");
});
