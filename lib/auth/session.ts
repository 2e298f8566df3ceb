import { getServerSession } from "next-auth";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/audit";
import { getPrisma } from "@/lib/db/client";
import { authOptions } from "./options";
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
  const session = await getServerSession(authOptions);
  const claims = (session?.user ?? {}) as { id?: string; sv?: unknown; authAt?: unknown };
  const token: SessionClaims = { sub: claims.id, sv: claims.sv, authAt: claims.authAt };
  const id = userIdOf(token);
  if (id === null) return null;
  const user = await getPrisma().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || !claimsAreCurrent(token, user)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
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
