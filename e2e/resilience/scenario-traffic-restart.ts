// Concurrent readers and writers for a fixed time, with PostgreSQL restarted in the middle.
import { startApp, stopApp } from "./app-process";
import { checkInvariants } from "./invariants";
import { createDatabase, restartServer, waitUntilAccepting } from "./postgres";
import { readerPaths } from "./reader-paths";
import { percentile, type Report } from "./report";
import { runReaders, summarise, type Sample } from "./traffic";
import { runWriters } from "./writers";

const OUTAGE_ANSWER_LIMIT_MS = 5_000;
const RECOVERY_LIMIT_MS = 10_000;

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
    const inOutage = (s: Sample) => s.startedAt + s.ms >= restartAt && s.startedAt <= backAt + RECOVERY_LIMIT_MS;
    const normal = samples.filter((s) => !inOutage(s));
    const outage = samples.filter(inOutage);
    const failures = samples.filter((s) => s.status === 0 || s.status >= 500);
    const lastFailureEnd = Math.max(0, ...failures.filter((s) => s.startedAt >= restartAt).map((s) => s.startedAt + s.ms));
    const recoveryMs = Math.max(0, lastFailureEnd - backAt);

    report.note(scenario, `${samples.length} requests in ${options.seconds} s by ${options.readers} readers and ${options.writers} writers: ${summarise(samples)}`);
    report.note(scenario, `read latency p50 ${percentile(reads.map((s) => s.ms), 50)} ms, p95 ${percentile(reads.map((s) => s.ms), 95)} ms; database down for ${backAt - restartAt} ms, service recovered ${recoveryMs} ms after it`);
    report.note(scenario, `writes: ${writes.succeeded} succeeded, ${writes.conflicts} conflicts reported to their writer, ${writes.refusedDuringOutage} refused during the outage`);
    report.check(scenario, normal.every((s) => s.status >= 200 && s.status < 500), "no 5xx and no dropped request outside the outage", summarise(normal.filter((s) => s.status === 0 || s.status >= 500)));
    report.check(scenario, outage.every((s) => (s.status > 0 && s.status < 500) || (s.status === 503 && s.ms <= OUTAGE_ANSWER_LIMIT_MS)), "during the outage every request is answered, failures as 503 within 5 s", summarise(outage.filter((s) => s.status === 0 || (s.status >= 500 && s.status !== 503) || (s.status === 503 && s.ms > OUTAGE_ANSWER_LIMIT_MS))));
    report.check(scenario, recoveryMs <= RECOVERY_LIMIT_MS, `service returns by itself within ${RECOVERY_LIMIT_MS / 1000} s of the database`, `${recoveryMs} ms`);
    report.check(scenario, app.child.exitCode === null, "the app process stayed up");
    const invariants = await checkInvariants(database.url);
    report.check(scenario, invariants.statusesOutOfStep === 0, "every current status equals its latest history entry", `${invariants.statusesOutOfStep} out of step`);
    report.check(scenario, invariants.statusChanges === invariants.statusAuditRows, "one audit row per status change", `${invariants.statusChanges} changes, ${invariants.statusAuditRows} audit rows`);
    const lost = await writes.verify(database.url);
    report.check(scenario, lost.length === 0, "every successful status change is in the history exactly once", lost.slice(0, 3).join("; "));
    return database;
  } finally {
    await stopApp(app);
  }
}
