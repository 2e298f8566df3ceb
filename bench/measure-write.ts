// The write path under contention: 20 analysts recording status updates at once through the real
// route or server action, signed in through next-auth's credentials flow. p95 of the updates.
import pg from "pg";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { percentile } from "./load-test";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { actionWriter, findStatusAction, routeWriter, STATUS_ROUTE, type StatusWriter, type UpdateTarget } from "./write-drivers";

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
  return /next-auth\.session-token=/.test(cookies) ? cookies : null;
}

export type WriteSetup = { baseUrl: string; databaseUrl: string; cookie: string | null; writers: number; updatesPerWriter: number; signInNote?: string; actionManifest?: string };

/** The route when it exists (a JSON 404 means the route is there), else the server action, else null. */
async function chooseWriter(setup: WriteSetup, cookie: string): Promise<StatusWriter | null> {
  const probe = await fetch(`${setup.baseUrl}${STATUS_ROUTE("bench-1")}`, { method: "POST", headers: { "Content-Type": "application/json", Origin: setup.baseUrl }, body: "{}" });
  if (probe.status !== 404 || probe.headers.get("content-type")?.includes("json")) return routeWriter(setup.baseUrl, cookie);
  const action = findStatusAction(setup.actionManifest);
  return action ? actionWriter(setup.baseUrl, cookie, action) : null;
}

async function updateTargets(databaseUrl: string, count: number): Promise<UpdateTarget[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<Omit<UpdateTarget, "toStatus">>(
      `SELECT c.id, c.slug, c.status::text AS status, c.version,
              (SELECT min(e.id) FROM "Evidence" e WHERE e."commitmentId" = c.id) AS "evidenceId"
       FROM "Commitment" c WHERE NOT c.archived ORDER BY c.id LIMIT $1`, [count]);
    return rows.map((row) => ({ ...row, toStatus: STATUS_ORDER.find((s) => s !== row.status && s !== "ANNOUNCED")! }));
  } finally {
    await db.end();
  }
}

export async function measureWrites(setup: WriteSetup): Promise<Record<string, Figure>> {
  const writer = await chooseWriter(setup, setup.cookie ?? "");
  if (!writer) return { statusUpdateP95: notAvailable("statusUpdateP95", "no POST /api/admin/commitments/{slug}/status route and no status server action in this build") };
  if (!setup.cookie) return { statusUpdateP95: notAvailable("statusUpdateP95", setup.signInNote ?? "could not sign in as the bench analyst") };
  const targets = await updateTargets(setup.databaseUrl, setup.writers * setup.updatesPerWriter);
  const times: number[] = [];
  const failures: string[] = [];
  // Each writer updates its own pledges: contention on the server and database, not version conflicts.
  await Promise.all(Array.from({ length: setup.writers }, async (_, w) => {
    for (const target of targets.slice(w * setup.updatesPerWriter, (w + 1) * setup.updatesPerWriter)) {
      const started = performance.now();
      const outcome = await writer.send(target);
      if (outcome.ok) times.push(performance.now() - started);
      else failures.push(outcome.detail ?? "refused");
    }
  }));
  times.sort((a, b) => a - b);
  const note = failures.length ? `${failures.length} updates refused, first: ${failures[0]}` : undefined;
  const details = { via: writer.kind, writers: setup.writers, updates: times.length + failures.length, succeeded: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
  return { statusUpdateP95: measured("statusUpdateP95", times.length && !failures.length ? percentile(times, 95) : null, { note, details }) };
}
