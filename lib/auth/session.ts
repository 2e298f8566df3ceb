import { cookies, headers } from "next/headers";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/audit";
import { getPrisma } from "@/lib/db/client";
import "./options"; // AUTH_TRUST_HOST, which decides the cookie's name
import { sessionTokenOf } from "./session-cookie";
import { decodeSessionToken } from "./session-token";
import { claimsAreCurrent, userIdOf, type SessionClaims } from "./session-version";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

/**
 * The signed-in user as the database has them now: null when signed out, deleted, disabled, or
 * when the session was ended (its version is no longer the user's). Every page guard, action and
 * route asks here, so an ended session opens nothing.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const token = await sessionClaims();
  if (!token) return null;
  const id = userIdOf(token);
  if (id === null) return null;
  const user = await getPrisma().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || !claimsAreCurrent(token, user)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The claims of the request's session cookie, read the way next-auth reads them (same cookie, same
 * token format), without next-auth's session endpoint: that would also read the user (the \`jwt\`
 * callback) and encrypt a renewed token that a page or action cannot send anyway. A cookie that does
 * not decrypt, or has expired, is no session.
 */
async function sessionClaims(): Promise<SessionClaims | null> {
  // The request is read first, whatever follows: that is what tells Next these pages are per request.
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const raw = sessionTokenOf(requestHeaders, requestCookies.getAll());
  if (!raw || !secret) return null;
  try {
    const token = await decodeSessionToken({ token: raw, secret });
    return token ? { sub: token.sub, sv: token.sv, authAt: token.authAt } : null;
  } catch {
    return null;
  }
}

export function hasRole(user: SessionUser, role: UserRole): boolean {
  return role === "ANALYST" || user.role === "ADMIN";
}

export class AuthError extends Error {
  constructor(readonly code: "unauthenticated" | "forbidden") {
    super(code);
    this.name = "AuthError";
  }
}

/** The current user when they hold `role` (admins hold every role); throws AuthError otherwise. */
export async function requireRole(role: UserRole): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("unauthenticated");
  if (!hasRole(user, role)) throw new AuthError("forbidden");
  return user;
}

export const requireUser = () => requireRole("ANALYST");

export function actorOf(user: SessionUser): Actor {
  return { userId: user.id, label: user.email };
}
