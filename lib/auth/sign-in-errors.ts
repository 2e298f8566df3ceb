// The `error` codes a sign-in answers with, and the message each one shows. next-auth's signIn()
// hands the page only this code (from the answer's `url`), so a throttled answer carries its wait
// in the code itself: `TooManyAttempts:15` reads "try again in 15 minutes".
import { format, getMessages } from "@/lib/i18n/messages";

const THROTTLED = "TooManyAttempts";
const CREDENTIALS_REFUSED = "CredentialsSignin";

export function throttledErrorCode(retryAfterSeconds: number): string {
  return `${THROTTLED}:${Math.max(1, Math.ceil(retryAfterSeconds / 60))}`;
}

/** The wait a throttled code names, in minutes; null for any other code. */
export function throttledMinutesOf(code: string | null | undefined): number | null {
  const [kind, minutes] = (code ?? "").split(":");
  const wait = Number(minutes);
  return kind === THROTTLED && Number.isInteger(wait) && wait > 0 ? wait : null;
}

/**
 * The message for a sign-in error code; undefined when there was no error. Codes other than ours
 * and next-auth's refusal read as `otherwise` ("not available" after a request that failed).
 */
export function signInErrorMessage(code: string | null | undefined, otherwise: "failed" | "error" = "error"): string | undefined {
  if (!code) return undefined;
  const t = getMessages().admin.signIn;
  const kind = code.split(":")[0];
  if (kind === THROTTLED) {
    const wait = throttledMinutesOf(code);
    return wait ? format(wait === 1 ? t.throttledOneMinute : t.throttled, { minutes: wait }) : t.throttledUnknown;
  }
  return kind === CREDENTIALS_REFUSED ? t.failed : t[otherwise];
}
