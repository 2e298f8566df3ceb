// Who may reach what: every admin page and every server action, for an anonymous visitor, an
// analyst and an admin. Actions are read from the build's manifest, so a new action that is
// missing from the table below fails this test until someone decides who may call it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_BASE_URL } from "../support/server";
import { storageStateOf } from "../support/auth";

type Role = "ANALYST" | "ADMIN";
type Who = "anonymous" | "analyst" | "admin";

const ACTION_ROLES: Record<string, Role> = {
  createCommitmentAction: "ANALYST",
  updateCommitmentAction: "ANALYST",
  archiveCommitmentAction: "ANALYST",
  addEvidenceAction: "ANALYST",
  updateEvidenceAction: "ANALYST",
  removeEvidenceAction: "ANALYST",
  recordStatusAction: "ANALYST",
  recordReviewAction: "ANALYST",
  addQuoteAction: "ANALYST",
  removeQuoteAction: "ANALYST",
  createTalkAction: "ANALYST",
  updateTalkAction: "ANALYST",
  createUserAction: "ADMIN",
  changeRoleAction: "ADMIN",
  setDisabledAction: "ADMIN",
  resetPasswordAction: "ADMIN",
  endSessionsAction: "ADMIN",
  revokeApiTokenAction: "ANALYST",
  setTargetPathAction: "ANALYST",
  createIndicatorAction: "ANALYST",
  updateIndicatorAction: "ANALYST",
  addPointAction: "ANALYST",
  correctPointAction: "ANALYST",
  removePointAction: "ANALYST",
  linkPledgeAction: "ANALYST",
  unlinkPledgeAction: "ANALYST",
  createWebhookAction: "ADMIN",
  setWebhookEnabledAction: "ADMIN",
  sendTestEventAction: "ADMIN",
  deleteWebhookAction: "ADMIN",
};

const PAGES: [path: string, role: Role][] = [
  ["/admin", "ANALYST"],
  ["/admin/commitments/new", "ANALYST"],
  ["/admin/commitments/1", "ANALYST"],
  ["/admin/talks", "ANALYST"],
  ["/admin/talks/new", "ANALYST"],
  ["/admin/talks/1", "ANALYST"],
  ["/admin/users", "ADMIN"],
  ["/admin/audit", "ADMIN"],
  ["/admin/tokens", "ANALYST"],
  ["/admin/import", "ANALYST"],
  ["/admin/indicators", "ANALYST"],
  ["/admin/indicators/new", "ANALYST"],
  ["/admin/indicators/1", "ANALYST"],
  ["/admin/webhooks", "ADMIN"],
];

const allowed = (who: Who, role: Role) => who === "admin" || (who === "analyst" && role === "ANALYST");
// A syntactically valid but unsigned session cookie: gets past the proxy's cookie check, so the
// page's and action's own checks are what is tested.
const FORGED_COOKIE = "next-auth.session-token=forged";

interface ManifestAction { exportedName?: string; filename?: string; workers: Record<string, unknown> }
function manifestActions() {
  const manifest = JSON.parse(readFileSync(join(__dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestAction> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const path = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, "1") || "/";
    return { id, name: entry.exportedName ?? "?", file: entry.filename ?? "?", path };
  });
}

async function callAction(request: APIRequestContext, action: { id: string; path: string }, headers: Record<string, string> = {}, withOrigin = true) {
  const response = await request.post(action.path, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", ...(withOrigin ? { Origin: E2E_BASE_URL } : {}), ...headers },
    data: "[]",
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

test("every server action in the build has a row in the permission table", () => {
  const actions = manifestActions();
  expect(actions.length).toBeGreaterThan(0);
  const missing = actions.filter((action) => !(action.name in ACTION_ROLES)).map((action) => `${action.file}#${action.name}`);
  expect(missing, "server actions without a permission row").toEqual([]);
});

for (const who of ["anonymous", "analyst", "admin"] as Who[]) {
  test.describe(`as ${who}`, () => {
    if (who !== "anonymous") test.use({ storageState: storageStateOf(who) });
    const extra: Record<string, string> = who === "anonymous" ? { Cookie: FORGED_COOKIE } : {};

    test("admin pages answer per the table", async ({ request }) => {
      for (const [path, role] of PAGES) {
        const response = await request.get(path, { headers: extra, maxRedirects: 0 });
        const body = await response.text();
        if (allowed(who, role)) {
          expect(response.status(), path).toBe(200);
        } else if (who === "anonymous") {
          expect(response.status(), path).toBe(307);
          expect(response.headers().location, path).toContain("/sign-in");
        } else {
          expect(response.status(), path).toBe(404);
          expect(body, path).not.toContain("e2e-admin@example.org");
        }
      }
    });

    test("server actions answer per the table", async ({ request }) => {
      for (const action of manifestActions()) {
        const { status, body } = await callAction(request, action, extra);
        const label = `${action.name} as ${who}`;
        expect(status, label).toBe(200);
        if (allowed(who, ACTION_ROLES[action.name]!)) {
          // Past the gate: refused only because "[]" is no form.
          expect(body, label).toContain('"code":"bad_request"');
        } else {
          expect(body, label).toContain(who === "anonymous" ? '"code":"unauthenticated"' : '"code":"forbidden"');
        }
      }
    });
  });
}

test.describe("CSRF", () => {
  test.use({ storageState: storageStateOf("admin") });
  test("actions refuse a foreign or missing Origin even with an admin session", async ({ request }) => {
    const action = manifestActions().find((item) => item.name === "createUserAction")!;
    for (const origin of ["https://evil.example", null]) {
      const { status, body } = origin ? await callAction(request, action, { Origin: origin }) : await callAction(request, action, {}, false);
      // proxy.ts refuses a foreign Origin (403) before Next; the missing one reaches (and is refused by) the action gate.
      expect(body, String(origin)).not.toContain('"code":"bad_request"');
      expect(body).toContain('"code":"forbidden"');
      expect(status >= 400 || body.includes("did not come from this site"), `${origin}: ${status} ${body.slice(0, 200)}`).toBe(true);
    }
  });
});

test("no header trick gets protected data past the page guard (checklist row 1)", async ({ request }) => {
  const tricks: Record<string, string>[] = [
    { RSC: "1" },
    { RSC: "1", "Next-Router-Prefetch": "1" },
    { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  ];
  for (const headers of tricks) {
    for (const path of ["/admin", "/admin/users", "/admin/audit", "/admin/users/", "/admin/%75sers", "/ADMIN/users"]) {
      for (const cookie of [{}, { Cookie: FORGED_COOKIE }] as Record<string, string>[]) {
        const response = await request.get(path, { headers: { ...headers, ...cookie }, maxRedirects: 0 });
        const label = `${path} ${JSON.stringify(headers)} ${JSON.stringify(cookie)}`;
        expect(response.status(), label).not.toBe(200);
        expect(await response.text(), label).not.toContain("Signed in as");
      }
    }
  }
});

test("the proxy sends a visitor without a session to sign-in", async ({ request }) => {
  for (const path of ["/admin", "/admin/users", "/admin/audit?x=1", "/admin/commitments/1"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers().location, path).toContain("/sign-in?callbackUrl=");
  }
});

test("the sign-in route refuses a foreign Origin before checking credentials", async ({ request }) => {
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { Origin: "https://evil.example" },
    form: { email: "e2e-admin@example.org", password: "admin-password-e2e-1", csrfToken: "x", json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("forbidden");
});
