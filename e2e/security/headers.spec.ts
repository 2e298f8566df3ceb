import { expect, test } from "@playwright/test";

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
