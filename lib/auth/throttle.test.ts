import { describe, expect, it } from "vitest";
import { ACCOUNT_ATTEMPTS, ADDRESS_ATTEMPTS, recordSuccess, reserveAttempt, throttledForSeconds } from "./throttle";
import { signInErrorMessage, throttledErrorCode, throttledMinutesOf } from "./sign-in-errors";

const unique = () => Math.random().toString(36).slice(2);

describe("sign-in throttle", () => {
  it("lets exactly the allowed number of parallel attempts through for one account", async () => {
    const email = `${unique()}@example.org`;
    const waits = await Promise.all(Array.from({ length: 50 }, (_, i) => reserveAttempt(email, `10.0.${i}.1`)));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(ACCOUNT_ATTEMPTS);
    expect(Math.min(...waits.filter((wait) => wait > 0))).toBeGreaterThan(14 * 60);
    expect(await throttledForSeconds(email, "10.9.9.9")).toBeGreaterThan(0);
  });

  it("throttles one address trying many accounts", async () => {
    const address = `10.1.${unique()}`;
    const waits = await Promise.all(Array.from({ length: 50 }, () => reserveAttempt(`${unique()}@example.org`, address)));
    expect(waits.filter((wait) => wait === 0)).toHaveLength(ADDRESS_ATTEMPTS);
    expect(await throttledForSeconds(`${unique()}@example.org`, address)).toBeGreaterThan(0);
  });

  it("gives the account its attempts back after a success", async () => {
    const email = `${unique()}@example.org`;
    const address = `10.2.${unique()}`;
    for (let i = 0; i < ACCOUNT_ATTEMPTS - 1; i++) expect(await reserveAttempt(email, address)).toBe(0);
    await recordSuccess(email, address);
    expect(await throttledForSeconds(email, address)).toBe(0);
    for (let i = 0; i < ACCOUNT_ATTEMPTS; i++) expect(await reserveAttempt(email, address)).toBe(0);
    expect(await reserveAttempt(email, address)).toBeGreaterThan(0);
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
