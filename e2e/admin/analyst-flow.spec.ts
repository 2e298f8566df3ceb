import { expect, request as playwrightRequest, test } from "@playwright/test";
import { E2E_BASE_URL } from "../support/server";
import { storageStateOf } from "../support/auth";
import { expectAudited, expectFormMessage, fillFields, firstPledge, openPledgeInAdmin } from "../support/admin-pages";

test.use({ storageState: storageStateOf("analyst") });

test("an analyst adds evidence, moves a status, and the public data changes within a second", async ({ page, request, browser }) => {
  const pledge = await firstPledge(request, 0);
  const newStatus = pledge.status === "STALLED" ? "IN_PROGRESS" : "STALLED";
  const evidenceUrl = `https://example.org/e2e/evidence-${Date.now()}`;
  // The public dashboard's numbers and the CSV export, as the public sees them before (and cached).
  const countOf = (stats: { statusBreakdown: { status: string; count: number }[] }, status: string) =>
    stats.statusBreakdown.find((row) => row.status === status)?.count ?? 0;
  const statsBefore = await (await request.get("/api/stats")).json();
  // The dashboard's data is in Next's server cache from here until the next write.
  const reader = await playwrightRequest.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  expect((await reader.get("/")).status()).toBe(200);
  expect(await (await request.get("/api/export/status-history.csv")).text()).not.toContain(evidenceUrl);
  await openPledgeInAdmin(page, pledge.title);

  // Evidence
  await page.getByText("Add evidence", { exact: true }).first().click();
  const evidenceForm = page.getByTestId("add-evidence-form");
  await fillFields(evidenceForm, {
    URL: evidenceUrl,
    Title: "E2E: ministry confirms the work stopped",
    Publisher: "E2E Gazette",
    "Published on": "2026-11-20",
    Stance: "SETBACK",
    Summary: "A dated report that the work has stopped.",
  });
  await evidenceForm.getByRole("button", { name: "Add evidence" }).click();
  await expectFormMessage(evidenceForm, "Evidence added.");
  await expect(page.getByTestId("evidence-item").filter({ hasText: "E2E: ministry confirms" })).toBeVisible();

  // A duplicate URL on the same pledge is refused, and the input is kept.
  await fillFields(evidenceForm, { URL: evidenceUrl, Title: "Same link again", Publisher: "E2E Gazette", "Published on": "2026-11-21", Summary: "dup" });
  await evidenceForm.getByRole("button", { name: "Add evidence" }).click();
  await expectFormMessage(evidenceForm, "This pledge already has evidence with this URL.");
  await expect(evidenceForm.locator('[id$="-url-errors"]')).toHaveText("This pledge already has evidence with this URL.");
  await expect(evidenceForm.getByLabel("Title", { exact: false })).toHaveValue("Same link again");

  // Status update: a required note is enforced first, without losing the rest.
  const statusForm = page.getByTestId("status-form");
  await statusForm.getByLabel("New status").selectOption(newStatus);
  await statusForm.getByLabel("Effective date", { exact: false }).fill("2026-11-20");
  await statusForm.getByLabel("E2E: ministry confirms the work stopped").check();
  await statusForm.getByRole("button", { name: "Record status update" }).click();
  await expect(statusForm.locator('[id$="-note-errors"]')).toHaveText("Required.");
  await expect(statusForm.getByLabel("Effective date", { exact: false })).toHaveValue("2026-11-20");

  await statusForm.getByLabel("Note", { exact: false }).fill("E2E: the ministry reports the work has stopped.");
  await statusForm.getByLabel("E2E: ministry confirms the work stopped").check();
  await statusForm.getByRole("button", { name: "Record status update" }).click();
  await expectFormMessage(statusForm, "Status update recorded.");
  await expect(page.getByTestId("current-status")).toContainText("2026-11-20");

  // Stale-while-revalidate: a read right after the write may get the cached answer while a fresh
  // one renders; within a second every public view has the change.
  const soon = { timeout: 1_000, intervals: [50] };
  const json = async (path: string) => (await request.get(path)).json();
  await expect.poll(async () => (await json(`/api/commitments/${pledge.slug}`)).status, soon).toBe(newStatus);
  const detail = await json(`/api/commitments/${pledge.slug}`);
  expect(detail.statusEffectiveOn).toBe("2026-11-20");
  expect(detail.evidence.map((item: { url: string }) => item.url)).toContain(evidenceUrl);
  const latest = detail.statusHistory.at(-1);
  expect(latest).toMatchObject({ toStatus: newStatus, note: "E2E: the ministry reports the work has stopped." });
  expect(latest.evidence.map((item: { url: string }) => item.url)).toEqual([evidenceUrl]);
  await expect.poll(async () => (await json(`/api/commitments?status=${newStatus}&pageSize=100`)).items.map((item: { slug: string }) => item.slug), soon).toContain(pledge.slug);

  // The public pledge page, the dashboard and the CSV exports change too.
  await expect.poll(async () => (await request.get(`/commitments/${pledge.slug}`)).text(), soon).toContain("E2E: the ministry reports the work has stopped.");
  await expect.poll(async () => countOf(await json("/api/stats"), newStatus), soon).toBe(countOf(statsBefore, newStatus) + 1);
  const statsAfter = await json("/api/stats");
  expect(countOf(statsAfter, pledge.status)).toBe(countOf(statsBefore, pledge.status) - 1);
  const latestChange = (change: { toStatus: string; commitment: { slug: string } }) => change.commitment.slug === pledge.slug && change.toStatus === newStatus;
  expect(statsAfter.latestChanges.some(latestChange)).toBe(true);
  expect(statsBefore.latestChanges.some(latestChange)).toBe(false);
  // A keep-alive socket the server closed as it was reused resets; the poll asks again.
  await expect.poll(async () => reader.get("/").then((response) => response.text(), () => ""), soon).toContain(`/commitments/${pledge.slug}`);
  await reader.dispose();
  const history = await (await request.get("/api/export/status-history.csv")).text();
  expect(history).toContain("E2E: the ministry reports the work has stopped.");
  expect(history).toContain(evidenceUrl);
  await expect.poll(async () => (await request.get(`/api/export/commitments.csv?status=${newStatus}`)).text(), soon).toContain(pledge.slug);

  // Evidence cited by the history cannot be removed.
  const item = page.getByTestId("evidence-item").filter({ hasText: "E2E: ministry confirms" });
  await item.getByText("Edit", { exact: true }).click();
  page.once("dialog", (dialog) => dialog.accept()); // removing asks first
  await item.getByRole("button", { name: "Remove" }).click();
  await expect(item.getByRole("alert")).toContainText("cannot be removed");

  // The audit log shows both changes, by this analyst, with before/after.
  await expectAudited(browser, "Evidence", "e2e-analyst@example.org", "create", evidenceUrl);
  await expectAudited(browser, "Commitment", "e2e-analyst@example.org", "status-change", "E2E: the ministry reports the work has stopped.");
});
