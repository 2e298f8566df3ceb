// Issue 12 items 2 and 5: user changes end the user's sessions, and changes to who is an admin
// are serialised, so that concurrent demotions cannot leave the tracker without one.
import { inject, afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createUserSchema } from "./schema";
import { changeRole, createUser, endSessions, resetPassword, setDisabled } from "./mutations";

const prisma = createPrismaClient(inject("databaseUrl"));
const cli = { userId: null, label: "test" };
afterAll(() => prisma.$disconnect());

const unique = () => `${Date.now()}.${Math.random().toString(36).slice(2)}`;
async function newUser(role: "ADMIN" | "ANALYST") {
  const input = createUserSchema.parse({ email: `u.${unique()}@example.org`, name: "Unit", role, password: "a-long-enough-password" });
  const user = await createUser(cli, input, prisma);
  return { id: user.id, actor: { userId: user.id, label: user.email } };
}
const versionOf = async (id: number) => (await prisma.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

describe("ending sessions", () => {
  it("raises the session version on password reset, disable, enable, role change and 'sign out everywhere'", async () => {
    const admin = await newUser("ADMIN");
    const user = await newUser("ANALYST");
    let expected = await versionOf(user.id);
    for (const change of [
      () => resetPassword(admin.actor, user.id, "another-long-password"),
      () => setDisabled(admin.actor, user.id, true),
      () => setDisabled(admin.actor, user.id, false),
      () => changeRole(admin.actor, user.id, "ADMIN"),
      () => endSessions(admin.actor, user.id),
    ]) {
      await change();
      expect(await versionOf(user.id)).toBe(++expected);
    }
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "User", entityId: String(user.id) }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ sessionsEnded: true });
  });
});

describe("admin changes race", () => {
  it("two admins demoting each other at the same moment leave one admin", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await newUser("ADMIN");
      const b = await newUser("ADMIN");
      const results = await Promise.allSettled([changeRole(a.actor, b.id, "ANALYST"), changeRole(b.actor, a.id, "ANALYST")]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(String(refused.reason)).toMatch(/no longer an admin/);
      const roles = await prisma.user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { role: true } });
      expect(roles.filter((user) => user.role === "ADMIN")).toHaveLength(1);
    }
  });

  it("an admin disabling the other while being disabled themselves: one stays active", async () => {
    const a = await newUser("ADMIN");
    const b = await newUser("ADMIN");
    await Promise.allSettled([setDisabled(a.actor, b.id, true), setDisabled(b.actor, a.id, true)]);
    const active = await prisma.user.count({ where: { id: { in: [a.id, b.id] }, role: "ADMIN", disabled: false } });
    expect(active).toBe(1);
  });
});
