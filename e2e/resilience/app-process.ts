// Starts the app exactly as `npm start` does (build if needed, migrate, seed, serve) in a child
// process, and stops it the way a process manager would.
import { APP_NODE_ARGS } from "../../server/launch";
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface AppProcess {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
}

export async function startApp(env: Record<string, string>, port: number): Promise<AppProcess> {
  const child = spawn(process.execPath, [...APP_NODE_ARGS], {
    env: { ...process.env, NEXTAUTH_SECRET: "resilience-suite-session-secret-0123456789", ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited during start:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app did not become healthy:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl, child, output: () => output, exited, signal: (signal) => child.kill(signal) };
}

/** The app's own output of a run, kept for reading after a failure. */
export function saveOutput(app: AppProcess, name: string): string {
  const path = join(tmpdir(), `tracker-resilience-${name}.log`);
  writeFileSync(path, app.output());
  return path;
}

export async function stopApp(app: AppProcess): Promise<void> {
  if (app.child.exitCode !== null) return;
  app.signal("SIGTERM");
  await Promise.race([app.exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  if (app.child.exitCode === null) app.signal("SIGKILL");
}
