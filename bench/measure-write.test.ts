import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureWrites, signIn } from "./measure-write";

// A stand-in for next-auth's credentials flow and the JSON status route (shapes as next-auth 4 answers them).
const seen: { body: Record<string, unknown> }[] = [];
let routeAnswer = 200;
let server: Server;
let baseUrl = "";

function readBody(request: import("node:http").IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => resolve(body));
  });
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    const json = (status: number, value: unknown, headers: Record<string, string | string[]> = {}) =>
      response.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(value));
    if (request.url === "/api/auth/csrf") return json(200, { csrfToken: "t0k" }, { "Set-Cookie": "next-auth.csrf-token=t0k%7Chash; Path=/; HttpOnly" });
    if (request.url === "/api/auth/callback/credentials") {
      const form = new URLSearchParams(body);
      const ok = form.get("csrfToken") === "t0k" && request.headers.cookie?.includes("next-auth.csrf-token=t0k") && form.get("password") === "right";
      return ok ? json(200, { url: "/admin" }, { "Set-Cookie": ["next-auth.session-token=s3ss; Path=/; HttpOnly"] }) : json(401, { url: "/error" });
    }
    if (request.url === "/api/health") return json(200, { status: "ok" });
    if (request.url !== "/api/admin/status-changes" || request.method !== "POST") return response.writeHead(404, { "Content-Type": "text/html" }).end("<h1>404</h1>");
    if (!request.headers.cookie?.includes("next-auth.session-token=s3ss")) return json(401, { error: { code: "unauthorized" } });
    const update = JSON.parse(body) as Record<string, unknown>;
    if (update.version === "-1") return json(409, { error: { code: "conflict", message: "Someone else saved first." } });
    seen.push({ body: update });
    await new Promise((resolve) => setTimeout(resolve, 5));
    return json(routeAnswer, routeAnswer === 201 ? { version: 2 } : { error: { code: "conflict", message: "Someone else saved first." } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("signIn", () => {
  it("returns the session cookie for the right password and null for a wrong one", async () => {
    expect(await signIn(baseUrl, "bench@example.org", "right")).toContain("next-auth.session-token=s3ss");
    expect(await signIn(baseUrl, "bench@example.org", "wrong")).toBeNull();
  });
});

describe("measureWrites", () => {
  const noActions = "/no/such/manifest.json";

  it("sends concurrent updates through the JSON route, one pledge each, with its current version, and reports their p95", async () => {
    seen.length = 0;
    routeAnswer = 201;
    const cookie = await signIn(baseUrl, "bench@example.org", "right");
    const figures = await measureWrites({ baseUrl, databaseUrl: process.env.DATABASE_URL!, cookie, writers: 20, updatesPerWriter: 2, actionManifest: noActions, floorSeconds: 1 });
    expect(figures.statusUpdateP95!.value).toBeGreaterThanOrEqual(5);
    expect(figures.statusUpdateP95!.details).toMatchObject({ via: "route", writers: 20, updates: 40, succeeded: 40 });
    // The framework's floor beside it: /api/health at the same concurrency, every answer a success.
    expect(figures.statusUpdateP95!.details).toMatchObject({ healthFloor: { p95: expect.any(Number), failures: 0 } });
    // The warm-up write is refused for its stale version and is not among the timed ones.
    expect(seen).toHaveLength(40);
    expect(figures.statusUpdateP95!.details).toMatchObject({ warmUpMs: expect.any(Number) });
    expect(new Set(seen.map((s) => s.body.commitmentId)).size).toBe(40);
    for (const { body } of seen) expect(body).toMatchObject({ commitmentId: expect.any(String), version: expect.any(String), toStatus: expect.any(String), note: expect.any(String) });
    expect(figures.statusUpdateActionP95!.note).toMatch(/^not available: no status server action/);
  });

  it("gives no figure when the route refuses updates, and says why", async () => {
    routeAnswer = 409;
    const cookie = await signIn(baseUrl, "bench@example.org", "right");
    const { statusUpdateP95 } = await measureWrites({ baseUrl, databaseUrl: process.env.DATABASE_URL!, cookie, writers: 2, updatesPerWriter: 1, actionManifest: noActions, floorSeconds: 1 });
    expect(statusUpdateP95).toMatchObject({ value: null, pass: false });
    expect(statusUpdateP95!.note).toMatch(/^2 updates refused, first: 409 .*conflict/);
  });

  it("reports both figures as not available without a session", async () => {
    const figures = await measureWrites({ baseUrl, databaseUrl: process.env.DATABASE_URL!, cookie: null, writers: 1, updatesPerWriter: 1, signInNote: "no analyst", actionManifest: noActions });
    expect(figures.statusUpdateP95!.note).toBe("not available: no analyst");
    expect(figures.statusUpdateActionP95!.note).toBe("not available: no analyst");
  });
});
