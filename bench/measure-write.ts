// The write path under contention: 20 analysts updating statuses at once through the real route,
// signed in through next-auth's credentials flow. p95 of the successful updates.
import pg from "pg";
import { percentile } from "./load-test";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { STATUS_ORDER } from "@/lib/commitments/status";

export const STATUS_ROUTE = (slug: string) => `/api/admin/commitments/${encodeURIComponent(slug)}/status`;

function cookieHeader(response: Response, jar: Map<string, string>): string {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string | null> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) return null;
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${baseUrl}/admin` });
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual", body: form,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(csrf, jar), Origin: baseUrl },
  });
  const cookies = cookieHeader(callback, jar);
  return /next-auth\.session-token|__Secure-next-auth\.session-token/.test(cookies) ? cookies : null;
}

export type WriteSetup = { baseUrl: string; databaseUrl: string; cookie: string | null; writers: number; updatesPerWriter: number; signInNote?: string };

export async function measureWrites(setup: WriteSetup): Promise<Record<string, Figure>> {
  const probe = await fetch(`${setup.baseUrl}${STATUS_ROUTE("bench-1")}`, { method: "POST", headers: { "Content-Type": "application/json", Origin: setup.baseUrl }, body: "{}" });
  if (probe.status === 404 && !probe.headers.get("content-type")?.includes("json")) {
    return { statusUpdateP95: notAvailable("statusUpdateP95", `no POST /api/admin/commitments/{slug}/status route in this build (server-action-only writes are not driven by the harness)`) };
  }
  if (!setup.cookie) return { statusUpdateP95: notAvailable("statusUpdateP95", setup.signInNote ?? "could not sign in as the bench analyst") };
  const db = new pg.Client({ connectionString: setup.databaseUrl });
  await db.connect();
  const times: number[] = [];
  const failures: string[] = [];
  try {
    const { rows } = await db.query<{ slug: string; status: string; progress: number; version: number }>(
      `SELECT slug, status::text, progress, version FROM "Commitment" WHERE NOT archived ORDER BY id LIMIT $1`, [setup.writers * setup.updatesPerWriter]);
    const writer = async (w: number) => {
      for (let k = 0; k < setup.updatesPerWriter; k++) {
        const row = rows[w * setup.updatesPerWriter + k];
        if (!row) return;
        const next = STATUS_ORDER.find((s) => s !== row.status && s !== "ANNOUNCED")!;
        const body = JSON.stringify({ status: next, effectiveOn: "2026-01-15", note: "Benchmark status update.", version: row.version });
        const started = performance.now();
        const response = await fetch(`${setup.baseUrl}${STATUS_ROUTE(row.slug)}`, {
          method: "POST", body, headers: { "Content-Type": "application/json", Cookie: setup.cookie!, Origin: setup.baseUrl },
        });
        const text = await response.text();
        if (response.ok) times.push(performance.now() - started);
        else failures.push(`${response.status} ${text.slice(0, 160)}`);
      }
    };
    await Promise.all(Array.from({ length: setup.writers }, (_, w) => writer(w)));
  } finally {
    await db.end();
  }
  times.sort((a, b) => a - b);
  const note = failures.length ? `${failures.length} updates refused, first: ${failures[0]}` : undefined;
  const details = { writers: setup.writers, updates: times.length + failures.length, succeeded: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
  return { statusUpdateP95: measured("statusUpdateP95", times.length && !failures.length ? percentile(times, 95) : null, { note, details }) };
}
