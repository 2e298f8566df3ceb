import { notFound, redirect } from "next/navigation";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { getCurrentUser, hasRole, type SessionUser } from "./session";

/**
 * For admin pages: signed-out visitors go to sign-in; a user without the role gets a 404, so the
 * page's existence is not confirmed. A convenience only: every action checks again itself.
 */
export async function requirePageRole(role: UserRole, returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user, role)) notFound();
  return user;
}
