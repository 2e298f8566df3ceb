import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectFormMessage } from "../support/admin-pages";

test.use({ storageState: storageStateOf("admin") });

const temp = { email: `Temp.User.${Date.now()}@Example.org`, name: "Temporary Analyst", password: "temporary-password-1" };

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin creates a user; role changes and disabling take effect on the user's next request", async ({ page, browser }) => {
  await page.goto("/admin/users");
  const create = page.getByTestId("create-user-form");
  await create.getByLabel("Email", { exact: false }).fill(temp.email);
  await create.getByLabel("Name", { exact: false }).fill(temp.name);
  await create.getByLabel("Password", { exact: false }).fill("short");
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(create.locator('[id$="-password-errors"]')).toHaveText("At least 12 characters.");
  await expect(create.getByLabel("Email", { exact: false })).toHaveValue(temp.email);
  await expect(create.getByLabel("Password", { exact: false })).toHaveValue("");
  await create.getByLabel("Password", { exact: false }).fill(temp.password);
  await create.getByRole("button", { name: "Create user" }).click();
  await expectFormMessage(create, "User created.");
  const row = page.getByTestId("user-row").filter({ hasText: temp.email.toLowerCase() });
  await expect(row).toBeVisible();

  // The new analyst signs in (email in any case) and works.
  const userContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const userPage = await userContext.newPage();
  await signIn(userPage, temp.email.toUpperCase(), temp.password);
  await userPage.waitForURL("**/admin");
  expect((await userPage.request.get("/admin/users", { maxRedirects: 0 })).status()).toBe(404);

  // Promoted: the change ends the user's session (the very next request is signed out), and
  // signing in again opens the admins' pages.
  await row.getByText("Edit", { exact: true }).click();
  await row.getByLabel("Role").selectOption("ADMIN");
  await row.getByRole("button", { name: "Change role" }).click();
  await expectFormMessage(row, "Role changed.");
  expect((await userPage.request.get("/admin/users", { maxRedirects: 0 })).status()).toBe(307);
  await signIn(userPage, temp.email, temp.password);
  await userPage.waitForURL("**/admin");
  expect((await userPage.request.get("/admin/users", { maxRedirects: 0 })).status()).toBe(200);

  // Disabled: the next request is signed out, and signing in again fails like a wrong password.
  await row.getByRole("button", { name: "Disable" }).click();
  await expectFormMessage(row, "Account updated.");
  const after = await userPage.request.get("/admin", { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers().location).toContain("/sign-in");
  const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const freshPage = await fresh.newPage();
  await signIn(freshPage, temp.email, temp.password);
  await expect(freshPage.getByTestId("sign-in-form").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  await userContext.close();
  await fresh.close();
});

test("sign-in gives one answer for unknown users and wrong passwords, then throttles", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, "nobody@example.org", "whatever-password");
  await expect(page.getByTestId("sign-in-form").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, "e2e-analyst2@example.org", `wrong-password-${attempt}`);
    await expect(page.getByTestId("sign-in-form").getByRole("alert")).toHaveText("That email and password do not match an active account.");
  }
  // Even the right password is refused while the account is throttled: 429 for the request, and
  // the page says how long to wait and keeps the email (e2e/security/sign-in-throttle.spec.ts
  // covers the HTTP answers in full).
  const answer = page.waitForResponse((response) => response.url().endsWith("/api/auth/callback/credentials"));
  await signIn(page, "e2e-analyst2@example.org", "analyst2-password-e2e-1");
  expect((await answer).status()).toBe(429);
  // The first lock lasts a minute (it doubles with each further one: README, "Signing in").
  await expect(page.getByTestId("sign-in-form").getByRole("alert")).toHaveText("Too many failed attempts. Try again in 1 minute.");
  await expect(page.getByLabel("Email")).toHaveValue("e2e-analyst2@example.org");
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});

test("session cookie is HttpOnly and SameSite=Lax; sign-out clears it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await signIn(page, "e2e-signout@example.org", "signout-password-e2e-1");
  await page.waitForURL("**/admin");
  const cookie = (await context.cookies()).find((item) => item.name === "next-auth.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.goto("/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/sign-in?signedOut=1");
  expect((await context.cookies()).find((item) => item.name === "next-auth.session-token")).toBeUndefined();
  expect((await page.request.get("/admin", { maxRedirects: 0 })).status()).toBe(307);
  await context.close();
});
