import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateOf } from "../support/auth";

// Checklist row 12: every kind of response carries the security headers.
const RESPONSES = [
  ["page", "/"],
  ["API", "/api/commitments?pageSize=1"],
  ["API error", "/api/commitments?status=NOPE"],
  ["CSV export", "/api/export/commitments.csv"],
  ["health", "/api/health"],
  ["404 page", "/no-such-page"],
  ["404 API", "/api/commitments/no-such-pledge"],
] as const;

for (const [kind, path] of RESPONSES) {
  test(`${kind} (${path}) carries the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    // Issue 12 item 7: no response of any kind lets an inline script run without a nonce.
    expect(scriptSrcOf(csp)).not.toContain("'unsafe-inline'");
  });
}

test("public pages raise no Content-Security-Policy violation in the browser", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/commitments", "/talks", "/methodology"]) {
    await page.goto(path);
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
  }
  expect(violations).toEqual([]);
});

// Issue 12 item 7: every page allows no inline script without this response's nonce (pages are
// rendered per request for it; lib/http/security-headers.js says why none is cached whole).
const scriptSrcOf = (csp: string) => csp.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src")) ?? "";

async function expectFreshNoncePerResponse(request: APIRequestContext, paths: string[]) {
  for (const path of paths) {
    const [first, second] = [await request.get(path, { maxRedirects: 0 }), await request.get(path, { maxRedirects: 0 })];
    const scripts = [first, second].map((response) => scriptSrcOf(response.headers()["content-security-policy"] ?? ""));
    for (const script of scripts) {
      expect(script, path).not.toContain("'unsafe-inline'");
      expect(script, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    }
    expect(scripts[0], `${path}: the nonce must change`).not.toBe(scripts[1]);
    const nonce = /'nonce-([^']+)'/.exec(scripts[0]!)![1]!;
    const html = await first.text();
    // Every script of the page carries it (none would run otherwise).
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
}

test("public pages have a script-src without 'unsafe-inline', with a fresh nonce per response", async ({ request }) => {
  const { items } = await (await request.get("/api/commitments?pageSize=1")).json();
  const talks = await (await request.get("/api/talks")).json();
  const talkId = (Array.isArray(talks) ? talks : talks.items)[0].id;
  await expectFreshNoncePerResponse(request, [
    "/", "/commitments", "/commitments?status=STALLED&q=rail", `/commitments/${items[0].slug}`, "/talks", `/talks/${talkId}`,
    "/methodology", "/coverage", "/charts/status-over-time", "/no-such-page",
  ]);
});

test.describe("pages that hold a session", () => {
  test.use({ storageState: storageStateOf("admin") });
  const PAGES = ["/sign-in", "/sign-out", "/admin", "/admin/users", "/admin/commitments/1"];

  test("have a script-src without 'unsafe-inline', with a fresh nonce per response", async ({ request }) => {
    await expectFreshNoncePerResponse(request, PAGES);
  });

  test("run in the browser without a CSP violation, and work", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("load");
    }
    // A client component that needs its script: the users page's forms answer without a reload.
    await page.goto("/admin/users");
    const create = page.getByTestId("create-user-form");
    await create.getByLabel("Email", { exact: false }).fill("csp-check@example.org");
    await create.getByLabel("Name", { exact: false }).fill("CSP check");
    await create.getByLabel("Password", { exact: false }).fill("short");
    await create.getByRole("button", { name: "Create user" }).click();
    await expect(create.locator('[id$="-password-errors"]')).toHaveText("At least 12 characters.");
    expect(violations).toEqual([]);
  });
});
