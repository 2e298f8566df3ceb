// Starts `npm start` as a child process of a spec, capturing everything it prints, for specs that
// need an app instance of their own (ports 3201–3299: the suite's server is on E2E_PORT).
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";

export interface AppProcess {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr interleaved. */
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export function startApp(env: Record<string, string | undefined>): AppProcess {
  // Plain text to search: Playwright's FORCE_COLOR would colour the app's log.
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NO_COLOR: "1", ...env };
  delete fullEnv.FORCE_COLOR;
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete fullEnv[key];
  const child = spawn("npm", ["start", "--silent"], { env: fullEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output.replace(/\u001b\[[0-9;]*m/g, ""),
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // npm, tsx and the app are one process group (detached): stop all of it, not just npm.
      process.kill(-child.pid!, "SIGTERM");
      const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

export async function waitUntilServing(app: AppProcess, port: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`the app exited early:\n${app.output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not serve within ${timeoutMs / 1000} s:\n${app.output()}`);
}
