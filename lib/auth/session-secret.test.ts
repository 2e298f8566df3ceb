import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SESSION_SECRET_FILE, ensureSessionSecret } from "./session-secret";

afterEach(() => vi.unstubAllEnvs());

describe("ensureSessionSecret", () => {
  it("prefers NEXTAUTH_SECRET", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "from-env-0123456789-0123456789-01");
    expect(ensureSessionSecret(null)).toBe("from-env-0123456789-0123456789-01");
  });

  it("refuses a secret too short to be one, also beside an embedded database", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "changeme");
    expect(() => ensureSessionSecret(null)).toThrow(/NEXTAUTH_SECRET is too short: use at least 32/);
    vi.stubEnv("NEXTAUTH_SECRET", " ".repeat(40));
    expect(() => ensureSessionSecret(mkdtempSync(join(tmpdir(), "secret-test-")))).toThrow(/too short/);
  });

  it("refuses to start on a database server without one", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    expect(() => ensureSessionSecret(null)).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("generates one for an embedded data directory once, private to the owner, and keeps it", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    const dir = mkdtempSync(join(tmpdir(), "secret-test-"));
    try {
      const first = ensureSessionSecret(dir);
      expect(first.length).toBeGreaterThanOrEqual(43);
      expect(ensureSessionSecret(dir)).toBe(first);
      expect(statSync(join(dir, SESSION_SECRET_FILE)).mode & 0o077).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
