// Concurrent readers and writers for a fixed time, with PostgreSQL restarted in the middle.
import { saveOutput, startApp, stopApp } from "./app-process";
import { checkInvariants } from "./invariants";
import { createDatabase, restartServer, waitUntilAccepting } from "./postgres";
import { readerPaths } from "./reader-paths";
import { percentile, type Report } from "./report";
import { runReaders, summarise, type Sample } from "./traffic";
import { runWriters } from "./writers";

const OUTAGE_ANSWER_LIMIT_MS = 5_000;
const RECOVERY_LIMIT_MS = 10_000;
const RECOVERY_WINDOW_MS = 30_000;

export async function trafficWithRestart(report: Report, options: { seconds: number; readers: number; writers: number; port: number }) {
  const scenario = "traffic+restart";
  const database = await createDatabase("tracker_resilience");
  const app = await startApp({ DATABASE_URL: database.url }, options.port);
  try {
    const paths = await readerPaths(app.baseUrl);
    const started = Date.now();
    const until = started + options.seconds * 1000;
    let restartAt = 0;
    let backAt = 0;
    const restart = (async () => {
      await new Promise((resolve) => setTimeout(resolve, (options.seconds * 1000) / 2.5));
      restartAt = Date.now();
      await restartServer();
      await waitUntilAccepting();
      backAt = Date.now();
    })();
    const [reads, writes] = await Promise.all([
      runReaders({ baseUrl: app.baseUrl, paths, readers: options.readers, until }),
      runWriters({ baseUrl: app.baseUrl, databaseUrl: database.url, writers: options.writers, until }),
      restart,
    ]);
    const samples: Sample[] = [...reads, ...writes.samples];
    const inOutage = (s: Sample) => s.startedAt + s.ms >= restartAt && s.startedAt <= backAt + RECOVERY_WINDOW_MS;
    const normal = samples.filter((s) => !inOutage(s));
    const outage = samples.filter(inOutage);
    const failures = samples.filter((s) => s.status === 0 || s.status >= 500);
    // Recovery: from the database accepting again to the first request that then succeeded.
    const firstSuccessAfter = Math.min(...samples.filter((s) => s.startedAt >= backAt && s.status >= 200 && s.status < 400).map((s) => s.startedAt + s.ms));
    const recoveryMs = Number.isFinite(firstSuccessAfter) ? firstSuccessAfter - backAt : Infinity;
    // During the outage a request may fail, but fast: 503 within 5 s, or (a CSV already streaming
    // when the database went away) a cut connection; never a 500, never a hang.
    // A request sent during the outage must fail within 5 s; one already in flight (queued on a
    // saturated machine) when the database went away must fail too, but its clock started earlier.
    const failsFast = (s: Sample) => {
      if (s.status > 0 && s.status < 500) return true;
      if (s.status !== 503 && !(s.status === 0 && s.error !== "TimeoutError")) return false;
      return s.startedAt < restartAt ? s.startedAt + s.ms - restartAt <= OUTAGE_ANSWER_LIMIT_MS : s.ms <= OUTAGE_ANSWER_LIMIT_MS;
    };

    report.note(scenario, `${samples.length} requests in ${options.seconds} s by ${options.readers} readers and ${options.writers} writers: ${summarise(samples)}`);
    report.note(scenario, `read latency p50 ${percentile(reads.map((s) => s.ms), 50)} ms, p95 ${percentile(reads.map((s) => s.ms), 95)} ms; database down for ${backAt - restartAt} ms, service recovered ${recoveryMs} ms after it`);
    report.note(scenario, `writes: ${writes.succeeded} succeeded, ${writes.conflicts} conflicts reported to their writer, ${writes.refusedDuringOutage} refused during the outage`);
    const failedPaths = [...new Set(failures.map((s) => `${s.status || s.error} ${s.kind} ${s.path.split("?")[0]}`))].slice(0, 10);
    if (failedPaths.length) report.note(scenario, `failed: ${failedPaths.join(", ")}`);
    report.check(scenario, normal.every((s) => s.status >= 200 && s.status < 500), "no 5xx and no dropped request outside the outage", summarise(normal.filter((s) => s.status === 0 || s.status >= 500)));
    report.check(scenario, outage.every(failsFast), "during the outage every request fails fast (503 or a cut stream within 5 s of being sent, or of the outage for those already in flight), never 500, never hangs", summarise(outage.filter((s) => !failsFast(s))));
    report.check(scenario, recoveryMs <= RECOVERY_LIMIT_MS, `service returns by itself within ${RECOVERY_LIMIT_MS / 1000} s of the database`, `${recoveryMs} ms`);
    report.check(scenario, app.child.exitCode === null, "the app process stayed up");
    const invariants = await checkInvariants(database.url);
    report.check(scenario, invariants.statusesOutOfStep === 0, "every current status equals its latest history entry", `${invariants.statusesOutOfStep} out of step`);
    report.check(scenario, invariants.statusChanges === invariants.statusAuditRows, "one audit row per status change", `${invariants.statusChanges} changes, ${invariants.statusAuditRows} audit rows`);
    const lost = await writes.verify(database.url);
    report.check(scenario, lost.length === 0, "every successful status change is in the history exactly once", lost.slice(0, 3).join("; "));
    report.note(scenario, `app output: ${saveOutput(app, "traffic")}`);
    return database;
  } finally {
    await stopApp(app);
  }
}
