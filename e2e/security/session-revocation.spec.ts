// Issue 12 item 2: a session ends on the server. A copy of the session cookie taken before
// sign-out, a password reset, disabling (and enabling again), a role change or "sign out
// everywhere" opens nothing afterwards: no page, no route, no server action, and
// /api/auth/session does not hand out a fresh token for it.
import { expect, test, type Page } from "@playwright/test";
import { TEST_USERS, storageStateOf } from "../support/auth";
import { parseSetCookie, postCredentials } from "../support/credentials";
import { E2E_BASE_URL } from "../support/server";
import { expectFormMessage } from "../support/admin-pages";

const user = TEST_USERS.revoked;
let address = 0;

/** Signs the user in over HTTP and answers the `Cookie` header of that session. */
async function signedInCookie(): Promise<string> {
  const answer = await postCredentials(user.email, user.password, { address: `10.120.0.${++address}` });
  expect(answer.status).toBe(200);
  const cookie = answer.setCookies.map(parseSetCookie).find((item) => item.name === "next-auth.session-token")!;
  return `${cookie.name}=${cookie.value}`;
}

const get = (path: string, cookie: string) => fetch(`${E2E_BASE_URL}${path}`, { redirect: "manual", headers: { Cookie: cookie } });

async function expectSignedIn(cookie: string) {
  expect((await get("/admin", cookie)).status).toBe(200);
}

/** Everything a session could open is refused, and the session endpoint does not renew it. */
async function expectEnded(cookie: string) {
  const page = await get("/admin", cookie);
  expect(page.status).toBe(307);
  expect(page.headers.get("location")).toContain("/sign-in");
  const route = await fetch(`${E2E_BASE_URL}/api/admin/status-changes`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: E2E_BASE_URL, "Content-Type": "application/json" },
    body: "{}",
  });
  expect(route.status).toBe(401);
  const session = await get("/api/auth/session", cookie);
  expect(session.status).toBe(200);
  expect(await session.json()).toEqual({});
  // The cookie is cleared, never re-issued with a fresh expiry.
  for (const header of session.headers.getSetCookie()) {
    const cookie = parseSetCookie(header);
    if (cookie.name.endsWith("next-auth.session-token")) expect(cookie.value).toBe("");
  }
}

async function signOutOverHttp(cookie: string) {
  const csrf = await fetch(`${E2E_BASE_URL}/api/auth/csrf`, { headers: { Cookie: cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
  const answer = await fetch(`${E2E_BASE_URL}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: `${cookie}; ${csrfCookie}`, Origin: E2E_BASE_URL, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
  expect(answer.status).toBe(200);
}

test("signing out ends every session of the user, also a copy of the cookie saved before", async () => {
  const saved = await signedInCookie();
  const otherDevice = await signedInCookie();
  await expectSignedIn(saved);
  await signOutOverHttp(saved);
  await expectEnded(saved);
  await expectEnded(otherDevice);
  // Signing in again gives a working session.
  await expectSignedIn(await signedInCookie());
});

test.describe("changes an admin makes end the user's sessions", () => {
  test.use({ storageState: storageStateOf("admin") });

  async function userRow(page: Page) {
    await page.goto("/admin/users");
    const row = page.getByTestId("user-row").filter({ hasText: user.email });
    await row.getByText("Edit", { exact: true }).click();
    return row;
  }

  test("password reset (to the same password: the old token still dies)", async ({ page }) => {
    const saved = await signedInCookie();
    const row = await userRow(page);
    await row.getByLabel("Password").fill(user.password);
    await row.getByRole("button", { name: "Reset password" }).click();
    await expectFormMessage(row, "Password reset.");
    await expectEnded(saved);
  });

  test("disabling, and enabling again, does not revive the old token", async ({ page }) => {
    const saved = await signedInCookie();
    const row = await userRow(page);
    await row.getByRole("button", { name: "Disable" }).click();
    await expectFormMessage(row, "Account updated.");
    await expectEnded(saved);
    await row.getByRole("button", { name: "Enable" }).click();
    await expectFormMessage(row, "Account updated.");
    await expectEnded(saved);
    await expectSignedIn(await signedInCookie());
  });

  test("a role change", async ({ page }) => {
    const saved = await signedInCookie();
    const row = await userRow(page);
    await row.getByLabel("Role").selectOption("ADMIN");
    await row.getByRole("button", { name: "Change role" }).click();
    await expectFormMessage(row, "Role changed.");
    await expectEnded(saved);
    await row.getByLabel("Role").selectOption("ANALYST");
    await row.getByRole("button", { name: "Change role" }).click();
    await expectFormMessage(row, "Role changed.");
  });

  test("'Sign out everywhere' on the users page", async ({ page }) => {
    const first = await signedInCookie();
    const second = await signedInCookie();
    const row = await userRow(page);
    await row.getByRole("button", { name: "Sign out everywhere" }).click();
    await expectFormMessage(row, "Every session of this user has ended.");
    await expectEnded(first);
    await expectEnded(second);
  });
});
