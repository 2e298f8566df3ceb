import { describe, expect, it } from "vitest";
import { databaseRecentlyUnreachable, isDatabaseBusyError, isDatabaseUnreachableError, noteDatabaseFailure, noteDatabaseSuccess, trackRequest } from "./availability";

// pg-pool's own words: waiting for a pooled connection timed out (all busy), versus a new
// connection that could not be made.
const poolQueueTimeout = new Error("timeout exceeded when trying to connect");
const connectTimeout = new Error("Connection terminated due to connection timeout", { cause: new Error("Connection terminated unexpectedly") });
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

describe("database availability", () => {
  it("calls a full pool busy, not unreachable, also when wrapped", () => {
    expect(isDatabaseBusyError(poolQueueTimeout)).toBe(true);
    expect(isDatabaseUnreachableError(poolQueueTimeout)).toBe(false);
    expect(isDatabaseBusyError(new Error("query failed", { cause: poolQueueTimeout }))).toBe(true);
    expect(isDatabaseUnreachableError(connectTimeout)).toBe(true);
    expect(isDatabaseUnreachableError(refused)).toBe(true);
  });

  it("answers 503 for a busy pool without opening the outage breaker for everyone", () => {
    noteDatabaseSuccess();
    const outcome = { databaseFailed: false };
    trackRequest(outcome, () => noteDatabaseFailure(poolQueueTimeout));
    expect(outcome.databaseFailed).toBe(true);
    expect(databaseRecentlyUnreachable()).toBe(false);
  });

  it("opens the breaker when the database cannot be reached, until a query succeeds", () => {
    noteDatabaseSuccess();
    const outcome = { databaseFailed: false };
    trackRequest(outcome, () => noteDatabaseFailure(refused));
    expect(outcome.databaseFailed).toBe(true);
    expect(databaseRecentlyUnreachable()).toBe(true);
    noteDatabaseSuccess();
    expect(databaseRecentlyUnreachable()).toBe(false);
  });
});
