import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectAudited, expectFormMessage, firstPledge, openPledgeInAdmin } from "../support/admin-pages";

test.use({ storageState: storageStateOf("analyst") });

test("a quote not in the talk is refused with a message; a verbatim one is located and saved", async ({ page, request, browser }) => {
  const pledge = await firstPledge(request, 1);
  const talks = (await (await request.get("/api/talks")).json()).items as { id: number; title: string }[];
  const talk = (await (await request.get(`/api/talks/${talks[0]!.id}`)).json()) as { title: string; text: string };
  await openPledgeInAdmin(page, pledge.title);
  await page.getByText("Add quote", { exact: true }).first().click();
  const form = page.getByTestId("quote-form");
  await form.getByLabel("Talk").selectOption({ label: talk.title });

  const invented = "Both sides agreed to build a bridge to the Moon by 2030.";
  await form.getByLabel("Passage", { exact: false }).fill(invented);
  await expect(form.getByTestId("quote-preview-status")).toHaveText("Not found verbatim in this talk's text.");
  await form.getByRole("button", { name: "Add quote" }).click();
  await expectFormMessage(form, "This passage is not in the talk's text exactly as given.");
  await expect(form.locator('[id$="-text-errors"]')).toContainText("Copy it from the readout without changes.");
  await expect(form.getByLabel("Passage", { exact: false })).toHaveValue(invented);

  const sentence = talk.text.split(/(?<=\.)\s+/).find((part) => part.length > 40 && part.length < 200)!;
  await form.getByLabel("Passage", { exact: false }).fill(sentence);
  const start = talk.text.indexOf(sentence);
  await expect(form.getByTestId("quote-preview-status")).toHaveText(`Found verbatim at characters ${start}–${start + sentence.length}.`);
  await expect(form.locator("mark.quote-highlight")).toHaveText(sentence);
  await form.getByRole("button", { name: "Add quote" }).click();
  await expectFormMessage(form, "Quote added.");
  await expect(form.getByLabel("Passage", { exact: false })).toHaveValue("");
  const detail = await (await request.get(`/api/commitments/${pledge.slug}`)).json();
  expect(detail.quotes).toContainEqual(expect.objectContaining({ text: sentence, startOffset: start, endOffset: start + sentence.length }));
  await expectAudited(browser, "Quote", "e2e-analyst@example.org", "create", sentence.slice(0, 30));
});
