import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";

// Every attempt takes a point before its password is checked (so parallel attempts cannot all slip
// in under the limit); a success gives the points back. Per account: slows guessing one password.
// Per address: slows one password tried on many accounts.
const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_ATTEMPTS = 5;
export const ADDRESS_ATTEMPTS = 20;
const perAccount = new RateLimiterMemory({ keyPrefix: "signin-account", points: ACCOUNT_ATTEMPTS, duration: WINDOW_SECONDS });
const perAddress = new RateLimiterMemory({ keyPrefix: "signin-address", points: ADDRESS_ATTEMPTS, duration: WINDOW_SECONDS });

/** The key an account is counted under: the email as authorize() looks it up. */
export function normaliseSignInEmail(raw: unknown): string {
  return String(raw ?? "").normalize("NFC").trim().toLowerCase().slice(0, 320);
}

/** The address a sign-in is counted under (the proxy's X-Forwarded-For, or Next's own value). */
export function signInAddress(headers: { get(name: string): string | null }): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}

const secondsLeft = (state: RateLimiterRes | null, limit: number) =>
  state && state.consumedPoints >= limit ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0;

/** Seconds until this email may try again from this address; 0 when it may try now. */
export async function throttledForSeconds(email: string, address: string): Promise<number> {
  const [account, ip] = await Promise.all([perAccount.get(email), perAddress.get(address)]);
  return Math.max(secondsLeft(account, ACCOUNT_ATTEMPTS), secondsLeft(ip, ADDRESS_ATTEMPTS));
}

/** Counts an attempt; answers the seconds to wait when it is over a limit (0: go ahead). */
export async function reserveAttempt(email: string, address: string): Promise<number> {
  const results = await Promise.allSettled([perAccount.consume(email), perAddress.consume(address)]);
  const waits = results.map((result) =>
    result.status === "fulfilled" ? 0 : Math.max(1, Math.ceil(((result.reason as RateLimiterRes).msBeforeNext ?? WINDOW_SECONDS * 1000) / 1000)),
  );
  return Math.max(...waits);
}

export async function recordSuccess(email: string, address: string): Promise<void> {
  await Promise.all([perAccount.delete(email), perAddress.reward(address, 1)]);
}
