// Page objects for the analysts' pages.
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { storageStateOf } from "./auth";

/** A seeded pledge, by slug, with its admin id found through the admin list's search. */
export async function openPledgeInAdmin(page: Page, title: string) {
  await page.goto(`/admin?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.waitForURL(/\/admin\/commitments\/\d+$/);
  return Number(page.url().split("/").pop());
}

export async function firstPledge(request: APIRequestContext, offset = 0) {
  const list = await (await request.get(`/api/commitments?sort=title&pageSize=50`)).json();
  const item = list.items[offset] as { slug: string; title: string; status: string };
  return item;
}

export async function fillFields(scope: ReturnType<Page["locator"]>, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    const field = scope.getByLabel(label, { exact: false }).first();
    const tag = await field.evaluate((element) => element.tagName);
    if (tag === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
}

export async function expectFormMessage(scope: ReturnType<Page["locator"]>, text: string | RegExp) {
  await expect(scope.locator("[role=status], [role=alert]").filter({ hasText: text }).first()).toBeVisible();
}

/** As the admin, finds an audit entry of this entity type by this actor with this action. */
export async function expectAudited(browser: Browser, entity: string, who: string, action: string, containing?: string) {
  const context = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await context.newPage();
  await page.goto(`/admin/audit?entity=${entity}`);
  let entries = page.getByTestId("audit-entry").filter({ hasText: who }).filter({ hasText: ` ${action} ` });
  if (containing) entries = entries.filter({ hasText: containing });
  await expect(entries.first()).toBeVisible();
  await context.close();
}
