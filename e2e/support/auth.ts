// Test users and their stored sessions. Users are created the way an operator would: through
// `npm run user:create` against the running app's embedded database (or DATABASE_URL).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { E2E_DATA_DIR } from "./server";

export const AUTH_DIR = join(__dirname, "..", ".auth");

export const TEST_USERS = {
  admin: { email: "e2e-admin@example.org", name: "E2E Admin", role: "admin", password: "admin-password-e2e-1" },
  analyst: { email: "e2e-analyst@example.org", name: "E2E Analyst", role: "analyst", password: "analyst-password-e2e-1" },
  analyst2: { email: "e2e-analyst2@example.org", name: "E2E Second Analyst", role: "analyst", password: "analyst2-password-e2e-1" },
  // Only for the brute-force tests, which lock it out (e2e/security/sign-in-throttle.spec.ts).
  lockout: { email: "e2e-lockout@example.org", name: "E2E Lockout Target", role: "analyst", password: "lockout-password-e2e-1" },
  // Only for the tests that sign out or end sessions (which end every session of the user, so
  // the stored session of a shared test user would die with them).
  signout: { email: "e2e-signout@example.org", name: "E2E Sign-out", role: "analyst", password: "signout-password-e2e-1" },
  revoked: { email: "e2e-revoked@example.org", name: "E2E Revoked", role: "analyst", password: "revoked-password-e2e-1" },
} as const;

export type TestUserKey = keyof typeof TEST_USERS;

export const storageStateOf = (user: TestUserKey) => join(AUTH_DIR, `${user}.json`);

export function createUserViaCli(user: TestUserKey): string {
  const { email, name, role, password } = TEST_USERS[user];
  const env = { ...process.env, USER_PASSWORD: password, ...(process.env.DATABASE_URL ? {} : { DATA_DIR: E2E_DATA_DIR }) };
  return execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", name, "--role", role], { env, encoding: "utf8", stdio: "pipe" });
}

export async function signInThroughPage(page: Page, user: TestUserKey) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(TEST_USERS[user].email);
  await page.getByLabel("Password").fill(TEST_USERS[user].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/admin");
}
