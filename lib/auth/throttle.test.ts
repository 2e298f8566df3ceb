import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, FIRST_LOCK_SECONDS, LONGEST_LOCK_SECONDS, lockAccount, lockAfterFailure, recordSuccess, reserveAttempt, throttledForSeconds } from "./throttle";
import { signInErrorMessage, throttledErrorCode, throttledMinutesOf } from "./sign-in-errors";

const unique = () => Math.random().toString(36).slice(2);

// Against the suite's database: the counters are rows in "RateLimit", shared by every instance.
describe("sign-in throttle", () => {
  it("lets exactly the allowed number of parallel attempts through for one account", async () => {
    const email = `${unique()}@example.org`;
    const reservations = await Promise.all(Array.from({ length: 50 }, (_, i) => reserveAttempt(email, `10.0.${i}.1`)));
    expect(reservations.filter(({ wait }) => wait === 0)).toHaveLength(ACCOUNT_ATTEMPTS);
    expect(reservations.filter(({ lastChance }) => lastChance)).toEqual([{ wait: 0, lastChance: { counter: "account", key: email } }]);
    expect(await throttledForSeconds(email, "10.9.9.9")).toBeGreaterThan(0);
  });

  it("throttles one address trying many accounts", async () => {
    const address = `10.1.${unique()}`;
    const reservations = await Promise.all(Array.from({ length: 50 }, () => reserveAttempt(`${unique()}@example.org`, address)));
    expect(reservations.filter(({ wait }) => wait === 0)).toHaveLength(ADDRESS_ATTEMPTS);
    expect(await throttledForSeconds(`${unique()}@example.org`, address)).toBeGreaterThan(0);
  });

  it("gives the account its attempts back after a success", async () => {
    const email = `${unique()}@example.org`;
    const address = `10.2.${unique()}`;
    for (let i = 0; i < ACCOUNT_ATTEMPTS - 1; i++) expect((await reserveAttempt(email, address)).wait).toBe(0);
    await recordSuccess(email, address);
    expect(await throttledForSeconds(email, address)).toBe(0);
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) expect((await reserveAttempt(email, address)).wait).toBe(0);
    expect((await reserveAttempt(email, address)).wait).toBeGreaterThan(0);
  });

  it("locks for a minute, then twice as long each further time, at most the window", async () => {
    const email = `${unique()}@example.org`;
    expect(await lockAccount(email)).toBe(FIRST_LOCK_SECONDS);
    const wait = await throttledForSeconds(email, "10.3.0.1");
    expect(wait).toBeGreaterThan(FIRST_LOCK_SECONDS - 5);
    expect(wait).toBeLessThanOrEqual(FIRST_LOCK_SECONDS);
    expect(await lockAccount(email)).toBe(2 * FIRST_LOCK_SECONDS);
    for (let i = 0; i < 6; i++) await lockAccount(email);
    expect(await lockAccount(email)).toBe(LONGEST_LOCK_SECONDS);
  });

  it("does not lock the owner out from an address the account signed in from before", async () => {
    const email = `${unique()}@example.org`;
    const home = `10.4.${unique()}`;
    await recordSuccess(email, home);
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) await reserveAttempt(email, `10.5.${unique()}`);
    await lockAccount(email);
    expect(await throttledForSeconds(email, "10.6.0.1")).toBeGreaterThan(0);
    expect(await throttledForSeconds(email, home)).toBe(0);
    // Guessing from that address is still limited, on its own counter, with the same short lock.
    let last = null;
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) {
      const reservation = await reserveAttempt(email, home);
      expect(reservation.wait).toBe(0);
      last = reservation.lastChance ?? last;
    }
    expect(last).toEqual({ counter: "pair", key: `${email}|${home}` });
    expect(await lockAfterFailure(last!)).toBe(FIRST_LOCK_SECONDS);
    const wait = (await reserveAttempt(email, home)).wait;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(FIRST_LOCK_SECONDS);
  });

  it("keeps its counts in the database, where a fresh process would find them", async () => {
    const email = `${unique()}@example.org`;
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) await reserveAttempt(email, "10.7.0.1");
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT points FROM "RateLimit" WHERE key = $1', [`signin-account:${email}`]);
      expect(rows).toEqual([{ points: ACCOUNT_ATTEMPTS }]);
    } finally {
      await client.end();
    }
  });
});

describe("sign-in error codes", () => {
  it("carry the wait in whole minutes, rounded up", () => {
    expect(throttledErrorCode(899)).toBe("TooManyAttempts:15");
    expect(throttledErrorCode(61)).toBe("TooManyAttempts:2");
    expect(throttledErrorCode(1)).toBe("TooManyAttempts:1");
    expect(throttledMinutesOf("TooManyAttempts:15")).toBe(15);
    expect(throttledMinutesOf("CredentialsSignin")).toBeNull();
    expect(throttledMinutesOf("TooManyAttempts:-3")).toBeNull();
  });

  it("read as messages", () => {
    expect(signInErrorMessage("TooManyAttempts:14")).toBe("Too many failed attempts. Try again in 14 minutes.");
    expect(signInErrorMessage("TooManyAttempts:1")).toBe("Too many failed attempts. Try again in 1 minute.");
    expect(signInErrorMessage("CredentialsSignin")).toBe("That email and password do not match an active account.");
    expect(signInErrorMessage("Configuration")).toBe("Sign-in is not available right now. Please try again shortly.");
    expect(signInErrorMessage("SessionRequired", "failed")).toBe("That email and password do not match an active account.");
    expect(signInErrorMessage(undefined)).toBeUndefined();
  });
});
