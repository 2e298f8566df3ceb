// Checklist row 15 for the expected errors (validation and permission) on the suite's server: the
// answer explains the refusal and shows nothing of the inside. Database errors, and the error id
// in the log, are in broken-database.spec.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectNothingDisclosed } from "../support/disclosure";
import { E2E_BASE_URL } from "../support/server";

const FORGED_COOKIE = "next-auth.session-token=forged";

function cookieOf(user: "analyst" | "admin"): string {
  const state = JSON.parse(readFileSync(storageStateOf(user), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.filter((cookie) => cookie.name.includes("next-auth")).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)![0];
}

const statusChange = (cookie: string | null, body: string) =>
  fetch(`${E2E_BASE_URL}/api/admin/status-changes`, {
    method: "POST",
    headers: { Origin: E2E_BASE_URL, "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) },
    body,
  });

test("validation errors name the fields, not the internals", async () => {
  const answers = [
    await fetch(`${E2E_BASE_URL}/api/commitments?sort=title;DROP%20TABLE%20"Commitment"--&status=NOPE&page=-1`),
    await fetch(`${E2E_BASE_URL}/api/export/commitments.csv?category=${encodeURIComponent("' OR 1=1--")}&overdue=maybe`),
    await statusChange(cookieOf("analyst"), JSON.stringify({ commitmentId: "1; DELETE", version: "x", toStatus: "NOPE", effectiveOn: "2026-02-30", extra: 1 })),
    await statusChange(cookieOf("analyst"), JSON.stringify({ commitmentId: "999999999", version: "1", toStatus: "IN_PROGRESS", effectiveOn: "2026-01-01", note: "n" })),
  ];
  for (const response of answers) {
    const body = await response.text();
    expect(response.status, body.slice(0, 300)).toBeGreaterThanOrEqual(400);
    expect(response.status, body.slice(0, 300)).toBeLessThan(500);
    expect((JSON.parse(body) as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
    expectNothingDisclosed(body, response.url);
  }
});

test("permission errors say sign in or not allowed, and nothing more", async () => {
  const answers: [label: string, response: Response, status: number][] = [
    ["anonymous JSON write", await statusChange(null, "{}"), 401],
    ["forged session JSON write", await statusChange(FORGED_COOKIE, "{}"), 401],
    ["foreign origin", await fetch(`${E2E_BASE_URL}/api/admin/status-changes`, { method: "POST", headers: { Origin: "https://evil.example", Cookie: cookieOf("analyst") }, body: "{}" }), 403],
  ];
  for (const [label, response, status] of answers) {
    const body = await response.text();
    expect(response.status, `${label}: ${body}`).toBe(status);
    expectNothingDisclosed(body, label);
  }
  // Server actions: an analyst calling an admin-only action, and a forged session calling one.
  for (const [label, cookie, code] of [["analyst → createUserAction", cookieOf("analyst"), "forbidden"], ["forged → createUserAction", FORGED_COOKIE, "unauthenticated"]] as const) {
    const response = await fetch(`${E2E_BASE_URL}/admin/users`, {
      method: "POST",
      redirect: "manual",
      headers: { "Next-Action": actionId("createUserAction"), Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: E2E_BASE_URL, Cookie: cookie },
      body: JSON.stringify([{ email: "x@example.org", name: "X", role: "ADMIN", password: "p".repeat(20) }]),
    });
    const body = await response.text();
    expect(body, label).toContain(`"code":"${code}"`);
    expectNothingDisclosed(body, label);
  }
});
