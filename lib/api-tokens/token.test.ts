import { describe, expect, it } from "vitest";
import { bearerTokenOf, expiryFrom, generateApiToken, hashApiToken, isTokenScope, looksLikeApiToken, tokenRefusal } from "./token";

describe("API token text and hash", () => {
  it("generates distinct tokens of the documented shape", () => {
    const tokens = new Set(Array.from({ length: 200 }, generateApiToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(looksLikeApiToken(token)).toBe(true);
  });

  it("hashes to a SHA-256 hex digest that differs from the token and from other tokens' hashes", () => {
    const token = generateApiToken();
    const hash = hashApiToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiToken(token)); // deterministic: found by lookup
    expect(hash).not.toContain(token.slice(4));
    expect(hashApiToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).not.toBe(hash);
  });

  it("refuses text that is not one of our tokens before any lookup", () => {
    for (const text of ["", "ptk_", "ptk_short", `xyz_${"a".repeat(43)}`, `ptk_${"a".repeat(42)}!`, `ptk_${"a".repeat(44)}`]) {
      expect(looksLikeApiToken(text), text).toBe(false);
    }
  });

  it("reads the token of a Bearer header only", () => {
    expect(bearerTokenOf("Bearer abc")).toBe("abc");
    expect(bearerTokenOf("bearer abc")).toBe("abc");
    expect(bearerTokenOf("Basic abc")).toBeNull();
    expect(bearerTokenOf("Bearer")).toBeNull();
    expect(bearerTokenOf("Bearer a b")).toBeNull();
    expect(bearerTokenOf(null)).toBeNull();
  });
});

describe("API token expiry and revocation", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  const active = { expiresAt: expiryFrom(now, 1), revokedAt: null, user: { disabled: false } };

  it("counts days from creation", () => {
    expect(expiryFrom(now, 30).toISOString()).toBe("2027-01-01T12:00:00.000Z");
  });

  it("is usable until the moment it expires, and not from then on", () => {
    expect(tokenRefusal(active, now)).toBeNull();
    expect(tokenRefusal({ ...active, expiresAt: new Date(now.getTime() + 1) }, now)).toBeNull();
    expect(tokenRefusal({ ...active, expiresAt: now }, now)).toBe("expired");
    expect(tokenRefusal({ ...active, expiresAt: new Date(now.getTime() - 1) }, now)).toBe("expired");
  });

  it("is refused once revoked, or when its user is disabled", () => {
    expect(tokenRefusal({ ...active, revokedAt: now }, now)).toBe("revoked");
    expect(tokenRefusal({ ...active, user: { disabled: true } }, now)).toBe("user-disabled");
  });
});

describe("API token scope", () => {
  it("opens the analysts' JSON API and nothing else", () => {
    expect(isTokenScope("/api/admin/status-changes")).toBe(true);
    expect(isTokenScope("/api/admin/commitments/some-slug")).toBe(true);
    for (const path of ["/admin", "/admin/users", "/api/admin", "/api/auth/session", "/api/commitments", "/api/administrators", "/api/admin/../auth/session"]) {
      expect(isTokenScope(path), path).toBe(false);
    }
  });
});
