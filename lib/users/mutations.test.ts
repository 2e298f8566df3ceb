import { inject, afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { createUserSchema } from "./schema";
import { changeRole, createUser } from "./mutations";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "test" };
afterAll(() => prisma.$disconnect());

describe("users", () => {
  it("stores the email lowercased, the password as an argon2id hash, and audits without the hash", async () => {
    const input = createUserSchema.parse({ email: `  Mixed.Case.${Date.now()}@Example.ORG `, name: "Unit", role: "ANALYST", password: "a-long-enough-password" });
    const user = await createUser(actor, input, prisma);
    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe(input.email.toLowerCase());
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "a-long-enough-password")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "wrong-password-here")).toBe(false);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "User", entityId: String(user.id) } });
    expect(JSON.stringify(audit.after)).not.toContain("argon2");
    await expect(createUser(actor, { ...input, email: input.email.toUpperCase().toLowerCase() }, prisma)).rejects.toThrow(/already exists/);
  });

  it("refuses an admin changing their own role", async () => {
    await expect(changeRole({ userId: 1, label: "me" }, 1, "ANALYST")).rejects.toThrow(/your own role/);
  });

  it("refuses short passwords and unknown keys", () => {
    expect(createUserSchema.safeParse({ email: "a@b.org", name: "x", role: "ADMIN", password: "short" }).success).toBe(false);
    expect(createUserSchema.safeParse({ email: "a@b.org", name: "x", role: "ADMIN", password: "long-enough-pass", disabled: "false" }).success).toBe(false);
  });
});
