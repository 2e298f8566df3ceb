// Tokens against a real database: stored hashed, act with the user's role as it is now, stop at
// revocation, expiry and a disabled user, leave an audit row per use, and are rate-limited.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createUserSchema } from "@/lib/users/schema";
import { changeRole, createUser, setDisabled } from "@/lib/users/mutations";
import { TOKEN_REQUESTS_PER_MINUTE, authenticateApiToken } from "./authenticate";
import { createApiToken, revokeApiToken } from "./mutations";
import { createApiTokenSchema } from "./schema";
import { hashApiToken } from "./token";

const prisma = createPrismaClient(inject("databaseUrl"));
const cli = { userId: null, label: "test" };
afterAll(() => prisma.$disconnect());

const unique = () => `${Date.now()}.${Math.random().toString(36).slice(2)}`;
const use = { method: "POST", path: "/api/admin/status-changes", address: "10.16.0.1" };

async function userWithToken(role: "ADMIN" | "ANALYST", expiresDays = 30) {
  const user = await createUser(cli, createUserSchema.parse({ email: `t.${unique()}@example.org`, name: "Token", role, password: "a-long-enough-password" }), prisma);
  const token = await createApiToken(cli, createApiTokenSchema.parse({ email: user.email, label: "script", expiresDays }), prisma);
  return { user, token };
}

describe("API tokens", () => {
  it("stores only the hash, never the token", async () => {
    const { token } = await userWithToken("ANALYST");
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashApiToken(token.token));
    expect(JSON.stringify(row)).not.toContain(token.token);
    const audit = await prisma.auditLog.findMany({ where: { entityType: "ApiToken", entityId: String(token.id) } });
    expect(JSON.stringify(audit)).not.toContain(token.token);
  });

  it("acts as its user with the role the user has now, and audits each use", async () => {
    const { user, token } = await userWithToken("ANALYST");
    const first = await authenticateApiToken(token.token, use, prisma);
    expect(first).toMatchObject({ ok: true, tokenId: token.id, user: { id: user.id, role: "ANALYST" } });
    await changeRole(cli, user.id, "ADMIN");
    expect(await authenticateApiToken(token.token, use, prisma)).toMatchObject({ ok: true, user: { role: "ADMIN" } });
    const uses = await prisma.auditLog.findMany({ where: { entityType: "ApiToken", entityId: String(token.id), action: "token-use" } });
    expect(uses).toHaveLength(2);
    expect(uses[0]).toMatchObject({ actorId: user.id, after: { method: "POST", path: "/api/admin/status-changes" } });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
  });

  it("refuses an unknown, revoked or expired token, and the token of a disabled user", async () => {
    const unknown = await authenticateApiToken(`ptk_${"x".repeat(43)}`, use, prisma);
    expect(unknown).toMatchObject({ ok: false, status: 401 });

    const revoked = await userWithToken("ANALYST");
    await revokeApiToken(cli, revoked.token.id, { prisma });
    expect(await authenticateApiToken(revoked.token.token, use, prisma)).toMatchObject({ ok: false, status: 401 });

    const expiring = await userWithToken("ANALYST", 1);
    const tomorrow = new Date(expiring.token.expiresAt.getTime() + 1000);
    expect(await authenticateApiToken(expiring.token.token, use, prisma, tomorrow)).toMatchObject({ ok: false, status: 401, message: expect.stringMatching(/expired/) });
    expect(await authenticateApiToken(expiring.token.token, use, prisma)).toMatchObject({ ok: true });

    const disabled = await userWithToken("ANALYST");
    await setDisabled(cli, disabled.user.id, true);
    expect(await authenticateApiToken(disabled.token.token, use, prisma)).toMatchObject({ ok: false, status: 401 });
    // A refusal is no use: nothing audited.
    for (const id of [revoked.token.id, disabled.token.id]) {
      expect(await prisma.auditLog.count({ where: { entityType: "ApiToken", entityId: String(id), action: "token-use" } })).toBe(0);
    }
  });

  it("lets an analyst revoke only their own tokens", async () => {
    const mine = await userWithToken("ANALYST");
    const theirs = await userWithToken("ANALYST");
    await expect(revokeApiToken({ userId: mine.user.id, label: mine.user.email }, theirs.token.id, { ownerId: mine.user.id, prisma })).rejects.toMatchObject({ status: 404 });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: theirs.token.id } })).revokedAt).toBeNull();
    await revokeApiToken({ userId: mine.user.id, label: mine.user.email }, mine.token.id, { ownerId: mine.user.id, prisma });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: mine.token.id } })).revokedAt).not.toBeNull();
  });

  it("is rate-limited per token", async () => {
    const { token } = await userWithToken("ANALYST");
    await prisma.$executeRaw`INSERT INTO "RateLimit" (key, points, expire) VALUES (${`api-token:${token.id}`}, ${TOKEN_REQUESTS_PER_MINUTE}, ${Date.now() + 60_000})`;
    expect(await authenticateApiToken(token.token, use, prisma)).toMatchObject({ ok: false, status: 429, retryAfterSeconds: expect.any(Number) });
  });
});
