// Checklist row 7: markup an analyst types into evidence is shown as text on every public page,
// never run; evidence links only ever point to http(s) and open without an opener.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectFormMessage, fillFields, firstPledge, openPledgeInAdmin } from "../support/admin-pages";

const MARKUP = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=1</script>`;

test.describe("stored markup", () => {
  test.use({ storageState: storageStateOf("analyst") });

  test("evidence titles and summaries with markup render as text, run nothing", async ({ page, browser, request }) => {
    const pledge = await firstPledge(request, 7);
    await openPledgeInAdmin(page, pledge.title);
    await page.getByText("Add evidence", { exact: true }).first().click();
    const form = page.getByTestId("add-evidence-form");
    await fillFields(form, {
      URL: `https://example.org/xss-${Date.now()}`,
      Title: `Title ${MARKUP}`,
      Publisher: `Publisher ${MARKUP}`,
      "Published on": "2026-11-01",
      Stance: "CONTEXT",
      Summary: `Summary ${MARKUP}`,
    });
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expectFormMessage(form, "Evidence added.");

    // A visitor without a session reads the public pages.
    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const publicPage = await visitor.newPage();
    const dialogs: string[] = [];
    publicPage.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const path of [`/commitments/${pledge.slug}`, "/", "/commitments"]) {
      await publicPage.goto(path);
      await publicPage.waitForLoadState("load");
    }
    await publicPage.goto(`/commitments/${pledge.slug}`);
    await expect(publicPage.getByText(`Title ${MARKUP}`).first()).toBeVisible();
    expect(await publicPage.locator('img[src="x"]').count()).toBe(0);
    expect(await publicPage.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    for (const link of await publicPage.locator('a[target="_blank"]').all()) {
      expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
      expect(await link.getAttribute("rel")).toContain("noopener");
    }
    await visitor.close();
  });
});
