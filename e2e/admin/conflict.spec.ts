import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectAudited, expectFormMessage, firstPledge, openPledgeInAdmin } from "../support/admin-pages";

test("two analysts saving the same pledge: one success, one conflict with input kept", async ({ browser, request }) => {
  const pledge = await firstPledge(request, 2);
  const first = await browser.newContext({ storageState: storageStateOf("analyst") });
  const second = await browser.newContext({ storageState: storageStateOf("analyst2") });
  const [pageA, pageB] = [await first.newPage(), await second.newPage()];
  await openPledgeInAdmin(pageA, pledge.title);
  await openPledgeInAdmin(pageB, pledge.title);

  const formA = pageA.getByTestId("commitment-form");
  const formB = pageB.getByTestId("commitment-form");
  await formA.getByLabel("Title", { exact: false }).fill(`${pledge.title} (edited by A)`);
  await formB.getByLabel("Title", { exact: false }).fill(`${pledge.title} (edited by B)`);
  // A title is a published fact: its edit says what was wrong (issue 14, /corrections).
  await formA.getByLabel("Correction note", { exact: false }).fill("E2E: the title was wrong (A).");
  await formB.getByLabel("Correction note", { exact: false }).fill("E2E: the title was wrong (B).");

  await formA.getByRole("button", { name: "Save" }).click();
  await expectFormMessage(formA, "Saved.");
  await formB.getByRole("button", { name: "Save" }).click();
  await expectFormMessage(formB, "Someone else saved this record after you opened it.");
  await expect(formB.locator("[role=alert]")).toHaveAttribute("data-code", "conflict");
  await expect(formB.getByLabel("Title", { exact: false })).toHaveValue(`${pledge.title} (edited by B)`);

  const detail = await (await request.get(`/api/commitments/${pledge.slug}`)).json();
  expect(detail.title).toBe(`${pledge.title} (edited by A)`);
  // One update in the log (A's), with the title's before and after.
  await expectAudited(browser, "Commitment", "e2e-analyst@example.org", "update", `${pledge.title} (edited by A)`);
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const audit = await admin.newPage();
  await audit.goto("/admin/audit?entity=Commitment");
  await expect(audit.getByTestId("audit-entry").filter({ hasText: "(edited by B)" })).toHaveCount(0);
  await admin.close();
  await first.close();
  await second.close();
});
