// Checklist row 3: every route handler × method × role, from a table. The route files are read
// from app/, so a new route or method without a row here fails this suite until someone decides
// who may call it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { E2E_BASE_URL } from "../support/server";

type Access = "public" | "analyst" | "admin" | "next-auth";
type Who = "anonymous" | "analyst" | "admin";

/** route file (relative to app/) → method → who may call it, and a concrete path to call. */
const ROUTES: Record<string, { path: string; methods: Partial<Record<string, Access>> }> = {
  "api/health/route.ts": { path: "/api/health", methods: { GET: "public" } },
  "api/commitments/route.ts": { path: "/api/commitments?pageSize=3", methods: { GET: "public" } },
  "api/commitments/[slug]/route.ts": { path: "/api/commitments/{slug}", methods: { GET: "public" } },
  "api/talks/route.ts": { path: "/api/talks", methods: { GET: "public" } },
  "api/talks/[id]/route.ts": { path: "/api/talks/{talkId}", methods: { GET: "public" } },
  "api/stats/route.ts": { path: "/api/stats", methods: { GET: "public" } },
  "api/stats/[chart]/route.ts": { path: "/api/stats/status-breakdown.csv", methods: { GET: "public" } },
  "api/export/commitments.csv/route.ts": { path: "/api/export/commitments.csv", methods: { GET: "public" } },
  "api/export/evidence.csv/route.ts": { path: "/api/export/evidence.csv", methods: { GET: "public" } },
  "api/export/status-history.csv/route.ts": { path: "/api/export/status-history.csv", methods: { GET: "public" } },
  "api/export/dataset.json/route.ts": { path: "/api/export/dataset.json", methods: { GET: "public" } },
  "api/indicators/route.ts": { path: "/api/indicators", methods: { GET: "public" } },
  "api/indicators/[slug]/route.ts": { path: "/api/indicators/cgs-awards-vietnam-embassy", methods: { GET: "public" } },
  "api/export/indicators.csv/route.ts": { path: "/api/export/indicators.csv", methods: { GET: "public" } },
  "api/admin/status-changes/route.ts": { path: "/api/admin/status-changes", methods: { POST: "analyst" } },
  "api/admin/import/route.ts": { path: "/api/admin/import?kind=status-changes&dryRun=1", methods: { POST: "analyst" } },
  "api/admin/commitments/[slug]/route.ts": { path: "/api/admin/commitments/{slug}", methods: { GET: "analyst" } },
  "api/admin/indicators/[slug]/points/route.ts": { path: "/api/admin/indicators/{indicator}/points?dryRun=1", methods: { POST: "analyst" } },
  "api/auth/[...nextauth]/route.ts": { path: "/api/auth/session", methods: { GET: "next-auth", POST: "next-auth" } },
  // Issue 14's Atom feeds.
  "feed.atom/route.ts": { path: "/feed.atom", methods: { GET: "public" } },
  "(public)/commitments/[slug]/feed.atom/route.ts": { path: "/commitments/{slug}/feed.atom", methods: { GET: "public" } },
  "categories/[slug]/feed.atom/route.ts": { path: "/categories/education/feed.atom", methods: { GET: "public" } },
};

const INTERNAL_FIELDS = /"(passwordHash|version|categoryId|recordedById|addedById|actorId|archived|disabled)"\s*:/;

function routeFiles(dir = join(process.cwd(), "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [relative(join(process.cwd(), "app"), path)] : [];
  });
}

const exportedMethods = (file: string) =>
  [...readFileSync(join(process.cwd(), "app", file), "utf8").matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b|export const (GET|POST)\b/g)].map((m) => m[1] ?? m[2]!);

test("every route handler and method has a row in the permission table", () => {
  const files = routeFiles();
  expect(files.length).toBeGreaterThan(5);
  const missing = files.flatMap((file) => exportedMethods(file).filter((method) => !ROUTES[file]?.methods[method]).map((method) => `${method} ${file}`));
  expect(missing, "routes without a permission row").toEqual([]);
  const stale = Object.keys(ROUTES).filter((file) => !files.includes(file));
  expect(stale, "rows for routes that no longer exist").toEqual([]);
});

async function concretePath(request: APIRequestContext, path: string) {
  if (!path.includes("{")) return path;
  const list = await (await request.get("/api/commitments?pageSize=1")).json();
  const talks = await (await request.get("/api/talks")).json();
  return path.replace("{slug}", list.items[0].slug).replace("{talkId}", String(talks.items[0].id));
}

for (const who of ["anonymous", "analyst", "admin"] as Who[]) {
  test.describe(`as ${who}`, () => {
    if (who !== "anonymous") test.use({ storageState: storageStateOf(who) });

    test("public routes answer GET without internal fields, and refuse other methods", async ({ request }) => {
      for (const { path, methods } of Object.values(ROUTES)) {
        if (methods.GET !== "public") continue;
        const url = await concretePath(request, path);
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        expect(await response.text(), url).not.toMatch(INTERNAL_FIELDS);
        const post = await request.post(url, { headers: { Origin: E2E_BASE_URL }, data: {} });
        expect(post.status(), `POST ${url}`).toBe(405);
      }
    });

    test("the analysts' JSON route answers per the table, and writes nothing when it refuses", async ({ request }) => {
      const before = (await (await request.get("/api/export/status-history.csv")).text()).length;
      const body = { commitmentId: "1", version: "1", toStatus: "STALLED", effectiveOn: "2026-01-01", note: "" };
      const response = await request.post("/api/admin/status-changes", { headers: { Origin: E2E_BASE_URL }, data: body });
      // Allowed callers get past the gate and meet validation (an empty note): 422, nothing written.
      expect(response.status()).toBe(who === "anonymous" ? 401 : 422);
      const foreign = await request.post("/api/admin/status-changes", { headers: { Origin: "https://evil.example" }, data: body });
      expect(foreign.status()).toBe(403);
      const noOrigin = await request.post("/api/admin/status-changes", { data: body });
      expect(noOrigin.status()).toBe(403);
      const get = await request.get("/api/admin/status-changes");
      expect(get.status()).toBe(405);
      expect((await (await request.get("/api/export/status-history.csv")).text()).length).toBe(before);
    });
  });
}
