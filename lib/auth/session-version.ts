// Server-side revocation for JWT sessions. Each token carries the user's `sessionVersion` at
// sign-in and the time of sign-in; a token whose version is no longer the user's, or that is older
// than MAX_SESSION_HOURS however often it was refreshed, is dead. Raising the version ends every
// session of that user at once (sign-out, password reset, disable, enable, role change, "end sessions").
import type { Prisma } from "@/lib/generated/prisma/client";

/** A session ends this long after its sign-in, even when it is used all the time. */
export const MAX_SESSION_HOURS = 12;

export interface SessionClaims {
  sub?: string;
  /** The user's sessionVersion when the token was issued. */
  sv?: unknown;
  /** When the user signed in (seconds since the epoch); kept across refreshes. */
  authAt?: unknown;
}

export interface UserSessionState {
  sessionVersion: number;
  disabled: boolean;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The user id a token names, or null when it names none that could exist. */
export function userIdOf(claims: SessionClaims): number | null {
  const id = Number(claims.sub);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Whether a token is still good for this user record (null: the user no longer exists). */
export function claimsAreCurrent(claims: SessionClaims, user: UserSessionState | null, now = nowSeconds()): boolean {
  if (!user || user.disabled) return false;
  if (typeof claims.sv !== "number" || claims.sv !== user.sessionVersion) return false;
  // Tokens from before session versions existed carry no sign-in time: they end too.
  return typeof claims.authAt === "number" && claims.authAt <= now && now - claims.authAt < MAX_SESSION_HOURS * 3600;
}

/** The update that ends every session of a user (merged into the write that calls for it). */
export const endSessionsUpdate = { sessionVersion: { increment: 1 } } satisfies Prisma.UserUpdateInput;
