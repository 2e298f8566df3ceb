import { getServerSession } from "next-auth";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/audit";
import { getPrisma } from "@/lib/db/client";
import { authOptions } from "./options";

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

/** The signed-in user as the database has them now (null when signed out, deleted or disabled). */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const user = await getPrisma().user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabled: true },
  });
  if (!user || user.disabled) return null;
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
