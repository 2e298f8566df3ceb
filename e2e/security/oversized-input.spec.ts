// Checklist row 13: oversized and garbage input over real HTTP against the built app. Each is a
// 4xx with a clear message (never a 500), carries the security headers, and writes nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { rowCounts } from "../support/database-counts";
import { expectNothingDisclosed } from "../support/disclosure";
import { expectSecurityHeaders } from "../support/security-headers";
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

async function expectClearRefusal(response: Response, status: number, message: RegExp) {
  const body = await response.text();
  expect(response.status, body.slice(0, 300)).toBe(status);
  expectSecurityHeaders(response.headers);
  expect(response.headers.get("content-type")).toContain("application/json");
  expect((JSON.parse(body) as { error: { message: string } }).error.message).toMatch(message);
  expectNothingDisclosed(body);
}

/** A body without a declared length (sent chunked), in 64 KB pieces. */
function chunked(text: string): { body: ReadableStream<Uint8Array>; duplex: "half" } {
  const bytes = Buffer.from(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 64 * 1024)));
    },
  });
  return { body, duplex: "half" };
}

test.describe("server actions", () => {
  const post = (body: BodyInit, extra: Record<string, string> = {}, init: object = {}) =>
    fetch(`${E2E_BASE_URL}/admin/commitments/1`, {
      method: "POST",
      redirect: "manual",
      headers: { "Next-Action": recordStatusActionId(), Accept: "text/x-component", Origin: E2E_BASE_URL, Cookie: analystCookie(), ...extra },
      body,
      ...init,
    });

  test("a 1.1 MB action body answers 413 with a clear message, as text or as a form, and writes nothing", async () => {
    const before = await rowCounts();
    const note = "x".repeat(1.1 * MB);
    await expectClearRefusal(await post(JSON.stringify([{ note }]), { "Content-Type": "text/plain;charset=UTF-8" }), 413, /too large: at most 1 MB/);
    const form = new FormData();
    form.append("commitmentId", "1");
    form.append("note", note);
    await expectClearRefusal(await post(form), 413, /too large: at most 1 MB/);
    expect(await rowCounts()).toEqual(before);
  });

  test("an action body without a declared length answers 411", async () => {
    const before = await rowCounts();
    const { body, duplex } = chunked(JSON.stringify([{ note: "x".repeat(1.1 * MB) }]));
    await expectClearRefusal(await post(body as unknown as BodyInit, { "Content-Type": "text/plain;charset=UTF-8" }, { duplex }), 411, /Content-Length/);
    expect(await rowCounts()).toEqual(before);
  });

  test("a body just under the limit still reaches the action, which refuses it as a form", async () => {
    const before = await rowCounts();
    const response = await post(JSON.stringify(["x".repeat(0.9 * MB)]), { "Content-Type": "text/plain;charset=UTF-8" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('"code":"bad_request"');
    expect(await rowCounts()).toEqual(before);
  });
});

test.describe("POST /api/admin/status-changes", () => {
  const post = (body: BodyInit, contentType = "application/json", init: object = {}) =>
    fetch(`${E2E_BASE_URL}/api/admin/status-changes`, { method: "POST", headers: { Origin: E2E_BASE_URL, Cookie: analystCookie(), "Content-Type": contentType }, body, ...init });
  const update = (fields: Record<string, unknown>) => JSON.stringify({ commitmentId: "1", version: "1", toStatus: "IN_PROGRESS", effectiveOn: "2026-01-01", note: "n", ...fields });

  test("invalid JSON 400, wrong content type 415, 10 MB string 413 (declared or chunked), 100k-item array 413; nothing written", async () => {
    const before = await rowCounts();
    await expectClearRefusal(await post('{"commitmentId": "1", '), 400, /not valid JSON/);
    await expectClearRefusal(await post("\u0000\u00ff garbage"), 400, /not valid JSON/);
    await expectClearRefusal(await post(update({}), "text/plain"), 415, /application\/json/);
    await expectClearRefusal(await post(update({}), "application/x-www-form-urlencoded"), 415, /application\/json/);
    const started = Date.now();
    await expectClearRefusal(await post(update({ note: "x".repeat(10 * MB) })), 413, /too large: send at most 64 KB/);
    const { body, duplex } = chunked(update({ note: "x".repeat(10 * MB) }));
    await expectClearRefusal(await post(body as unknown as BodyInit, "application/json", { duplex }), 413, /too large/);
    expect(Date.now() - started, "refused without reading 10 MB slowly").toBeLessThan(10_000);
    await expectClearRefusal(await post(update({ evidenceIds: Array.from({ length: 100_000 }, (_, i) => String(i + 1)) })), 413, /too large/);
    expect(await rowCounts()).toEqual(before);
  });

  test("garbage that fits answers 4xx with field errors, never a 500", async () => {
    const before = await rowCounts();
    for (const body of ["[]", "null", "42", '"text"', update({ evidenceIds: Array.from({ length: 5_000 }, () => "1") }), update({ toStatus: "NOPE", version: "-1", effectiveOn: "yesterday" }), update({ commitmentId: { $gt: 0 } })]) {
      const response = await post(body);
      const text = await response.text();
      expect([400, 422], `${body.slice(0, 60)} → ${response.status} ${text.slice(0, 200)}`).toContain(response.status);
      expectNothingDisclosed(text);
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
