// The write path under contention: 20 analysts recording status updates at once through the JSON
// route and then the server action, signed in through next-auth's credentials flow. p95 of each.
import pg from "pg";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { loadTest, percentile } from "./load-test";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { actionWriter, findStatusAction, routeWriter, type StatusWriter, type UpdateTarget } from "./write-drivers";

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

export type WriteSetup = { baseUrl: string; databaseUrl: string; cookie: string | null; writers: number; updatesPerWriter: number; signInNote?: string; actionManifest?: string; floorSeconds?: number };

export async function updateTargets(databaseUrl: string, count: number, offset = 0): Promise<UpdateTarget[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<Omit<UpdateTarget, "toStatus">>(
      `SELECT c.id, c.slug, c.status::text AS status, c.version,
              (SELECT min(e.id) FROM "Evidence" e WHERE e."commitmentId" = c.id) AS "evidenceId"
       FROM "Commitment" c WHERE NOT c.archived ORDER BY c.id LIMIT $1 OFFSET $2`, [count, offset]);
    return rows.map((row) => ({ ...row, toStatus: STATUS_ORDER.find((s) => s !== row.status && s !== "ANNOUNCED")! }));
  } finally {
    await db.end();
  }
}

/** 20 writers at once, each on its own pledges: contention on the server and database, not version conflicts. */
async function timeWrites(writer: StatusWriter, targets: UpdateTarget[], writers: number, perWriter: number) {
  const times: number[] = [];
  const failures: string[] = [];
  // One write first, refused for its stale version so that nothing is written: it runs the whole
  // path (session, schema, the database function) and loads the route's code, whose first use
  // would otherwise land on the first wave of writers, a tenth of the samples.
  const warmUpStarted = performance.now();
  if (targets[0]) await writer.send({ ...targets[0], version: -1 });
  const warmUpMs = Math.round(performance.now() - warmUpStarted);
  await Promise.all(Array.from({ length: writers }, async (_, w) => {
    for (const target of targets.slice(w * perWriter, (w + 1) * perWriter)) {
      const started = performance.now();
      const outcome = await writer.send(target);
      if (outcome.ok) times.push(performance.now() - started);
      else failures.push(outcome.detail ?? "refused");
    }
  }));
  times.sort((a, b) => a - b);
  const note = failures.length ? `${failures.length} updates refused, first: ${failures[0]}` : undefined;
  const details = { via: writer.kind, writers, updates: times.length + failures.length, succeeded: times.length, p50: percentile(times, 50), p99: percentile(times, 99), warmUpMs };
  return { value: times.length && !failures.length ? percentile(times, 95) : null, note, details };
}

/** The JSON route's p95 (statusUpdateP95) and the server action's (statusUpdateActionP95), on different pledges. */
export async function measureWrites(setup: WriteSetup): Promise<Record<string, Figure>> {
  if (!setup.cookie) {
    const why = setup.signInNote ?? "could not sign in as the bench analyst";
    return { statusUpdateP95: notAvailable("statusUpdateP95", why), statusUpdateActionP95: notAvailable("statusUpdateActionP95", why) };
  }
  const count = setup.writers * setup.updatesPerWriter;
  const figures: Record<string, Figure> = {};
  const route = await timeWrites(routeWriter(setup.baseUrl, setup.cookie), await updateTargets(setup.databaseUrl, count), setup.writers, setup.updatesPerWriter);
  // The floor beside it: Next's cheapest route with one database round trip (/api/health), at the
  // same concurrency. A write cannot answer faster than the framework answers anything.
  const floor = await loadTest(`${setup.baseUrl}/api/health`, setup.writers, setup.floorSeconds ?? 5);
  const healthFloor = { p50: floor.p50, p95: floor.p95, requestsPerSecond: Math.round(floor.requestsPerSecond), failures: floor.failures };
  figures.statusUpdateP95 = measured("statusUpdateP95", route.value, { note: route.note, details: { ...route.details, healthFloor } });
  const action = findStatusAction(setup.actionManifest);
  if (!action) {
    figures.statusUpdateActionP95 = notAvailable("statusUpdateActionP95", "no status server action in this build's server-reference manifest");
  } else {
    const timed = await timeWrites(actionWriter(setup.baseUrl, setup.cookie, action), await updateTargets(setup.databaseUrl, count, count), setup.writers, setup.updatesPerWriter);
    figures.statusUpdateActionP95 = measured("statusUpdateActionP95", timed.value, { note: timed.note, details: timed.details });
  }
  return figures;
}
