// Checklist row 11: the session cookie's flags. Served over https (here: behind a TLS-terminating
// proxy that says so with X-Forwarded-Proto, which the app trusts through AUTH_TRUST_HOST), next-auth
// names it `__Secure-…` and marks it Secure; over plain http a browser would drop a Secure cookie,
// so it cannot be. HttpOnly and SameSite=Lax hold either way; sign-out is in e2e/admin/users.spec.ts.
import { expect, test } from "@playwright/test";
import { TEST_USERS } from "../support/auth";
import { parseSetCookie, postCredentials } from "../support/credentials";
import { E2E_BASE_URL } from "../support/server";

const { email, password } = TEST_USERS.analyst;

function sessionCookieOf(setCookies: string[]) {
  const cookies = setCookies.map(parseSetCookie).filter((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(cookies, "exactly one session cookie").toHaveLength(1);
  return cookies[0]!;
}

test("over https the session cookie is __Secure-, Secure, HttpOnly, SameSite=Lax, and it signs the user in", async () => {
  const answer = await postCredentials(email, password, { address: "10.90.0.1", proto: "https" });
  expect(answer.status).toBe(200);
  const cookie = sessionCookieOf(answer.setCookies);
  expect(cookie.name).toBe("__Secure-next-auth.session-token");
  expect(cookie.flags.has("secure")).toBe(true);
  expect(cookie.flags.has("httponly")).toBe(true);
  expect(cookie.flags.get("samesite")?.toLowerCase()).toBe("lax");
  expect(cookie.flags.get("path")).toBe("/");
  expect(cookie.value.length).toBeGreaterThan(20);

  // The app reads that cookie back on an https request: the analysts' pages open.
  const admin = await fetch(`${E2E_BASE_URL}/admin`, { redirect: "manual", headers: { "X-Forwarded-Proto": "https", Cookie: `${cookie.name}=${cookie.value}` } });
  expect(admin.status).toBe(200);
});

test("over plain http the cookie cannot be Secure, and is HttpOnly and SameSite=Lax", async () => {
  const answer = await postCredentials(email, password, { address: "10.90.0.2", proto: "http" });
  expect(answer.status).toBe(200);
  const cookie = sessionCookieOf(answer.setCookies);
  expect(cookie.name).toBe("next-auth.session-token");
  expect(cookie.flags.has("secure")).toBe(false);
  expect(cookie.flags.has("httponly")).toBe(true);
  expect(cookie.flags.get("samesite")?.toLowerCase()).toBe("lax");
});

test("behind the TLS proxy, a sign-in whose Origin names the http site is refused (issue 12 item 7)", async () => {
  const csrf = await fetch(`${E2E_BASE_URL}/api/auth/csrf`, { headers: { "X-Forwarded-Proto": "https" } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${E2E_BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "X-Forwarded-Proto": "https", "Content-Type": "application/x-www-form-urlencoded", Origin: E2E_BASE_URL, Cookie: csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  expect(response.status).toBe(403);
  expect(response.headers.getSetCookie().some((cookie) => cookie.includes("session-token="))).toBe(false);
});
