// Concurrent readers and writers for a fixed time, with PostgreSQL restarted in the middle.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveOutput, startApp, stopApp } from "./app-process";
import { checkInvariants } from "./invariants";
import { createDatabase, restartServer, waitUntilAccepting } from "./postgres";
import { readerPaths } from "./reader-paths";
import { percentile, type Report } from "./report";
import { runReaders, summarise, type Sample } from "./traffic";
import { runWriters, signInWriters } from "./writers";

// The windows: a request during the outage gets its 503 within 5 s of being sent; outside
// the restart plus 10 s nothing fails at all.
const OUTAGE_ANSWER_LIMIT_MS = 5_000;
const RECOVERY_LIMIT_MS = 10_000;

export async function trafficWithRestart(report: Report, options: { seconds: number; readers: number; writers: number; port: number }) {
  const scenario = "traffic+restart";
  const database = await createDatabase("tracker_resilience");
  const app = await startApp({ DATABASE_URL: database.url }, options.port);
  try {
    const paths = await readerPaths(app.baseUrl);
    const sessions = await signInWriters({ baseUrl: app.baseUrl, databaseUrl: database.url, writers: options.writers });
    // Each path once before the readers arrive, as a load balancer's health checks come before its
    // traffic: the scenario is about load and an outage, not 200 first requests for uncompiled routes.
    for (const path of paths) await (await fetch(app.baseUrl + path)).arrayBuffer();
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
      runWriters({ baseUrl: app.baseUrl, databaseUrl: database.url, sessions, until }),
      restart,
    ]);
    const samples: Sample[] = [...reads, ...writes.samples];
    const inOutage = (s: Sample) => s.startedAt + s.ms >= restartAt && s.startedAt <= backAt + RECOVERY_LIMIT_MS;
    const normal = samples.filter((s) => !inOutage(s));
    const outage = samples.filter(inOutage);
    const failures = samples.filter((s) => s.status === 0 || s.status >= 500);
    // Recovered: the point after which no request failed, measured from the database accepting again.
    const failed = (s: Sample) => s.status === 0 || s.status >= 500;
    const lastFailureEnd = Math.max(backAt, ...samples.filter(failed).map((s) => s.startedAt + s.ms));
    const recoveryMs = lastFailureEnd - backAt;
    // During the outage a request may fail, but only as a 503 within 5 s of being sent: a dropped
    // connection, a timeout or a 500 is a failure, and a request already in flight when the
    // database went away has had its clock running since it was sent.
    const failsFast = (s: Sample) => (s.status > 0 && s.status < 500) || (s.status === 503 && s.ms <= OUTAGE_ANSWER_LIMIT_MS);
    const attempted = writes.attempts.length;
    const succeeded = writes.attempts.filter((a) => a.status === 201).length;
    const conflicts = writes.attempts.filter((a) => a.status === 409).length;
    const contested = writes.attempts.filter((a) => a.contested).length;

    report.note(scenario, `${samples.length} requests in ${options.seconds} s by ${options.readers} readers and ${options.writers} writers: ${summarise(samples)}`);
    report.note(scenario, `read latency p50 ${percentile(reads.map((s) => s.ms), 50)} ms, p95 ${percentile(reads.map((s) => s.ms), 95)} ms; database down for ${backAt - restartAt} ms, service recovered ${recoveryMs} ms after it`);
    report.note(scenario, `writes: ${attempted} attempted (${contested} on a pledge its partner wrote at the same moment): ${succeeded} succeeded, ${conflicts} conflicts, ${writes.attempts.filter((a) => a.status === 503).length} refused during the outage`);
    report.note(scenario, `read p95 by path (normal / outage window): ${latencyByPath(reads, inOutage)}`);
    writeFileSync(join(tmpdir(), "tracker-resilience-samples.json"), JSON.stringify({ started, restartAt, backAt, samples }));
    const failedPaths = [...new Set(failures.map((s) => `${s.status || s.error} ${s.kind} ${s.path.split("?")[0]}`))].slice(0, 10);
    if (failedPaths.length) report.note(scenario, `failed: ${failedPaths.join(", ")}`);
    const at = (s: Sample) => `${((s.startedAt - started) / 1000).toFixed(1)}+${(s.ms / 1000).toFixed(1)} s`;
    const failedOutside = normal.filter(failed);
    if (failedOutside.length) report.note(scenario, `failures outside the outage (sent at + took, from the start; the restart at ${((restartAt - started) / 1000).toFixed(1)} s): ${failedOutside.slice(0, 8).map(at).join(", ")}`);
    report.check(scenario, normal.every((s) => s.status >= 200 && s.status < 500), "no 5xx and no dropped request outside the restart plus 10 s", summarise(normal.filter(failed)));
    report.check(scenario, outage.every(failsFast), "during the outage every request that fails is a 503 within 5 s of being sent (no 500, no dropped connection, no hang)", summarise(outage.filter((s) => !failsFast(s))));
    report.check(scenario, recoveryMs <= RECOVERY_LIMIT_MS, `no failure later than ${RECOVERY_LIMIT_MS / 1000} s after the database returned`, `last failure ${recoveryMs} ms after it`);
    report.check(scenario, succeeded * 2 >= attempted, "at least half of the attempted writes succeeded", `${succeeded} of ${attempted}`);
    report.check(scenario, conflicts > 0, "writers that sent the same version at once got real conflicts (409)", `${conflicts} conflicts in ${contested} contested writes`);
    report.check(scenario, app.child.exitCode === null, "the app process stayed up");
    const invariants = await checkInvariants(database.url);
    report.check(scenario, invariants.statusesOutOfStep === 0, "every current status equals its latest history entry", `${invariants.statusesOutOfStep} out of step`);
    report.check(scenario, invariants.statusChanges === invariants.statusAuditRows, "one audit row per status change", `${invariants.statusChanges} changes, ${invariants.statusAuditRows} audit rows`);
    const lost = await writes.verify(database.url);
    report.check(scenario, lost.length === 0, "row by row: each accepted change once in history, audit and evidence; nothing of a refused one; no lost update; every 409 for a version another write replaced", lost.slice(0, 3).join("; "));
    report.note(scenario, `app output: ${saveOutput(app, "traffic")}`);
    return database;
  } finally {
    saveOutput(app, "traffic"); // also when a step above threw: the app's log says why
    await stopApp(app);
  }
}

/** Which paths are slow: the p95 of each, outside and inside the outage window. */
function latencyByPath(reads: Sample[], inOutage: (s: Sample) => boolean): string {
  const byPath = new Map<string, { normal: number[]; outage: number[] }>();
  for (const s of reads) {
    const entry = byPath.get(s.path) ?? { normal: [], outage: [] };
    (inOutage(s) ? entry.outage : entry.normal).push(s.ms);
    byPath.set(s.path, entry);
  }
  return [...byPath].map(([path, { normal, outage }]) => `${path} ${percentile(normal, 95)}/${percentile(outage, 95)}`).join(", ");
}
