// One attempt at one delivery: the body built, signed, sent to the checked address, the outcome
// recorded. Errors never escape: every failure is an outcome in the delivery log.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { WebhookSettings } from "./events";
import { backoffMs, claimDueDeliveries, recordAttempt, type AttemptOutcome, type ClaimedDelivery } from "./queue";
import { postJson } from "./send";
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signBody } from "./signature";
import { resolveWebhookTarget, WebhookTargetError } from "./target";

/** The JSON a receiver gets: the event as the trigger wrote it, with the pledge's public URL. */
export function webhookBody(delivery: Pick<ClaimedDelivery, "eventId" | "type" | "payload" | "createdAt">, baseUrl: string): string {
  const { pledge, ...rest } = delivery.payload as { pledge?: { slug?: string } } & Record<string, unknown>;
  return JSON.stringify({
    id: delivery.eventId,
    type: delivery.type,
    createdAt: new Date(delivery.createdAt).toISOString(),
    ...(pledge ? { pledge: { ...pledge, url: `${baseUrl}/commitments/${pledge.slug}` } } : {}),
    ...rest,
  });
}

const ERROR_CHARS = 300;

async function attempt(delivery: ClaimedDelivery, settings: WebhookSettings, baseUrl: string, now: () => Date): Promise<AttemptOutcome> {
  try {
    const target = await resolveWebhookTarget(delivery.url, { allowPrivate: settings.allowPrivate });
    const body = webhookBody(delivery, baseUrl);
    const timestamp = Math.floor(now().getTime() / 1000);
    const result = await postJson(
      target,
      body,
      {
        [SIGNATURE_HEADER]: signBody(delivery.secret, timestamp, body),
        [TIMESTAMP_HEADER]: String(timestamp),
        [EVENT_ID_HEADER]: delivery.eventId,
        [EVENT_TYPE_HEADER]: delivery.type,
      },
      settings.timeoutMs,
    );
    const ok = result.statusCode >= 200 && result.statusCode < 300;
    return { ok, statusCode: result.statusCode, error: ok ? null : `HTTP ${result.statusCode}`, excerpt: result.excerpt || null };
  } catch (error) {
    const message = error instanceof WebhookTargetError ? error.message : `${(error as Error).message ?? error}`;
    return { ok: false, statusCode: null, error: message.slice(0, ERROR_CHARS), excerpt: null };
  }
}

export interface RunOptions {
  settings: WebhookSettings;
  baseUrl: string;
  batchSize?: number;
  now?: () => Date;
  random?: () => number;
}

/** Claims the deliveries due now and attempts them; gives how many were attempted. */
export async function runDueDeliveries(db: PrismaClient, { settings, baseUrl, batchSize = 5, now = () => new Date(), random = Math.random }: RunOptions): Promise<number> {
  const claimed = await claimDueDeliveries(db, batchSize);
  await Promise.all(
    claimed.map(async (delivery) => {
      const outcome = await attempt(delivery, settings, baseUrl, now);
      await recordAttempt(db, delivery, outcome, backoffMs(delivery.attempts, settings, random), settings.maxAttempts);
    }),
  );
  return claimed.length;
}
