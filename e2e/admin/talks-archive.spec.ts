import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectFormMessage, firstPledge, openPledgeInAdmin } from "../support/admin-pages";

test.use({ storageState: storageStateOf("analyst") });

test("a talk edit that would break a quote is refused, naming the quote; the text is kept", async ({ page, request }) => {
  const pledge = await firstPledge(request, 4);
  const detail = await (await request.get(`/api/commitments/${pledge.slug}`)).json();
  const quote = detail.quotes[0] as { text: string; talk: { id: number } };
  await page.goto(`/admin/talks/${quote.talk.id}`);
  const form = page.getByTestId("talk-form");
  const text = form.getByLabel("Readout text", { exact: false });
  const edited = (await text.inputValue()).replace(quote.text, quote.text.replace(/ /g, "  "));
  await text.fill(edited);
  await form.getByRole("button", { name: "Save" }).click();
  await expectFormMessage(form, /This edit would break \d+ quote/);
  await expect(form.locator('[id$="-text-errors"]')).toContainText(quote.text.slice(0, 40));
  await expect(text).toHaveValue(edited);
  const talk = await (await request.get(`/api/talks/${quote.talk.id}`)).json();
  expect(talk.text).toContain(quote.text);
});

// Stale-while-revalidate: the read right after a write may still get the cached answer while a
// fresh one is made; within a second the public API has the change.
const withinASecond = { timeout: 1_000, intervals: [50] };

test("archiving hides a pledge from the public API within a second; restoring brings it back", async ({ page, request }) => {
  const pledge = await firstPledge(request, 5);
  await openPledgeInAdmin(page, pledge.title);
  page.once("dialog", (dialog) => dialog.accept()); // archiving asks first; restoring does not
  await page.getByRole("button", { name: "Archive" }).click();
  await expectFormMessage(page.locator("form").filter({ hasText: "Pledge archived." }), "Pledge archived.");
  await expect.poll(async () => (await request.get(`/api/commitments/${pledge.slug}`)).status(), withinASecond).toBe(404);
  await page.getByRole("button", { name: "Restore" }).click();
  await expectFormMessage(page.locator("form").filter({ hasText: "Pledge restored." }), "Pledge restored.");
  await expect.poll(async () => (await request.get(`/api/commitments/${pledge.slug}`)).status(), withinASecond).toBe(200);
});
