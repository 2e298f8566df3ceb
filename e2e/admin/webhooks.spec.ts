// Webhooks end to end: an admin registers a receiver (http on loopback, which the e2e server
// allows with WEBHOOKS_ALLOW_PRIVATE=1), records a status change, and the signed delivery arrives,
// after one refused attempt, and shows in the delivery log.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { verifySignature } from "../../lib/webhooks/signature";
import { storageStateOf } from "../support/auth";
import { expectFormMessage, fillFields, firstPledge, openPledgeInAdmin } from "../support/admin-pages";

test.use({ storageState: storageStateOf("admin") });

const SECRET = `e2e-webhook-secret-${Date.now()}`;
const received: { headers: IncomingHttpHeaders; body: string; answered: number }[] = [];
let server: Server;
let receiverUrl: string;

test.beforeAll(async () => {
  // Refuses the first delivery, accepts the rest: the retry is what gets it through.
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const answered = received.length === 0 ? 500 : 200;
      received.push({ headers: request.headers, body, answered });
      response.writeHead(answered).end(answered === 200 ? "ok" : "try later");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("an admin registers a webhook; a status change arrives signed, retried after a failure, and logged", async ({ page, request, browser }) => {
  await page.goto("/admin/webhooks");
  const form = page.getByTestId("register-webhook-form");

  // A bad URL is refused with a clear error, and everything typed is kept.
  await fillFields(form, { "Receiver URL": "ftp://news.example/hook", Secret: SECRET, Description: "E2E newsroom" });
  await form.getByRole("button", { name: "Register a webhook" }).click();
  await expect(form.locator('[id$="-url-errors"]')).toHaveText("The URL must start with https://.");
  await expect(form.getByLabel("Description", { exact: false })).toHaveValue("E2E newsroom");
  await expect(form.getByLabel("Secret", { exact: false })).toHaveValue(SECRET);

  await form.getByLabel("Receiver URL", { exact: false }).fill(receiverUrl);
  await form.getByRole("button", { name: "Register a webhook" }).click();
  await expectFormMessage(form, "Webhook registered.");
  const row = page.getByTestId("webhook-row").filter({ hasText: receiverUrl });
  await expect(row).toContainText(`…${SECRET.slice(-4)}`);
  await page.reload();
  expect(await page.content()).not.toContain(SECRET);

  // Analysts cannot see or manage webhooks.
  const analyst = await browser.newContext({ storageState: storageStateOf("analyst") });
  expect((await analyst.request.get("/admin/webhooks", { maxRedirects: 0 })).status()).toBe(404);
  await analyst.close();

  // A status change, recorded through the admin pages.
  const pledge = await firstPledge(request, 5);
  const newStatus = pledge.status === "STALLED" ? "IN_PROGRESS" : "STALLED";
  await openPledgeInAdmin(page, pledge.title);
  await page.getByText("Add evidence", { exact: true }).first().click();
  const evidenceForm = page.getByTestId("add-evidence-form");
  await fillFields(evidenceForm, {
    URL: `https://example.org/e2e-webhook-${Date.now()}`,
    Title: "E2E: webhook evidence",
    Publisher: "E2E Gazette",
    "Published on": "2026-11-22",
    Stance: "SETBACK",
    Summary: "A dated report for the webhook test.",
  });
  await evidenceForm.getByRole("button", { name: "Add evidence" }).click();
  await expectFormMessage(evidenceForm, "Evidence added.");
  const statusForm = page.getByTestId("status-form");
  await statusForm.getByLabel("New status").selectOption(newStatus);
  await statusForm.getByLabel("Effective date", { exact: false }).fill("2026-11-22");
  await statusForm.getByLabel("Note", { exact: false }).fill("E2E: recorded to test the webhook.");
  await statusForm.getByLabel("E2E: webhook evidence").check();
  await statusForm.getByRole("button", { name: "Record status update" }).click();
  await expectFormMessage(statusForm, "Status update recorded.");

  // The receiver refused the first attempt; the retry, after its backoff, got through.
  await expect.poll(() => received.length, { timeout: 45_000 }).toBeGreaterThanOrEqual(2);
  const [refused, delivered] = received;
  expect([refused!.answered, delivered!.answered]).toEqual([500, 200]);
  for (const { headers, body } of [refused!, delivered!]) {
    expect(verifySignature(SECRET, String(headers["x-tracker-timestamp"]), body, String(headers["x-tracker-signature"]))).toBe(true);
    expect(headers["x-tracker-event"]).toBe("status_change");
  }
  expect(delivered!.headers["x-tracker-event-id"]).toBe(refused!.headers["x-tracker-event-id"]);
  const event = JSON.parse(delivered!.body);
  expect(event).toMatchObject({
    id: delivered!.headers["x-tracker-event-id"],
    type: "status_change",
    pledge: { slug: pledge.slug, title: pledge.title },
    change: { fromStatus: pledge.status, toStatus: newStatus, effectiveOn: "2026-11-22", note: "E2E: recorded to test the webhook." },
  });
  expect(event.pledge.url).toMatch(new RegExp(`/commitments/${pledge.slug}$`));

  // The delivery log shows it: delivered on the second attempt, HTTP 200.
  await page.goto("/admin/webhooks");
  await page.getByTestId("webhook-row").filter({ hasText: receiverUrl }).getByRole("link", { name: "Delivery log" }).click();
  const logged = page.getByTestId("delivery-row").filter({ hasText: event.id });
  await expect(logged).toHaveAttribute("data-status", "DELIVERED");
  // (Each cell also holds its column's name, shown on narrow screens only.)
  await expect(logged.locator("td").nth(3)).toHaveText(/^(Attempts: )?2$/);
  await expect(logged.locator("td").nth(4)).toHaveText(/^(HTTP status: )?200$/);

  // The admin's actions are audited, without the secret.
  await page.goto("/admin/audit?entity=WebhookSubscription");
  await expect(page.getByTestId("audit-entry").first()).toBeVisible();
  expect(await page.content()).not.toContain(SECRET);

  // Disabled, then deleted: nothing more is sent to it.
  await page.goto("/admin/webhooks");
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row).toContainText("Disabled");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("webhook-row").filter({ hasText: receiverUrl })).toHaveCount(0);
});
