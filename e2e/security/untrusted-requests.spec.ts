// Issue 12 items 3 and 7: no request from an anonymous client gets a 5xx or writes an error to the
// log. Fuzzes server-action requests (Origin, X-Forwarded-Host, Next-Action, content type, body)
// on public and admin pages, and the sign-in and callback routes, against an app of this spec's
// own (an embedded database, a port beside the suite's) so that its whole log can be read.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { startApp, waitUntilServing, type AppProcess } from "../support/app-process";
import { E2E_PORT } from "../support/server";

const PORT = E2E_PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
let app: AppProcess;
let dataDir: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = mkdtempSync(join(tmpdir(), "tracker-untrusted-"));
  app = startApp({ DATA_DIR: dataDir, PORT: String(PORT), DATABASE_URL: undefined });
  await waitUntilServing(app, PORT, 200_000);
});

test.afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The errors the app logged after `mark` (Next prints ⨯ before each; our code says "failed"). */
const errorsSince = (mark: number) => app.output().slice(mark).split("\n").filter((line) => /⨯|\[next-auth\]\[error\]|Error:|failed:/.test(line));

const manifest = JSON.parse(readFileSync(join(__dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, unknown> };
const ACTION_IDS = Object.keys(manifest.node);

async function post(path: string, headers: Record<string, string>, body: string) {
  const response = await fetch(`${BASE}${path}`, { method: "POST", redirect: "manual", headers, body });
  return { status: response.status, body: await response.text() };
}

test("server actions with Origin null, malformed, foreign or of the other scheme: 403 before Next, on public pages without a session", async () => {
  const mark = app.output().length;
  const id = ACTION_IDS[0]!;
  for (const origin of ["null", "not a url", "https://evil.example", `https://127.0.0.1:${PORT}`, "http://127.0.0.1:1", "javascript:alert(1)"]) {
    for (const path of ["/", "/commitments", "/sign-in", "/admin/users"]) {
      const answer = await post(path, { Origin: origin, "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" }, "[]");
      expect(answer.status, `${origin} ${path}`).toBe(403);
      expect(answer.body).toContain('"code":"forbidden"');
    }
  }
  // X-Forwarded-Host is not this site's name: naming evil.example there does not make its Origin ours.
  const forwarded = await post("/", { Origin: "http://evil.example", "X-Forwarded-Host": "evil.example", "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" }, "[]");
  expect(forwarded.status).toBe(403);
  expect(errorsSince(mark)).toEqual([]);
});

test("malformed action bodies: 400, nothing logged", async () => {
  const mark = app.output().length;
  const id = ACTION_IDS[0]!;
  const cases: [string, string][] = [
    ["text/plain;charset=UTF-8", "[{"],
    ["text/plain;charset=UTF-8", ""],
    ["text/plain;charset=UTF-8", '["$K1","$Q2"]'],
    ["multipart/form-data; boundary=xyz", "garbage"],
    ["multipart/form-data", "garbage"],
  ];
  for (const [type, body] of cases) {
    const answer = await post("/", { Origin: BASE, "Next-Action": id, "Content-Type": type }, body);
    expect(answer.status, `${type} ${JSON.stringify(body)}`).toBe(400);
  }
  expect(errorsSince(mark)).toEqual([]);
});

test("action ids: malformed 400, well-formed but not in this build 404; nothing logged", async () => {
  const mark = app.output().length;
  for (const [id, status] of [["u", 400], ["x".repeat(42), 400], [`${ACTION_IDS[0]!}0`, 400], ["7f" + "0".repeat(40), 404]] as const) {
    const answer = await post("/", { Origin: BASE, "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" }, "[]");
    expect(answer.status, id).toBe(status);
  }
  expect(errorsSince(mark)).toEqual([]);
});

test("TRACE and TRACK are refused with 405", async () => {
  for (const method of ["TRACE", "TRACK"]) {
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(`${BASE}/`, { method }, (response) => (response.resume(), resolve(response.statusCode!)));
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(status, method).toBe(405);
  }
});

test("GET of the credentials callback: 405, nothing logged", async () => {
  const mark = app.output().length;
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, { redirect: "manual" });
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe("POST");
  expect(errorsSince(mark)).toEqual([]);
});

const origin = fc.oneof(fc.constantFrom("null", "", BASE, `https://127.0.0.1:${PORT}`, "https://evil.example", "http://[::1", "x".repeat(300)), fc.webUrl(), fc.string({ maxLength: 40 }));
const json = fc.json({ maxDepth: 3 }).map((text) => text);
const reference = fc.constantFrom("$K1", "$@1", "$Q2", "$F1", "$T", "$undefined", "$$x", "$nabc", "$D2026-01-01", "$1:a", "$h0");
const body = fc.oneof(json, fc.array(fc.oneof(reference, fc.string({ maxLength: 10 })), { maxLength: 4 }).map((items) => JSON.stringify(items)), fc.string({ maxLength: 200 }));
// The headers Next's router sends with its own requests, with values no router would send.
const routerHeaders = fc.record(
  {
    RSC: fc.constantFrom("1", "0", "x"),
    "Next-Router-State-Tree": fc.oneof(fc.constantFrom("%5B%5D", "%7B", "[\"\",{}]", "%5B%22%22%2C%7B%7D%2Cnull%2Cnull%2Ctrue%5D"), fc.string({ maxLength: 30 }).map(encodeURIComponent)),
    "Next-Router-Prefetch": fc.constantFrom("1", "2", "x"),
    "Next-Url": fc.constantFrom("/", "//evil.example", "/%zz", "x"),
  },
  { requiredKeys: [] },
);
const contentType = fc.constantFrom("text/plain;charset=UTF-8", "multipart/form-data; boundary=b", "multipart/form-data", "application/x-www-form-urlencoded", "application/json", "");

test("fuzzed server-action requests never get a 5xx nor log an error (property)", async () => {
  test.setTimeout(180_000);
  const mark = app.output().length;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom("/", "/commitments", "/talks", "/sign-in", "/admin", "/admin/users"),
      fc.option(origin, { nil: undefined }),
      fc.option(fc.oneof(fc.constantFrom(...ACTION_IDS), fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 40, maxLength: 42 }), fc.string({ maxLength: 50 })), { nil: undefined }),
      contentType,
      body,
      fc.option(fc.constantFrom("evil.example", "127.0.0.1", "::"), { nil: undefined }),
      routerHeaders,
      async (path, originValue, action, type, payload, forwardedHost, extra) => {
        const headers: Record<string, string> = { Cookie: "next-auth.session-token=forged", ...extra };
        const printable = (value: string) => value.replace(/[^\x20-\x7e]/g, "");
        if (originValue !== undefined) headers.Origin = printable(originValue);
        if (action !== undefined) headers["Next-Action"] = printable(action);
        if (type) headers["Content-Type"] = type;
        if (forwardedHost) headers["X-Forwarded-Host"] = forwardedHost;
        const answer = await post(path, headers, payload);
        expect(answer.status, JSON.stringify({ path, headers, payload })).toBeLessThan(500);
      },
    ),
    { numRuns: 300 },
  );
  expect(errorsSince(mark)).toEqual([]);
});

test("fuzzed page GETs with router headers never get a 5xx nor log an error (property)", async () => {
  test.setTimeout(180_000);
  const mark = app.output().length;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom("/", "/commitments", "/talks", "/methodology", "/sign-in", "/admin", "/commitments/no-such"), routerHeaders, async (path, headers) => {
      const response = await fetch(`${BASE}${path}`, { redirect: "manual", headers: { ...headers, Cookie: "next-auth.session-token=forged" } });
      await response.arrayBuffer();
      expect(response.status, JSON.stringify({ path, headers })).toBeLessThan(500);
    }),
    { numRuns: 150 },
  );
  expect(errorsSince(mark)).toEqual([]);
});

test("fuzzed sign-in, sign-out and callback requests never get a 5xx nor log an error (property)", async () => {
  test.setTimeout(180_000);
  const mark = app.output().length;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom("GET", "POST"),
      fc.constantFrom("callback/credentials", "callback/nope", "signin", "signin/credentials", "signout", "session", "csrf", "providers", "error", "nope", "callback", "callback/credentials/x"),
      fc.option(fc.constantFrom(BASE, "null", "https://evil.example"), { nil: undefined }),
      fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain", ""),
      fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 2 }), fc.constantFrom("email=a%40b.org&password=x&csrfToken=x&json=true", "csrfToken=&callbackUrl=%2F..%2F%2Fevil.example")),
      async (method, path, originValue, type, payload) => {
        const headers: Record<string, string> = {};
        if (originValue) headers.Origin = originValue;
        if (type) headers["Content-Type"] = type;
        const response = await fetch(`${BASE}/api/auth/${path}?callbackUrl=%2F..%2F%2Fevil.example`, { method, redirect: "manual", headers, body: method === "POST" ? payload : undefined });
        await response.arrayBuffer();
        expect(response.status, JSON.stringify({ method, path, headers, payload })).toBeLessThan(500);
      },
    ),
    { numRuns: 300 },
  );
  expect(errorsSince(mark)).toEqual([]);
});
