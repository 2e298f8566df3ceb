// The signature receivers check (README "Webhooks"): HMAC-SHA256, keyed with the subscription's
// secret, of "<timestamp>.<raw body>". The timestamp is signed so that a captured delivery cannot
// be replayed later under a fresh one.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Tracker-Signature";
export const TIMESTAMP_HEADER = "X-Tracker-Timestamp";
export const EVENT_ID_HEADER = "X-Tracker-Event-Id";
export const EVENT_TYPE_HEADER = "X-Tracker-Event";

export function signBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does (used by the tests, and the model for the README's snippet). */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signBody(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return /^\d+$/.test(timestamp) && expected.length === given.length && timingSafeEqual(expected, given);
}

/** Shown instead of the secret once it is stored. */
export function secretHint(secret: string): string {
  return `…${secret.slice(-4)}`;
}
