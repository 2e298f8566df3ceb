// The delivery queue, a table in the app's own database (works the same on the PostgreSQL server
// and on embedded PGlite). A worker claims due deliveries with FOR UPDATE SKIP LOCKED and leases
// them, so several app instances share the work without sending anything twice; a lease that runs
// out (its instance died) makes the delivery due again.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface ClaimedDelivery {
  id: number;
  attempts: number;
  url: string;
  secret: string;
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  excerpt: string | null;
}

/**
 * Whether anything is due: the worker's idle poll, one parameterless statement sent as a simple
 * query (like the cache-version poller's). The embedded database serves every connection from
 * one backend and interleaves the messages of concurrent extended-protocol queries; a frequent
 * parameterised poll would add to that, so the claim below runs only when this says there is work.
 */
export const DUE_CHECK_SQL = `SELECT EXISTS (
  SELECT 1 FROM "WebhookDelivery" AS due JOIN "WebhookSubscription" AS owner ON owner."id" = due."subscriptionId"
  WHERE due."status" = 'PENDING' AND due."nextAttemptAt" <= now() AND (due."lockedUntil" IS NULL OR due."lockedUntil" <= now()) AND owner."enabled"
) AS "due"`;

/** Longer than one attempt can take (timeout and pinning checks), so a lease never ends mid-send. */
const LEASE_SECONDS = 60;

export async function claimDueDeliveries(db: PrismaClient, limit: number): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "WebhookDelivery" AS d
    SET "lockedUntil" = now() + make_interval(secs => ${LEASE_SECONDS}::integer), "attempts" = d."attempts" + 1
    FROM "WebhookSubscription" AS s, "WebhookEvent" AS e
    WHERE d."id" IN (
      SELECT due."id" FROM "WebhookDelivery" AS due
      JOIN "WebhookSubscription" AS owner ON owner."id" = due."subscriptionId"
      WHERE due."status" = 'PENDING' AND due."nextAttemptAt" <= now()
        AND (due."lockedUntil" IS NULL OR due."lockedUntil" <= now()) AND owner."enabled"
      ORDER BY due."nextAttemptAt", due."id"
      LIMIT ${limit}::integer
      FOR UPDATE OF due SKIP LOCKED)
      AND s."id" = d."subscriptionId" AND e."id" = d."eventId"
    RETURNING d."id", d."attempts", s."url", s."secret", e."id"::text AS "eventId", e."type", e."payload", e."createdAt"`;
}

/**
 * The wait before attempt `attempts + 1`: exponential (base · 2^(attempts−1), capped) with jitter
 * (between half and all of it), so receivers that failed together are not retried together.
 */
export function backoffMs(attempts: number, { retryBaseMs, retryMaxMs }: { retryBaseMs: number; retryMaxMs: number }, random = Math.random): number {
  const ceiling = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Records an attempt's outcome: delivered, due again after the backoff, or failed for good after
 * the last attempt. Only the lease holder's write counts (same attempt number, still pending).
 */
export async function recordAttempt(db: PrismaClient, delivery: Pick<ClaimedDelivery, "id" | "attempts">, outcome: AttemptOutcome, retryInMs: number, maxAttempts: number): Promise<void> {
  const status = outcome.ok ? "DELIVERED" : delivery.attempts >= maxAttempts ? "FAILED" : "PENDING";
  await db.$executeRaw`
    UPDATE "WebhookDelivery" SET
      "status" = ${status}::"WebhookDeliveryStatus",
      "lockedUntil" = NULL,
      "lastStatusCode" = ${outcome.statusCode}::integer,
      "lastError" = ${outcome.error}::text,
      "responseExcerpt" = ${outcome.excerpt}::text,
      "deliveredAt" = CASE WHEN ${outcome.ok}::boolean THEN now() ELSE NULL END,
      "nextAttemptAt" = CASE WHEN ${status}::text = 'PENDING' THEN now() + make_interval(secs => ${retryInMs / 1000}::double precision) ELSE "nextAttemptAt" END
    WHERE "id" = ${delivery.id}::integer AND "attempts" = ${delivery.attempts}::integer AND "status" = 'PENDING'`;
}
