// Issue 16, bulk import: a dry run writes nothing; a file with one bad row writes nothing and
// names the row; a good file applies from the admin page; an export imports back unchanged.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { E2E_BASE_URL } from "../support/server";

test.use({ storageState: storageStateOf("analyst") });

const historyCsv = async (request: APIRequestContext) => (await request.get("/api/export/status-history.csv")).text();
const importCsv = (request: APIRequestContext, kind: string, body: string, dryRun: boolean) =>
  request.post(`/api/admin/import?kind=${kind}&dryRun=${dryRun ? 1 : 0}`, { headers: { Origin: E2E_BASE_URL, "Content-Type": "text/csv" }, data: body });

async function twoPledges(request: APIRequestContext) {
  const list = await (await request.get("/api/commitments?pageSize=2&sort=-title")).json();
  return list.items as { slug: string; title: string; status: string }[];
}
const otherStatus = (status: string) => (status === "STALLED" ? "IN_PROGRESS" : "STALLED");
const today = () => new Date().toISOString().slice(0, 10);

test("a dry run from the admin page shows the plan and writes nothing; applying writes it", async ({ page, request }) => {
  const [first, second] = await twoPledges(request);
  const file = ["commitment_slug,to_status,effective_on,note", `${first!.slug},${otherStatus(first!.status)},${today()},Imported from a spreadsheet`, `${second!.slug},${otherStatus(second!.status)},${today()},"Imported, with a comma"`].join("\r\n");
  const before = await historyCsv(request);

  await page.goto("/admin/import");
  await page.getByLabel("The file holds").selectOption("status-changes");
  await page.getByLabel("CSV file (UTF-8)").setInputFiles({ name: "updates.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByTestId("import-plan")).toContainText("Dry run, nothing written.");
  await expect(page.getByTestId("import-row")).toHaveCount(2);
  await expect(page.getByTestId("import-row").first()).toContainText(first!.slug);
  await expect(page.getByTestId("import-row").first()).toContainText(otherStatus(first!.status));
  expect(await historyCsv(request)).toBe(before);
  expect((await (await request.get(`/api/commitments/${first!.slug}`)).json()).status).toBe(first!.status);

  await page.getByRole("button", { name: "Apply these changes" }).click();
  await expect(page.getByTestId("import-plan")).toContainText("Applied.");
  await expect.poll(async () => (await (await request.get(`/api/commitments/${first!.slug}`)).json()).status, { timeout: 5_000 }).toBe(otherStatus(first!.status));
  await expect.poll(async () => (await (await request.get(`/api/commitments/${second!.slug}`)).json()).status, { timeout: 5_000 }).toBe(otherStatus(second!.status));

  // The same file again changes nothing: the history already has these entries.
  const again = await (await importCsv(request, "status-changes", file, true)).json();
  expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2 });
});

test("an import with one bad row writes nothing and names the row", async ({ page, request }) => {
  const [first, second] = await twoPledges(request);
  const file = ["commitment_slug,to_status,effective_on,note", `${first!.slug},ANNOUNCED,${today()},fine`, `${second!.slug},SORT_OF_DONE,${today()},bad status`, `${first!.slug},FULFILLED,${today()},fine too`].join("\n");
  const before = await historyCsv(request);

  const response = await importCsv(request, "status-changes", file, false);
  expect(response.status()).toBe(422);
  const body = await response.json();
  expect(body.error.rows).toEqual([{ row: 3, column: "to_status", message: expect.any(String) }]);
  expect(await historyCsv(request)).toBe(before);
  expect((await (await request.get(`/api/commitments/${first!.slug}`)).json()).status).toBe(first!.status);

  await page.goto("/admin/import");
  await page.getByLabel("CSV file (UTF-8)").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("Nothing was written.");
  await expect(errors.locator("tbody tr")).toHaveCount(1);
  await expect(errors.locator("tbody tr").first()).toContainText("3");
  await expect(errors.locator("tbody tr").first()).toContainText("to_status");
  await expect(page.getByRole("button", { name: "Apply these changes" })).toHaveCount(0);
  expect(await historyCsv(request)).toBe(before);
});

test("each export imports back as unchanged", async ({ request }) => {
  for (const [kind, path] of [["commitments", "/api/export/commitments.csv?kind=all"], ["evidence", "/api/export/evidence.csv"], ["status-changes", "/api/export/status-history.csv"]] as const) {
    const exported = await (await request.get(path)).text();
    const response = await importCsv(request, kind, exported, true);
    expect(response.status(), `${kind}: ${(await response.text()).slice(0, 500)}`).toBe(200);
    const plan = await response.json();
    const changed = plan.rows.filter((row: { action: string }) => row.action !== "unchanged");
    expect(changed, kind).toEqual([]);
    expect(plan.counts.unchanged, kind).toBeGreaterThan(10);
  }
});
