// Dashboard under load, side by side with a static server serving the very same bytes.
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { loadTest } from "./load-test";


async function withStaticServer<T>(port: number, body: Buffer, contentType: string, work: (url: string) => Promise<T>): Promise<T> {
  const file = join(tmpdir(), `bench-dashboard-${process.pid}.html`);
  writeFileSync(file, body);
  const child = fork(join(__dirname, "static-server.ts"), [String(port), file, contentType], { execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 5; i++) await fetch(url).then((r) => r.arrayBuffer());
    return await work(url);
  } finally {
    child.kill("SIGTERM");
  }
}

export async function measureDashboard(baseUrl: string, staticPort: number, connections: number, seconds: number): Promise<Record<string, Figure>> {
  const page = await fetch(`${baseUrl}/`);
  if (!page.ok) {
    const why = `GET / answered ${page.status}`;
    return { dashboardThroughput: notAvailable("dashboardThroughput", why), dashboardP95Ratio: notAvailable("dashboardP95Ratio", why) };
  }
  const body = Buffer.from(await page.arrayBuffer());
  // Warm both servers first, so neither figure includes first-request compilation or cold pools.
  for (let i = 0; i < 5; i++) await fetch(`${baseUrl}/`).then((r) => r.arrayBuffer());
  const app = await loadTest(`${baseUrl}/`, connections, seconds);
  const baseline = await withStaticServer(staticPort, body, page.headers.get("content-type") ?? "text/html", (url) => loadTest(url, connections, seconds));
  const failed = app.failures > 0 ? `${app.failures} of ${app.requests} requests failed` : undefined;
  const details = { connections, seconds, htmlBytes: body.length, app, staticServer: baseline };
  return {
    dashboardThroughput: measured("dashboardThroughput", failed ? null : app.requestsPerSecond / baseline.requestsPerSecond, { details, note: failed }),
    dashboardP95Ratio: measured("dashboardP95Ratio", failed ? null : app.p95 / baseline.p95, { details: { p50: app.p50, p95: app.p95, p99: app.p99, staticP95: baseline.p95 }, note: failed }),
  };
}
