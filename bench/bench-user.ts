// The analyst the write benchmark signs in as, created through the project's own CLI when it has one.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

export const BENCH_EMAIL = "bench@example.org";

export function createBenchAnalyst(databaseUrl: string): { password: string } | { note: string } {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts["user:create"]) return { note: "no `npm run user:create` in this build" };
  const password = randomBytes(18).toString("base64url");
  const result = spawnSync("npm", ["run", "--silent", "user:create", "--", "--email", BENCH_EMAIL, "--name", "Bench", "--role", "analyst"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, USER_PASSWORD: password },
    encoding: "utf8",
  });
  if (result.status !== 0) return { note: `user:create failed: ${(result.stderr || result.stdout).trim().split("\n").pop()}` };
  return { password };
}
