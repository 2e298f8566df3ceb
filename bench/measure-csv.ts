// CSV export of the full status history: the app's rows/s against PostgreSQL's own COPY of the
// same rows, and how much the server's resident memory grows while it streams.
import { spawn } from "node:child_process";
import pg from "pg";
import { residentBytes } from "./app-server";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";

const EXPORT_PATH = "/api/export/status-history.csv";
const MB = 1024 * 1024;

export const COPY_SQL = `COPY (SELECT s.id, c.slug, c.title, cat.name, s."fromStatus", s."toStatus", s."effectiveOn", s."recordedAt", s.note
  FROM "StatusChange" s JOIN "Commitment" c ON c.id = s."commitmentId" JOIN "Category" cat ON cat.id = c."categoryId"
  WHERE NOT c.archived ORDER BY s.id) TO STDOUT WITH (FORMAT csv, HEADER)`;

/** The rows the export should hold: the history of every public (non-archived) pledge. */
export async function publicHistoryRows(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "StatusChange" s JOIN "Commitment" c ON c.id = s."commitmentId" WHERE NOT c.archived`);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** Seconds psql takes to COPY the status history to /dev/null (client included, as the app's is). */
export function timeCopy(databaseUrl: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const psql = spawn("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", databaseUrl, "-c", COPY_SQL], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    psql.stderr.on("data", (chunk) => (stderr += chunk));
    psql.on("error", reject);
    psql.on("exit", (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`psql COPY failed: ${stderr.trim()}`))));
  });
}

async function streamExport(url: string, serverPid: number, timeLimitSeconds: number) {
  const baseline = residentBytes(serverPid) ?? 0;
  let peak = baseline;
  const poll = setInterval(() => (peak = Math.max(peak, residentBytes(serverPid) ?? 0)), 50);
  const started = performance.now();
  const deadline = started + timeLimitSeconds * 1000;
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) return { status: response.status };
    const reader = response.body.getReader();
    let newlines = 0;
    let stopped = false;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) newlines++;
      if (performance.now() > deadline) {
        stopped = true;
        await reader.cancel();
        break;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    return { status: 200, rows: Math.max(0, newlines - 1), seconds, stopped, growthMb: (peak - baseline) / MB, baselineMb: baseline / MB };
  } finally {
    clearInterval(poll);
  }
}

const APP_RUNS = 3;

export async function measureCsv(baseUrl: string, serverPid: number, databaseUrl: string, timeLimitSeconds = 180): Promise<Record<string, Figure>> {
  // Three downloads, like the three COPYs below: the rate is the median's, the memory the worst
  // growth. One download alone measured the server's first use of the route (loading its code,
  // compiling the scan) as much as the export: 0.45–0.65× where later ones ran at 0.8–0.9×.
  const runs = [];
  for (let run = 0; run < APP_RUNS; run++) {
    const app = await streamExport(`${baseUrl}${EXPORT_PATH}`, serverPid, timeLimitSeconds);
    if (app.status !== 200 || app.rows === undefined) {
      const why = `GET ${EXPORT_PATH} answered ${app.status} in this build`;
      return { csvRate: notAvailable("csvRate", why), csvMemory: notAvailable("csvMemory", why) };
    }
    runs.push(app);
    if (app.stopped) break; // one that hit the time limit says enough
  }
  const byRate = [...runs].sort((a, b) => b.rows / b.seconds! - a.rows / a.seconds!);
  const app = { ...byRate[Math.floor(byRate.length / 2)]!, growthMb: Math.max(...runs.map((run) => run.growthMb!)) };
  const runSeconds = runs.map((run) => Math.round(run.seconds! * 1000) / 1000);
  const expectedRows = await publicHistoryRows(databaseUrl);
  const copySeconds = [await timeCopy(databaseUrl), await timeCopy(databaseUrl), await timeCopy(databaseUrl)].sort((a, b) => a - b)[1]!;
  const appRate = app.rows / app.seconds!;
  const copyRate = expectedRows / copySeconds;
  const short = app.stopped
    ? `stopped after ${timeLimitSeconds} s at ${app.rows} of ${expectedRows} rows: rate of the rows streamed`
    : app.rows < expectedRows ? `export had ${app.rows} rows, the history ${expectedRows}` : undefined;
  return {
    csvRate: measured("csvRate", appRate / copyRate, { note: short, details: { appRows: app.rows, appSeconds: app.seconds, appRunSeconds: runSeconds, appRowsPerSecond: appRate, copyRows: expectedRows, copySeconds, copyRowsPerSecond: copyRate } }),
    csvMemory: measured("csvMemory", app.growthMb!, { details: { serverPid, baselineRssMb: app.baselineMb, pollMs: 50 } }),
  };
}
