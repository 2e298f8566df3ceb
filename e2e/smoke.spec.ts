import { expect, test } from "@playwright/test";

test("the app serves the seeded data and reports a healthy database", async ({ page, request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  const list = await (await request.get("/api/commitments?pageSize=1")).json();
  expect(list.total).toBeGreaterThanOrEqual(15);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});
