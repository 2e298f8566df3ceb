// A personal API token: 32 random bytes, shown once. Only its SHA-256 is stored: the token has
// 256 bits of entropy, so a fast hash is enough (nothing to brute-force, unlike a password), and
// looking a presented token up by its hash compares no secret byte by byte (no timing leak).
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "ptk_";
export const DEFAULT_EXPIRY_DAYS = 90;
export const MAX_EXPIRY_DAYS = 366;

/** A new token's text; the caller shows it once and stores only hashApiToken() of it. */
export function generateApiToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token's shape, checked before any database read: anything else is not one of ours. */
export function looksLikeApiToken(text: string): boolean {
  return /^ptk_[A-Za-z0-9_-]{43}$/.test(text);
}

/** The token in an `Authorization: Bearer …` header; null when the header says something else. */
export function bearerTokenOf(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}

export function expiryFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 3600 * 1000);
}

export interface TokenState {
  expiresAt: Date;
  revokedAt: Date | null;
  user: { disabled: boolean };
}

export type TokenRefusal = "revoked" | "expired" | "user-disabled";

/** Why a stored token may not be used now, or null when it may. */
export function tokenRefusal(token: TokenState, now: Date): TokenRefusal | null {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  if (token.user.disabled) return "user-disabled";
  return null;
}

/** Tokens open the analysts' JSON API and nothing else: no page, no server action, no public route. */
export function isTokenScope(pathname: string): boolean {
  return pathname.startsWith("/api/admin/") && !pathname.includes("..");
}
