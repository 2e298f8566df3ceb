import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "./mutations";

export const DEMO_ADMIN_EMAIL = "admin@example.org";

/**
 * On a fresh embedded database (no users yet), creates a demo admin with a generated password
 * and returns it so that the start script can print it once. Never with DATABASE_URL: a real
 * server gets its first admin from `npm run user:create`.
 */
export async function ensureDemoAdmin(prisma: PrismaClient, dataDir: string): Promise<{ email: string; password: string } | null> {
  if (process.env.DATABASE_URL || !dataDir) return null;
  if ((await prisma.user.count()) > 0) return null;
  const password = randomBytes(15).toString("base64url");
  await createUser({ userId: null, label: "start" }, { email: DEMO_ADMIN_EMAIL, name: "Demo admin", role: "ADMIN", password }, prisma);
  return { email: DEMO_ADMIN_EMAIL, password };
}
