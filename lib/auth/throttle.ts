import type { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { postgresLimiter } from "./throttle-store";

// Every attempt takes a point before its password is checked (so parallel attempts cannot all slip
// in under the limit); a success gives the points back. Per address: slows one password tried on
// many accounts. Per account: slows guessing one password, with a lock that starts at a minute
// and doubles with each further lock (to 15 minutes), so a stranger cannot keep it shut for long.
// And the owner is not locked out by a stranger at all: from an address this account signed in
// from before, attempts count against that address and account alone.
const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_ATTEMPTS = 5;
export const ADDRESS_ATTEMPTS = 20;
export const FIRST_LOCK_SECONDS = 60;
export const LONGEST_LOCK_SECONDS = WINDOW_SECONDS;
const KNOWN_FOR_SECONDS = 30 * 24 * 3600;

let limiters: Record<"account" | "address" | "pair" | "locks" | "known", RateLimiterPostgres> | undefined;
function limiter(name: keyof NonNullable<typeof limiters>): RateLimiterPostgres {
  limiters ??= {
    account: postgresLimiter("signin-account", ACCOUNT_ATTEMPTS, WINDOW_SECONDS),
    address: postgresLimiter("signin-address", ADDRESS_ATTEMPTS, WINDOW_SECONDS),
    pair: postgresLimiter("signin-known-pair", ACCOUNT_ATTEMPTS, WINDOW_SECONDS),
    locks: postgresLimiter("signin-locks", 1_000, 24 * 3600),
    known: postgresLimiter("signin-known", 1, KNOWN_FOR_SECONDS),
  };
  return limiters[name];
}

/** The key an account is counted under: the email as authorize() looks it up. */
export function normaliseSignInEmail(raw: unknown): string {
  return String(raw ?? "").normalize("NFC").trim().toLowerCase().slice(0, 320);
}

/**
 * The address a sign-in is counted under: the one the app's HTTP server worked out from the
 * socket and TRUSTED_PROXIES (server/client-address.ts), never a header the client chose.
 */
export function signInAddress(headers: { get(name: string): string | null }): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}

const pairKey = (email: string, address: string) => `${email}|${address}`;

async function isKnownAddress(email: string, address: string): Promise<boolean> {
  return Boolean(await limiter("known").get(pairKey(email, address)));
}

const secondsLeft = (state: RateLimiterRes | null, limit: number) =>
  state && state.consumedPoints >= limit ? Math.max(1, Math.ceil(state.msBeforeNext / 1000)) : 0;

/** Seconds until this email may try again from this address; 0 when it may try now. */
export async function throttledForSeconds(email: string, address: string): Promise<number> {
  const known = await isKnownAddress(email, address);
  const [account, ip] = await Promise.all([
    known ? limiter("pair").get(pairKey(email, address)) : limiter("account").get(email),
    limiter("address").get(address),
  ]);
  return Math.max(secondsLeft(account, ACCOUNT_ATTEMPTS), secondsLeft(ip, ADDRESS_ATTEMPTS));
}

const waitOf = (result: PromiseSettledResult<unknown>) =>
  result.status === "fulfilled" ? 0 : Math.max(1, Math.ceil(((result.reason as RateLimiterRes).msBeforeNext ?? WINDOW_SECONDS * 1000) / 1000));

export interface Reservation {
  /** Seconds to wait when over a limit; 0: go ahead and check the password. */
  wait: number;
  /** This was the last allowed attempt on its counter: if it fails, lockAfterFailure() locks it. */
  lastChance: { counter: "account" | "pair"; key: string } | null;
}

/** Counts an attempt before its password is checked. */
export async function reserveAttempt(email: string, address: string): Promise<Reservation> {
  const known = await isKnownAddress(email, address);
  const counter = known ? "pair" : "account";
  const key = known ? pairKey(email, address) : email;
  const [account, ip] = await Promise.allSettled([limiter(counter).consume(key), limiter("address").consume(address)]);
  const last = account.status === "fulfilled" && account.value.consumedPoints === ACCOUNT_ATTEMPTS;
  return { wait: Math.max(waitOf(account), waitOf(ip)), lastChance: last ? { counter, key } : null };
}

/**
 * The last allowed attempt failed: lock its counter (the account, or the account from a known
 * address) for a minute, twice as long each time that happens again within a day (at most the
 * window). Only one attempt per window can be the last allowed one, so parallel failures lock once.
 */
export async function lockAfterFailure({ counter, key }: NonNullable<Reservation["lastChance"]>): Promise<number> {
  const locks = await limiter("locks").penalty(`${counter}:${key}`, 1);
  const seconds = Math.min(LONGEST_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (locks.consumedPoints - 1));
  await limiter(counter).block(key, seconds);
  return seconds;
}

export const lockAccount = (email: string) => lockAfterFailure({ counter: "account", key: email });

export async function recordSuccess(email: string, address: string): Promise<void> {
  await Promise.all([
    limiter("account").delete(email),
    limiter("pair").delete(pairKey(email, address)),
    limiter("locks").delete(`account:${email}`),
    limiter("locks").delete(`pair:${pairKey(email, address)}`),
    limiter("address").reward(address, 1),
    limiter("known").set(pairKey(email, address), 1, KNOWN_FOR_SECONDS),
  ]);
}
