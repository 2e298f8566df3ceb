// Checklist row 13: oversized and garbage input over real HTTP against the built app. Each is a
// 4xx with a clear message (never a 500), carries the security headers, and writes nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { rowCounts } from "../support/database-counts";
import { expectNothingDisclosed } from "../support/disclosure";
import { expectSecurityHeaders } from "../support/security-headers";
import { rawPost, type RawAnswer } from "../support/raw-http";
import { E2E_BASE_URL } from "../support/server";

const MB = 1024 * 1024;

/** The analyst's session cookie, from the session the setup project stored. */
function analystCookie(): string {
  const state = JSON.parse(readFileSync(storageStateOf("analyst"), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.filter((cookie) => cookie.name.includes("next-auth")).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

function recordStatusActionId(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "../../.next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "recordStatusAction")![0];
}

function expectClearRefusal({ status, headers, body }: RawAnswer, expected: number, message: RegExp) {
  expect(status, body.slice(0, 300)).toBe(expected);
  expectSecurityHeaders(headers);
  expect(headers.get("content-type")).toContain("application/json");
  expect((JSON.parse(body) as { error: { message: string } }).error.message).toMatch(message);
  expectNothingDisclosed(body);
}

test.describe("server actions", () => {
  const headers = () => ({ "Next-Action": recordStatusActionId(), Accept: "text/x-component", Origin: E2E_BASE_URL, Cookie: analystCookie() });
  const post = (body: string, contentType = "text/plain;charset=UTF-8", options = {}) =>
    rawPost(`${E2E_BASE_URL}/admin/commitments/1`, { ...headers(), "Content-Type": contentType }, Buffer.from(body), options);

  test("a 1.1 MB action body answers 413 with a clear message, as text or as a form, and writes nothing", async () => {
    const before = await rowCounts();
    const note = "x".repeat(1.1 * MB);
    expectClearRefusal(await post(JSON.stringify([{ note }])), 413, /too large: at most 1 MB/);
    // The same as the form a browser posts (multipart), built by fetch's own encoder.
    const form = new FormData();
    form.append("commitmentId", "1");
    form.append("note", note);
    const encoded = new Response(form);
    expectClearRefusal(await post(await encoded.text(), encoded.headers.get("content-type")!), 413, /too large: at most 1 MB/);
    expect(await rowCounts()).toEqual(before);
  });

  test("an action body without a declared length answers 411", async () => {
    const before = await rowCounts();
    expectClearRefusal(await post(JSON.stringify([{ note: "x".repeat(1.1 * MB) }]), undefined, { chunked: true }), 411, /Content-Length/);
    expect(await rowCounts()).toEqual(before);
  });

  test("a body just under the limit still reaches the action, which refuses it as a form", async () => {
    const before = await rowCounts();
    const answer = await post(JSON.stringify(["x".repeat(0.9 * MB)]));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"code":"bad_request"');
    expect(await rowCounts()).toEqual(before);
  });
});

test.describe("POST /api/admin/status-changes", () => {
  const post = (body: string, contentType = "application/json", options = {}) =>
    rawPost(`${E2E_BASE_URL}/api/admin/status-changes`, { Origin: E2E_BASE_URL, Cookie: analystCookie(), "Content-Type": contentType }, Buffer.from(body), options);
  const update = (fields: Record<string, unknown>) => JSON.stringify({ commitmentId: "1", version: "1", toStatus: "IN_PROGRESS", effectiveOn: "2026-01-01", note: "n", ...fields });

  test("invalid JSON 400, wrong content type 415, 10 MB string 413 (declared or chunked), 100k-item array 413; nothing written", async () => {
    const before = await rowCounts();
    expectClearRefusal(await post('{"commitmentId": "1", '), 400, /not valid JSON/);
    expectClearRefusal(await post("\u0000\u00ff garbage"), 400, /not valid JSON/);
    expectClearRefusal(await post(update({}), "text/plain"), 415, /application\/json/);
    expectClearRefusal(await post(update({}), "application/x-www-form-urlencoded"), 415, /application\/json/);
    const started = Date.now();
    expectClearRefusal(await post(update({ note: "x".repeat(10 * MB) })), 413, /too large: send at most 64 KB/);
    expectClearRefusal(await post(update({ note: "x".repeat(10 * MB) }), "application/json", { chunked: true }), 413, /too large/);
    expect(Date.now() - started, "refused without reading 10 MB slowly").toBeLessThan(10_000);
    expectClearRefusal(await post(update({ evidenceIds: Array.from({ length: 100_000 }, (_, i) => String(i + 1)) })), 413, /too large/);
    expect(await rowCounts()).toEqual(before);
  });

  test("garbage that fits answers 4xx with field errors, never a 500", async () => {
    const before = await rowCounts();
    for (const body of ["[]", "null", "42", '"text"', update({ evidenceIds: Array.from({ length: 5_000 }, () => "1") }), update({ toStatus: "NOPE", version: "-1", effectiveOn: "yesterday" }), update({ commitmentId: { $gt: 0 } })]) {
      const answer = await post(body);
      expect([400, 422], `${body.slice(0, 60)} → ${answer.status} ${answer.body.slice(0, 200)}`).toContain(answer.status);
      expectNothingDisclosed(answer.body);
    }
    expect(await rowCounts()).toEqual(before);
  });
});

test.describe("public API and exports", () => {
  const PATHS = ["/api/commitments", "/api/export/commitments.csv", "/api/export/evidence.csv", "/api/export/status-history.csv", "/api/stats", "/api/talks"];

  test("a 10 MB query string is refused with 431 and the security headers, not a 500", async () => {
    for (const path of PATHS) {
      // The server answers as soon as the request line overflows, and reads and drops the rest
      // so that the client gets to read the answer.
      const response = await fetch(`${E2E_BASE_URL}${path}?q=${"a".repeat(10 * MB)}`);
      expect(response.status, path).toBe(431);
      expectSecurityHeaders(response.headers);
      expect(await response.text()).toContain("too long");
    }
  });

  test("garbage in paths and parameters answers 4xx, never a 500", async () => {
    const garbage = [
      "/api/commitments/%E0%A4%A", "/api/talks/%E0", "/api/stats/%.csv", "/commitments/%E0%A4%A", "/talks/%",
      "/api/commitments?q=%E0%A4%A&status=%", "/api/commitments?sort=title;DROP%20TABLE%20x", "/api/commitments?page=1e309&pageSize=-1",
      `/api/commitments?q=${"é".repeat(1000)}`, `/api/export/commitments.csv?q=${"a".repeat(12_000)}`, `/api/commitments?${"status=x&".repeat(1_000)}`,
      "/api/export/commitments.csv?status=%ZZ&category[]=1", "/api/talks/99999999999999999999999", "/api/stats/%00.csv",
    ];
    for (const path of garbage) {
      const response = await fetch(`${E2E_BASE_URL}${path}`);
      const body = await response.text();
      expect(response.status, `${path} → ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expectSecurityHeaders(response.headers);
      expectNothingDisclosed(body, path);
    }
  });
});
