import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { getPrisma } from "@/lib/db/client";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import type { CreateApiTokenInput } from "./schema";
import { expiryFrom, generateApiToken, hashApiToken } from "./token";

/**
 * Creates a token for the user with this email and returns its text, the only time it exists
 * outside the caller: the database keeps its hash. The audit row names the token, never its text.
 */
export async function createApiToken(actor: Actor, input: CreateApiTokenInput, prisma: PrismaClient = getPrisma(), now = new Date()) {
  const token = generateApiToken();
  const created = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, disabled: true } });
    if (!user) throw new UserFacingError(`No user has the email ${input.email}.`, 404, { email: ["No user has this email."] });
    if (user.disabled) throw new UserFacingError(`${input.email} is disabled: enable the account first.`, 409);
    const row = await tx.apiToken.create({
      data: { userId: user.id, label: input.label, tokenHash: hashApiToken(token), expiresAt: expiryFrom(now, input.expiresDays) },
      select: { id: true, userId: true, label: true, expiresAt: true },
    });
    await writeAudit(tx, actor, { action: "create", entityType: "ApiToken", entityId: row.id, after: row });
    return row;
  });
  return { id: created.id, token, expiresAt: created.expiresAt };
}

/**
 * Revokes a token. `ownerId` limits it to that user's tokens (analysts revoke only their own);
 * a token of someone else is "not found", so its existence is not disclosed. Revoking twice is
 * harmless and keeps the first time.
 */
export async function revokeApiToken(actor: Actor, id: number, { ownerId, prisma = getPrisma(), now = new Date() }: { ownerId?: number; prisma?: PrismaClient; now?: Date } = {}) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.apiToken.findUnique({ where: { id }, select: { id: true, userId: true, label: true, revokedAt: true } });
    if (!before || (ownerId !== undefined && before.userId !== ownerId)) throw new NotFoundError("The token");
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({ where: { id }, data: { revokedAt: now }, select: { id: true, userId: true, label: true, revokedAt: true } });
    await writeAudit(tx, actor, { action: "revoke", entityType: "ApiToken", entityId: id, before, after });
    return after;
  });
}
