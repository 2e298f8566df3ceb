// The production app under test: `next build` when the build is missing or stale (the same
// fingerprint `npm start` uses), then served exactly as `npm start` serves it, on the bench database.
import { APP_NODE_ARGS } from "../server/launch";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { buildIsCurrent, recordBuild } from "@/server/build-stamp";

const nextBin = require.resolve("next/dist/bin/next");

export type AppServer = { baseUrl: string; pid: number; serverPid(): number; stop(): Promise<void> };

export function ensureBuild(env: NodeJS.ProcessEnv): "reused" | "built" {
  if (buildIsCurrent()) return "reused";
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error("next build failed");
  recordBuild();
  return "built";
}

/** Resident memory of a process in bytes (VmRSS), or null once it is gone. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name (field 2) may contain spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** `next start` may serve from a child process: the server is the largest process in the tree. */
export function largestDescendant(pid: number): number {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...childrenOf(tree[i]!));
  return tree.reduce((best, candidate) => ((residentBytes(candidate) ?? 0) > (residentBytes(best) ?? 0) ? candidate : best), pid);
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s`);
}

export async function startApp(databaseUrl: string, port: number): Promise<AppServer> {
  // Something else on the port would be measured instead of this build: refuse.
  const busy = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (busy) throw new Error(`port ${port} is already in use: pick another with --port`);
  const baseUrl = `http://127.0.0.1:${port}`;
  // Sign-in needs a session secret in production; a throwaway one per run unless one is given.
  const env = {
    ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), NODE_ENV: "production" as const,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"), NEXTAUTH_URL: baseUrl,
  };
  // Own process group, so stopping it also stops anything it spawned.
  const child = spawn(process.execPath, [...APP_NODE_ARGS], { env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(baseUrl, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, serverPid: () => largestDescendant(child.pid!), stop };
}
