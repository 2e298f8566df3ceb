// SIGTERM while requests are in flight: they complete and the process exits within its grace.
import { startApp } from "./app-process";
import type { Report } from "./report";
import { timedFetch } from "./traffic";

const GRACE_MS = 10_000;

export async function gracefulShutdown(report: Report, options: { databaseUrl: string; port: number; requests: number }) {
  const scenario = "shutdown";
  const app = await startApp({ DATABASE_URL: options.databaseUrl }, options.port);
  const paths = ["/", "/commitments", "/api/export/status-history.csv", "/api/commitments?pageSize=100"];
  const requests = Array.from({ length: options.requests }, (_, i) => timedFetch("read", app.baseUrl + paths[i % paths.length], {}, 30_000));
  // Let the server take them in, then stop it the way a process manager does.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const signalledAt = Date.now();
  app.signal("SIGTERM");
  const results = await Promise.all(requests);
  const code = await Promise.race([app.exited, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), GRACE_MS + 5_000))]);
  const exitMs = Date.now() - signalledAt;
  if (code === "timeout") app.signal("SIGKILL");

  const inFlight = Number(/(\d+) request\(s\) in flight/.exec(app.output())?.[1] ?? NaN);
  const completed = results.filter((r) => r.status === 200 && r.body.length > 0);
  const cut = results.filter((r) => r.status !== 0 && r.status !== 200);
  const notTakenIn = results.filter((r) => r.status === 0);
  report.note(scenario, `${options.requests} requests sent, ${inFlight} in flight at SIGTERM: ${completed.length} completed, ${notTakenIn.length} not yet accepted (connection refused/reset), ${cut.length} answered with an error`);
  report.check(scenario, Number.isFinite(inFlight) && completed.length >= inFlight, "every request in flight at SIGTERM completed");
  report.check(scenario, cut.length === 0, "no request was answered with an error", cut.map((r) => `${r.status} ${r.path}`).join(", "));
  report.check(scenario, code !== "timeout" && exitMs <= GRACE_MS + 2_000, `the process exited within its grace period (${GRACE_MS / 1000} s)`, `${exitMs} ms, exit code ${String(code)}`);
}
