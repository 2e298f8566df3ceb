// Issue 16, the daily workflow: the status form starts at the current status and warns on
// backward or unchanged moves; archiving asks first; the work queue; the audit log pages and
// links; the quote form keeps its talk and drops a stale error.
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { openPledgeInAdmin } from "../support/admin-pages";

test.describe("as an analyst", () => {
  test.use({ storageState: storageStateOf("analyst") });

  test("the status form comes first and starts at the current status, warning on backward or unchanged moves", async ({ page, request }) => {
    const list = await (await request.get("/api/commitments?status=PARTIALLY_FULFILLED&pageSize=1")).json();
    const pledge = list.items[0] as { title: string; status: string };
    expect(pledge.status).toBe("PARTIALLY_FULFILLED");
    await openPledgeInAdmin(page, pledge.title);
    const form = page.getByTestId("status-form");
    const select = form.getByLabel("New status");
    await expect(select).toHaveValue("PARTIALLY_FULFILLED");
    // First on the page: before the pledge's own fields.
    const [statusTop, fieldsTop] = await Promise.all([form.boundingBox(), page.getByTestId("commitment-form").boundingBox()]);
    expect(statusTop!.y).toBeLessThan(fieldsTop!.y);

    const warning = form.getByTestId("status-move-warning");
    await expect(warning).toContainText("already the current status");
    await select.selectOption("FULFILLED");
    await expect(warning).toHaveCount(0);
    await select.selectOption("IN_PROGRESS");
    await expect(warning).toContainText("moves the pledge back from Partially fulfilled to In progress");

    // A refused save keeps the chosen status (and its warning).
    await form.getByRole("button", { name: "Record status update" }).click();
    await expect(form.getByRole("alert")).toBeVisible();
    await expect(select).toHaveValue("IN_PROGRESS");
    await expect(warning).toContainText("moves the pledge back");
  });

  test("archiving asks first, and nothing happens when the analyst says no", async ({ page, request }) => {
    const list = await (await request.get("/api/commitments?pageSize=1&sort=-updated")).json();
    const pledge = list.items[0] as { title: string; slug: string };
    await openPledgeInAdmin(page, pledge.title);
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Archive", exact: true }).click();
    await expect.poll(() => asked).toContain("Archive this pledge?");
    await page.reload();
    await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();
    expect((await request.get(`/api/commitments/${pledge.slug}`)).status()).toBe(200);
  });

  test("the work queue lists what needs an analyst, with counts that match the list", async ({ page, request }) => {
    const never = await (await request.get("/api/commitments?kind=all&review=never&pageSize=1")).json();
    const overdue = await (await request.get("/api/commitments?overdue=true&pageSize=1")).json();
    await page.goto("/admin");
    const queue = page.getByTestId("work-queue");
    await expect(queue.getByTestId("queue-neverReviewed").getByRole("heading")).toContainText(`(${never.total})`);
    await expect(queue.getByTestId("queue-overdue").getByRole("heading")).toContainText(`(${overdue.total})`);
    await expect(queue.getByTestId("queue-stale")).toContainText("Not reviewed in 90 days");
    const first = queue.getByTestId("queue-overdue").getByRole("link").first();
    const title = await first.innerText();
    await first.click();
    await page.waitForURL(/\/admin\/commitments\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    // A search shows the list alone.
    await page.goto("/admin?q=railway");
    await expect(page.getByTestId("work-queue")).toHaveCount(0);
  });

  test("after a refused quote, the talk stays chosen and the old error gives way to the live check", async ({ page, request }) => {
    const list = await (await request.get("/api/commitments?pageSize=1&sort=title")).json();
    const talks = (await (await request.get("/api/talks")).json()).items as { id: number; title: string }[];
    const talk = (await (await request.get(`/api/talks/${talks[0]!.id}`)).json()) as { title: string; text: string };
    await openPledgeInAdmin(page, list.items[0].title);
    await page.getByText("Add quote", { exact: true }).first().click();
    const form = page.getByTestId("quote-form");
    await form.getByLabel("Talk").selectOption({ label: talk.title });
    await form.getByLabel("Passage", { exact: false }).fill("Words that were never said in any readout at all.");
    await form.getByRole("button", { name: "Add quote" }).click();
    await expect(form.getByRole("alert")).toContainText("not in the talk's text");
    await expect(form.getByLabel("Talk")).toHaveValue(String(talks[0]!.id));
    const sentence = talk.text.split(/(?<=\.)\s+/).find((part) => part.length > 40 && part.length < 200)!;
    await form.getByLabel("Passage", { exact: false }).fill(sentence);
    await expect(form.getByTestId("quote-preview-status")).toContainText("Found verbatim");
    await expect(form.getByRole("alert")).toHaveCount(0);
    await expect(form.locator('[id$="-text-errors"]')).toHaveCount(0);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("the audit log pages, filters by action, and links each entry to its record", async ({ page }) => {
    await page.goto("/admin/audit");
    const entries = page.getByTestId("audit-entry");
    await expect(entries).toHaveCount(50);
    const pageLabel = page.getByText(/^Page 1 of \d+$/);
    await expect(pageLabel).toBeVisible();
    const firstOnPageOne = await entries.first().innerText();
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    expect(await entries.first().innerText()).not.toBe(firstOnPageOne);

    await page.goto("/admin/audit");
    await page.getByLabel("Action").selectOption("create");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/action=create/);
    await expect(entries.first()).toContainText("create");
    for (const text of await entries.locator(".font-mono").first().allInnerTexts()) expect(text).toBe("create");

    await page.goto("/admin/audit?entity=Commitment");
    const link = entries.first().getByRole("link", { name: /^Commitment #\d+$/ });
    const id = (await link.innerText()).split("#")[1]!;
    await entries.first().getByRole("link", { name: "its history" }).click();
    await expect(page).toHaveURL(new RegExp(`entity=Commitment&id=${id}`));
    await expect(page.getByText(`only Commitment #${id}`)).toBeVisible();
    await page.getByTestId("audit-entry").first().getByRole("link", { name: `Commitment #${id}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/commitments/${id}$`));
  });
});

test.describe("an Edit link on the public pledge page", () => {
  test("is there for a signed-in analyst and opens the pledge in the admin", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("analyst") });
    const page = await context.newPage();
    await page.goto("/commitments/china-1000-government-scholarships");
    await page.getByTestId("analyst-edit").click();
    await expect(page).toHaveURL(/\/admin\/commitments\/\d+$/);
    await expect(page.getByTestId("status-form")).toBeVisible();
    await context.close();
  });

  test("is not there for a visitor", async ({ page }) => {
    await page.goto("/commitments/china-1000-government-scholarships");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("analyst-edit")).toHaveCount(0);
  });
});
