import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SESSION_SECRET_FILE = "session-secret";
export const MIN_SECRET_LENGTH = 32;

/**
 * The secret that signs session cookies: NEXTAUTH_SECRET when set. On the embedded database
 * (dataDir given) one is generated on first use and kept beside the data, so sessions survive a
 * restart; with a database server (dataDir null) there is no safe place for it, so it must be set.
 */
export function ensureSessionSecret(dataDir: string | null): string {
  const fromEnv = process.env.NEXTAUTH_SECRET;
  if (fromEnv) {
    // A short secret can be guessed offline from one session cookie, which is no secret at all.
    if (fromEnv.trim().length < MIN_SECRET_LENGTH) {
      throw new Error(`NEXTAUTH_SECRET is too short: use at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 32\`).`);
    }
    return fromEnv;
  }
  if (dataDir === null) {
    throw new Error("NEXTAUTH_SECRET is not set. Set it to a long random value (e.g. `openssl rand -base64 32`).");
  }
  const file = join(dataDir, SESSION_SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  return secret;
}
