// The kinds of event a subscription can ask for, and the settings of the delivery worker: each
// written once here. The event types are also the strings the database triggers write
// (migration 20261202140000_webhooks) and the `type` receivers read.

export const EVENT_TYPES = ["status_change", "correction"] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Sent on an admin's request to one subscription only, whatever its event types. */
export const TEST_EVENT_TYPE = "test";

export interface WebhookSettings {
  /** WEBHOOKS_ALLOW_PRIVATE=1: http and private or loopback receivers allowed (tests only). */
  allowPrivate: boolean;
  /** The first retry waits about this long; each later one twice as long as the one before. */
  retryBaseMs: number;
  retryMaxMs: number;
  maxAttempts: number;
  timeoutMs: number;
  pollMs: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function webhookSettings(env: NodeJS.ProcessEnv = process.env): WebhookSettings {
  return {
    allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE === "1",
    retryBaseMs: positiveInt(env.WEBHOOKS_RETRY_BASE_MS, 30_000),
    retryMaxMs: 6 * 60 * 60_000,
    maxAttempts: positiveInt(env.WEBHOOKS_MAX_ATTEMPTS, 8),
    timeoutMs: 5_000,
    pollMs: positiveInt(env.WEBHOOKS_POLL_MS, 1_000),
  };
}
