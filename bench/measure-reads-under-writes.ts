// Reads while analysts write: the dashboard's and a pledge page's p95 under load, first with no
// writers and then with 20 writers recording status updates the whole time (JSON route, each on
// pledges of its own, re-reading the version before each write). The figure is the worse of the
// two ratios: a write must not make readers wait for a render.
import pg from "pg";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { loadTest, type LoadResult } from "./load-test";
import { routeWriter } from "./write-drivers";
import { updateTargets } from "./measure-write";

/** `targetOffset`: where in the pledges (by id) the writers' own begin, past those other figures wrote. */
export type ReadsSetup = { baseUrl: string; databaseUrl: string; cookie: string | null; writers: number; connections: number; seconds: number; pledgeSlug: string; targetOffset: number };

export const PLEDGES_PER_WRITER = 5;

async function writeUntil(setup: ReadsSetup, cookie: string, until: number): Promise<{ writes: number; refused: number }> {
  const writer = routeWriter(setup.baseUrl, cookie);
  const targets = await updateTargets(setup.databaseUrl, setup.writers * PLEDGES_PER_WRITER, setup.targetOffset);
  if (targets.length < setup.writers * PLEDGES_PER_WRITER) throw new Error(`only ${targets.length} pledges past ${setup.targetOffset} for the writers`);
  const db = new pg.Pool({ connectionString: setup.databaseUrl, max: 4 });
  let writes = 0;
  let refused = 0;
  try {
    await Promise.all(Array.from({ length: setup.writers }, async (_, w) => {
      for (let n = 0; Date.now() < until; n++) {
        const target = targets[w * PLEDGES_PER_WRITER + (n % PLEDGES_PER_WRITER)]!;
        const { rows } = await db.query(`SELECT version FROM "Commitment" WHERE id = $1`, [target.id]);
        const outcome = await writer.send({ ...target, version: rows[0].version, toStatus: n % 2 ? "IN_PROGRESS" : "STALLED" });
        if (outcome.ok) writes++;
        else refused++;
      }
    }));
  } finally {
    await db.end();
  }
  return { writes, refused };
}

const readBoth = async (setup: ReadsSetup) => {
  const connections = Math.max(1, Math.floor(setup.connections / 2));
  const [dashboard, pledge] = await Promise.all([
    loadTest(`${setup.baseUrl}/`, connections, setup.seconds),
    loadTest(`${setup.baseUrl}/commitments/${setup.pledgeSlug}`, connections, setup.seconds),
  ]);
  return { dashboard, pledge };
};

const failedIn = (runs: LoadResult[]) => runs.reduce((sum, run) => sum + run.failures, 0);

export async function measureReadsUnderWrites(setup: ReadsSetup): Promise<Record<string, Figure>> {
  if (!setup.cookie) return { readsUnderWrites: notAvailable("readsUnderWrites", "could not sign in as the bench analyst") };
  // Both pages rendered and cached once first: a cold render can outlast a short (smoke) run.
  for (const path of ["/", `/commitments/${setup.pledgeSlug}`]) await fetch(`${setup.baseUrl}${path}`).then((response) => response.arrayBuffer());
  const quiet = await readBoth(setup);
  const until = Date.now() + setup.seconds * 1000;
  const [busy, writes] = await Promise.all([readBoth(setup), writeUntil(setup, setup.cookie, until)]);
  const failures = failedIn([quiet.dashboard, quiet.pledge, busy.dashboard, busy.pledge]);
  const ratio = Math.max(busy.dashboard.p95 / quiet.dashboard.p95, busy.pledge.p95 / quiet.pledge.p95);
  const details = {
    writers: setup.writers, ...writes,
    dashboard: { quietP95: quiet.dashboard.p95, busyP95: busy.dashboard.p95 },
    pledgePage: { quietP95: quiet.pledge.p95, busyP95: busy.pledge.p95 },
  };
  const note = failures ? `${failures} reads failed` : writes.writes === 0 ? "no write succeeded while reading" : undefined;
  return { readsUnderWrites: measured("readsUnderWrites", note ? null : ratio, { details, note }) };
}
