// Issue 12 item 1: sign-in's callbackUrl stays on this site, also with dot segments that the URL
// parser collapses into a protocol-relative path (`/..//evil.example`).
import { expect, test } from "@playwright/test";
import { TEST_USERS, storageStateOf } from "../support/auth";

const TRICKS = ["/..//evil.example/", "/%2e%2e//evil.example/", "/.//evil.example/", "/a/..//evil.example/", "//evil.example/", "/\\evil.example/"];

test.describe("signed in", () => {
  test.use({ storageState: storageStateOf("analyst") });
  test("the sign-in page sends a signed-in user only to a path on this site", async ({ request, baseURL }) => {
    for (const trick of TRICKS) {
      const response = await request.get(`/sign-in?callbackUrl=${encodeURIComponent(trick)}`, { maxRedirects: 0 });
      expect(response.status(), trick).toBe(307);
      const location = response.headers().location!;
      expect(new URL(location, baseURL).host, `${trick} → ${location}`).toBe(new URL(baseURL!).host);
      expect(location.startsWith("//"), location).toBe(false);
    }
  });
});

test("an anonymous visitor lands on this site after signing in", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const foreign: string[] = [];
  await context.route((url) => url.host !== new URL(baseURL!).host, (route) => {
    foreign.push(route.request().url());
    return route.abort();
  });
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(TRICKS[0]!)}`);
  await page.getByLabel("Email").fill(TEST_USERS.signout.email);
  await page.getByLabel("Password").fill(TEST_USERS.signout.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
  expect(foreign).toEqual([]);
  await context.close();
});
