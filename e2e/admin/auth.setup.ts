import { mkdirSync } from "node:fs";
import { expect, test as setup } from "@playwright/test";
import { AUTH_DIR, TEST_USERS, createUserViaCli, signInThroughPage, storageStateOf, type TestUserKey } from "../support/auth";

// One run = one fresh database, so the users are created once here and their sessions stored.
for (const user of Object.keys(TEST_USERS) as TestUserKey[]) {
  setup(`create and sign in the ${user}`, async ({ page }) => {
    mkdirSync(AUTH_DIR, { recursive: true });
    expect(createUserViaCli(user)).toContain(`Created ${TEST_USERS[user].role} ${TEST_USERS[user].email}`);
    await signInThroughPage(page, user);
    await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(user) });
  });
}
