// Issue 11: two instances of the app on one PostgreSQL database. A status change recorded on A
// reaches B's dashboard, pledge page, /api/stats and CSV within a second, and five failed
// sign-ins on A lock the account on B. Needs the PostgreSQL server: the embedded database
// belongs to one process, so two instances cannot share it.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { startApp, waitUntilServing, type AppProcess } from "../support/app-process";
import { postCredentials } from "../support/credentials";
import { createOwnDatabase, type OwnDatabase } from "../support/own-database";

const PORT_A = 3411;
const PORT_B = 3412;
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const PASSWORD = "two-instances-password-0123";

let database: OwnDatabase;
const apps: AppProcess[] = [];

test.describe.configure({ mode: "serial", timeout: 300_000 });

test.beforeAll(async () => {
  database = await createOwnDatabase("two_instances");
  if (database.kind !== "server") return;
  // A first: it migrates and seeds the empty database; then B on the same one.
  for (const port of [PORT_A, PORT_B]) {
    const app = startApp({ ...database.appEnv, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}` });
    apps.push(app);
    await waitUntilServing(app, port, 280_000);
  }
  for (const email of ["two-analyst@example.org", "two-lockout@example.org"]) {
    execFileSync("npm", ["run", "--silent", "user:create", "--", "--email", email, "--name", email, "--role", "analyst"], {
      env: { ...process.env, ...database.appEnv, USER_PASSWORD: PASSWORD },
      stdio: "pipe",
    });
  }
});

test.afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await database?.drop();
});

async function query<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: database.appEnv.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const cookieOf = (setCookies: string[]) => setCookies.map((cookie) => cookie.split(";")[0]).join("; ");
const countOf = (stats: { statusBreakdown: { status: string; count: number }[] }, status: string) =>
  stats.statusBreakdown.find((row) => row.status === status)?.count ?? 0;

test("a status change on A is on B's dashboard, pledge page, /api/stats and CSV within a second", async () => {
  test.skip(database.kind !== "server", "two instances need the PostgreSQL server");
  const statsBefore = await (await fetch(`${B}/api/stats`)).json();
  const recent = new Set<string>(statsBefore.latestChanges.map((change: { commitment: { slug: string } }) => change.commitment.slug));
  // A pledge the dashboard does not link yet (its measured-pledges panel links some from the start).
  const dashboardBefore = await (await fetch(`${B}/`)).text();
  const [pledge] = (await query<{ id: number; slug: string; version: number; status: string; evidenceId: number }>(
    `SELECT c.id, c.slug, c.version, c.status, min(e.id) AS "evidenceId" FROM "Commitment" c JOIN "Evidence" e ON e."commitmentId" = c.id
     WHERE c.status <> 'STALLED' GROUP BY c.id ORDER BY c.id`,
  )).filter((row) => !recent.has(row.slug) && !dashboardBefore.includes(`/commitments/${row.slug}"`));
  expect(pledge).toBeDefined();
  const note = `Two instances, one database ${Date.now()}.`;

  // B has the data of every view cached before the write (read once, kept until a write).
  for (const path of ["/", `/commitments/${pledge!.slug}`, "/api/stats"]) expect((await fetch(`${B}${path}`)).status).toBe(200);
  expect(await (await fetch(`${B}/`)).text()).not.toContain(`/commitments/${pledge!.slug}"`);
  expect(await (await fetch(`${B}/api/export/commitments.csv?status=STALLED`)).text()).not.toContain(pledge!.slug);

  const signIn = await postCredentials("two-analyst@example.org", PASSWORD, { address: "127.0.0.1", baseUrl: A });
  expect(signIn.status).toBe(200);
  const written = await fetch(`${A}/api/admin/status-changes`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: A, Cookie: cookieOf(signIn.setCookies) },
    body: JSON.stringify({ commitmentId: String(pledge!.id), version: String(pledge!.version), toStatus: "STALLED", effectiveOn: new Date().toISOString().slice(0, 10), note, evidenceIds: String(pledge!.evidenceId) }),
  });
  expect(written.status, await written.clone().text()).toBe(201);
  const committedAt = Date.now();

  // Each view is polled until it shows the change (for up to 5 s, so that a miss says by how much).
  const freshAfter = async (isFresh: () => Promise<boolean>) => {
    while (Date.now() - committedAt < 5_000) {
      if (await isFresh()) return Date.now() - committedAt;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return Infinity;
  };
  const text = async (path: string) => (await fetch(`${B}${path}`)).text();
  const timings = Object.fromEntries(await Promise.all([
    ["dashboard", () => text("/").then((html) => html.includes(`/commitments/${pledge!.slug}"`))],
    ["pledge page", () => text(`/commitments/${pledge!.slug}`).then((html) => html.includes(note))],
    ["/api/stats", () => text("/api/stats").then((json) => countOf(JSON.parse(json), "STALLED") === countOf(statsBefore, "STALLED") + 1)],
    ["CSV", () => text("/api/export/commitments.csv?status=STALLED").then((csv) => csv.includes(pledge!.slug))],
  ].map(async ([name, isFresh]) => [name, await freshAfter(isFresh as () => Promise<boolean>)] as const)));
  console.log(`two instances: ms from the commit on A to B serving it: ${JSON.stringify(timings)}`);
  for (const [view, ms] of Object.entries(timings)) expect(ms, `${view} on B`).toBeLessThanOrEqual(1_000);
});

test("five failed sign-ins on A lock the account on B", async () => {
  test.skip(database.kind !== "server", "two instances need the PostgreSQL server");
  const email = "two-lockout@example.org";
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await postCredentials(email, `wrong-${attempt}`, { address: "127.0.0.1", baseUrl: A })).status).toBe(401);
  }
  const onB = await postCredentials(email, PASSWORD, { address: "127.0.0.1", baseUrl: B });
  expect(onB.status).toBe(429);
  expect(Number(onB.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(onB.setCookies.filter((cookie) => cookie.includes("session-token"))).toEqual([]);
});
