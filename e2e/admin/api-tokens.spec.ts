// Issue 16, API tokens: a token made with `npm run token:create` writes a status change without a
// browser session or Origin, and fails after its owner revokes it in the admin.
import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { TEST_USERS, storageStateOf } from "../support/auth";
import { E2E_DATA_DIR } from "../support/server";

const cliEnv = () => ({ ...process.env, ...(process.env.DATABASE_URL ? {} : { DATA_DIR: E2E_DATA_DIR }) });

function createToken(email: string, label: string): { id: number; token: string } {
  const stdout = execFileSync("npm", ["run", "--silent", "token:create", "--", "--email", email, "--label", label, "--json"], { env: cliEnv(), encoding: "utf8", stdio: "pipe" });
  const printed = JSON.parse(stdout) as { id: number; token: string }; // stdout is that JSON and nothing else
  expect(Object.keys(printed)).toEqual(["id", "token"]);
  return printed;
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A pledge with evidence, as the admin API shows it to this token. */
async function pledgeWithEvidence(request: APIRequestContext, token: string) {
  const list = await (await request.get("/api/commitments?pageSize=50&sort=title")).json();
  for (const item of list.items as { slug: string }[]) {
    const response = await request.get(`/api/admin/commitments/${item.slug}`, { headers: bearer(token) });
    expect(response.status()).toBe(200);
    const record = await response.json();
    if (record.evidence.length) return record as { id: number; version: number; slug: string; status: string; evidence: { id: number }[] };
  }
  throw new Error("no seeded pledge has evidence");
}

test.describe("with a token and no session", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a token writes a status change, and fails once revoked in the admin", async ({ request, browser }) => {
    const { id, token } = createToken(TEST_USERS.analyst.email, "e2e status script");

    // Unknown and malformed credentials: 401, nothing else said.
    expect((await request.get("/api/admin/commitments/x", { headers: bearer(`ptk_${"A".repeat(43)}`) })).status()).toBe(401);
    expect((await request.get("/api/admin/commitments/x", { headers: { Authorization: "Basic abc" } })).status()).toBe(401);
    expect((await request.get("/api/admin/commitments/x")).status()).toBe(403); // no token, no Origin

    const pledge = await pledgeWithEvidence(request, token);
    expect(pledge.id).toEqual(expect.any(Number));
    expect(pledge.version).toEqual(expect.any(Number));
    const toStatus = pledge.status === "STALLED" ? "IN_PROGRESS" : "STALLED";
    const today = new Date().toISOString().slice(0, 10);
    const body = { commitmentId: String(pledge.id), version: String(pledge.version), toStatus, effectiveOn: today, note: "Recorded by a script with an API token.", evidenceIds: [String(pledge.evidence[0]!.id)] };

    const written = await request.post("/api/admin/status-changes", { headers: bearer(token), data: body });
    expect(written.status(), await written.text()).toBe(201);
    const after = await (await request.get(`/api/admin/commitments/${pledge.slug}`, { headers: bearer(token) })).json();
    expect(after.status).toBe(toStatus);
    expect(after.version).toBe(pledge.version + 1);
    expect(after.statusHistory.at(-1)).toMatchObject({ toStatus, note: body.note, recordedBy: { name: TEST_USERS.analyst.name } });
    await expect.poll(async () => (await (await request.get(`/api/commitments/${pledge.slug}`)).json()).status, { timeout: 5_000 }).toBe(toStatus);

    // Another analyst does not see it; its owner does, and revokes it (after confirming).
    const other = await browser.newContext({ storageState: storageStateOf("analyst2") });
    const otherPage = await other.newPage();
    await otherPage.goto("/admin/tokens");
    await expect(otherPage.getByTestId("token-row").filter({ hasText: `#${id} ` })).toHaveCount(0);
    await other.close();

    const owner = await browser.newContext({ storageState: storageStateOf("analyst") });
    const page = await owner.newPage();
    await page.goto("/admin/tokens");
    const row = page.getByTestId("token-row").filter({ hasText: `#${id} e2e status script` });
    await expect(row).toContainText("Active");
    page.once("dialog", (dialog) => dialog.dismiss()); // "Cancel" leaves it working
    await row.getByRole("button", { name: "Revoke" }).click();
    await expect(row).toContainText("Active");
    expect((await request.get(`/api/admin/commitments/${pledge.slug}`, { headers: bearer(token) })).status()).toBe(200);
    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: "Revoke" }).click();
    await expect(row).toContainText("Revoked");
    await owner.close();

    const refused = await request.post("/api/admin/status-changes", { headers: bearer(token), data: { ...body, version: String(after.version), toStatus: pledge.status } });
    expect(refused.status()).toBe(401);
    expect((await request.get(`/api/admin/commitments/${pledge.slug}`, { headers: bearer(token) })).status()).toBe(401);
    expect((await (await request.get(`/api/commitments/${pledge.slug}`)).json()).status).toBe(toStatus);
  });

  test("a token revoked from the command line stops at once, and a token opens no admin page", async ({ request }) => {
    const { id, token } = createToken(TEST_USERS.analyst2.email, "e2e cli revoke");
    const list = await (await request.get("/api/commitments?pageSize=1")).json();
    const slug = list.items[0].slug as string;
    expect((await request.get(`/api/admin/commitments/${slug}`, { headers: bearer(token) })).status()).toBe(200);
    // A token is no session: it opens no admin page.
    const pageResponse = await request.get("/admin/users", { headers: bearer(token), maxRedirects: 0 });
    expect(pageResponse.status()).toBe(307);
    execFileSync("npm", ["run", "--silent", "token:revoke", "--", "--id", String(id)], { env: cliEnv(), stdio: "pipe" });
    expect((await request.get(`/api/admin/commitments/${slug}`, { headers: bearer(token) })).status()).toBe(401);
  });
});
