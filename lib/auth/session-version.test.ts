import { describe, expect, it } from "vitest";
import { MAX_SESSION_HOURS, claimsAreCurrent, userIdOf } from "./session-version";

const now = 2_000_000_000;
const user = { sessionVersion: 3, disabled: false };
const fresh = { sub: "7", sv: 3, authAt: now - 60 };

describe("claimsAreCurrent", () => {
  it("accepts a token issued under the user's current version", () => {
    expect(claimsAreCurrent(fresh, user, now)).toBe(true);
  });
  it("refuses a token from before the version was raised (sign-out, reset, disable, role change)", () => {
    expect(claimsAreCurrent(fresh, { ...user, sessionVersion: 4 }, now)).toBe(false);
  });
  it("refuses disabled and deleted users", () => {
    expect(claimsAreCurrent(fresh, { ...user, disabled: true }, now)).toBe(false);
    expect(claimsAreCurrent(fresh, null, now)).toBe(false);
  });
  it("refuses a token older than the absolute lifetime however often it was refreshed", () => {
    expect(claimsAreCurrent({ ...fresh, authAt: now - MAX_SESSION_HOURS * 3600 }, user, now)).toBe(false);
    expect(claimsAreCurrent({ ...fresh, authAt: now + 3600 }, user, now)).toBe(false);
  });
  it("refuses tokens without the claims (issued before versions existed, or forged shapes)", () => {
    expect(claimsAreCurrent({ sub: "7" }, user, now)).toBe(false);
    expect(claimsAreCurrent({ ...fresh, sv: "3" }, user, now)).toBe(false);
    expect(claimsAreCurrent({ ...fresh, authAt: String(now) }, user, now)).toBe(false);
  });
  it("reads only positive integer ids", () => {
    expect(userIdOf({ sub: "7" })).toBe(7);
    for (const sub of [undefined, "", "0", "-1", "1.5", "1e400", "abc"]) expect(userIdOf({ sub })).toBeNull();
  });
});
