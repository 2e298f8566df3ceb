// Issue 10, review: "checked, nothing new" is one click, moves no status, and the public record
// says when the pledge was last reviewed and by whom.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectAudited, expectFormMessage, openPledgeInAdmin } from "../support/admin-pages";

test.use({ storageState: storageStateOf("analyst") });

test("an analyst records a review without a status change, and the public page shows it", async ({ page, request, browser }) => {
  const never = await (await request.get("/api/commitments?kind=all&review=never&pageSize=1")).json();
  // The seed leaves statements and two re-classified commitments unreviewed (seed/data/NOTES.md).
  expect(never.total).toBeGreaterThan(0);
  const pledge = never.items[0] as { slug: string; title: string; status: string };
  const before = await (await request.get(`/api/commitments/${pledge.slug}`)).json();
  expect(before.reviewedOn).toBeNull();

  const id = await openPledgeInAdmin(page, pledge.title);
  await expect(page.getByTestId("review-state")).toHaveText("Not yet reviewed.");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Review" }) });
  await section.getByRole("button", { name: "Reviewed today: nothing new" }).click();
  await expectFormMessage(section, "Review recorded.");
  const today = new Date().toISOString().slice(0, 10);
  await page.reload();
  await expect(page.getByTestId("review-state")).toContainText(`Last reviewed on ${today} by E2E Analyst`);

  // Public reads are cached and refreshed within about a second of a write (README, several instances).
  await expect.poll(async () => (await (await request.get(`/api/commitments/${pledge.slug}`)).json()).reviewedOn, { timeout: 5_000 }).toBe(today);
  const after = await (await request.get(`/api/commitments/${pledge.slug}`)).json();
  expect(after.status).toBe(before.status);
  expect(after.statusHistory).toHaveLength(before.statusHistory.length);

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const publicPage = await reader.newPage();
  await expect
    .poll(async () => {
      await publicPage.goto(`/commitments/${pledge.slug}`);
      return publicPage.getByTestId("reviewed").innerText();
    }, { timeout: 5_000 })
    .not.toContain("Not yet reviewed");
  await expect(publicPage.getByTestId("reviewed")).not.toContainText("E2E Analyst");
  await reader.close();
  await expectAudited(browser, "Commitment", "E2E Analyst", "review", String(id));
});
