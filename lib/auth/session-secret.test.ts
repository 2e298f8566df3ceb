import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SESSION_SECRET_FILE, ensureSessionSecret } from "./session-secret";

afterEach(() => vi.unstubAllEnvs());

describe("ensureSessionSecret", () => {
  it("prefers NEXTAUTH_SECRET", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "from-env");
    expect(ensureSessionSecret(null)).toBe("from-env");
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
