import { RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { postgresLimiter } from "@/lib/auth/throttle-store";
import { writeAudit } from "@/lib/audit";
import { getPrisma } from "@/lib/db/client";
import { hashApiToken, looksLikeApiToken, tokenRefusal } from "./token";

// A token may make this many requests a minute; a client address may present this many tokens
// that open nothing (unknown, revoked, expired) before it waits. Counted in PostgreSQL, like the
// sign-in throttle, so every instance sees the same counts.
export const TOKEN_REQUESTS_PER_MINUTE = 120;
export const BAD_TOKENS_PER_MINUTE = 20;

let limiters: { perToken: ReturnType<typeof postgresLimiter>; badPerAddress: ReturnType<typeof postgresLimiter> } | undefined;
const limiter = () =>
  (limiters ??= {
    perToken: postgresLimiter("api-token", TOKEN_REQUESTS_PER_MINUTE, 60),
    badPerAddress: postgresLimiter("api-token-bad", BAD_TOKENS_PER_MINUTE, 60),
  });

export type TokenAuthentication =
  | { ok: true; user: SessionUser; tokenId: number }
  | { ok: false; status: 401 | 429; message: string; retryAfterSeconds?: number };

export interface TokenUse {
  method: string;
  path: string;
  /** The client's address as the server worked it out (never a header the client chose). */
  address: string;
}

/** Takes a point; false when the limit is spent (a store failure is thrown: the database is down). */
async function consume(which: keyof ReturnType<typeof limiter>, key: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  try {
    await limiter()[which].consume(key);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw rejection;
  }
}

const tooMany = (retryAfterSeconds: number): TokenAuthentication => ({ ok: false, status: 429, message: "Too many requests with this token: wait a minute.", retryAfterSeconds });

async function refused(address: string, message: string): Promise<TokenAuthentication> {
  const counted = await consume("badPerAddress", address);
  return counted.allowed ? { ok: false, status: 401, message } : tooMany(counted.retryAfterSeconds);
}

/**
 * The user a presented token acts for, with their role as the database has it now; or why not.
 * Found by its hash (no secret compared byte by byte). Each use is rate-limited and leaves an
 * audit row (which token, method and path) and the token's last use, in one transaction.
 */
export async function authenticateApiToken(token: string, use: TokenUse, prisma: PrismaClient = getPrisma(), now = new Date()): Promise<TokenAuthentication> {
  if (!looksLikeApiToken(token)) return refused(use.address, "This is not a valid API token.");
  const stored = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, expiresAt: true, revokedAt: true, user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!stored) return refused(use.address, "This API token is not valid.");
  const refusal = tokenRefusal(stored, now);
  if (refusal) return refused(use.address, refusal === "expired" ? "This API token has expired." : "This API token is no longer valid.");
  const counted = await consume("perToken", String(stored.id));
  if (!counted.allowed) return tooMany(counted.retryAfterSeconds);
  const { user } = stored;
  await prisma.$transaction(async (tx) => {
    await tx.apiToken.update({ where: { id: stored.id }, data: { lastUsedAt: now }, select: { id: true } });
    await writeAudit(tx, { userId: user.id, label: user.email }, { action: "token-use", entityType: "ApiToken", entityId: stored.id, after: { method: use.method, path: use.path } });
  });
  return { ok: true, tokenId: stored.id, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

