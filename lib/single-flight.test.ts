import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("runs concurrent calls with the same arguments once, and later calls again", async () => {
    let calls = 0;
    const slow = singleFlight(async (n: number) => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return n * 2;
    });
    expect(await Promise.all([slow(1), slow(1), slow(1), slow(2)])).toEqual([2, 2, 2, 4]);
    expect(calls).toBe(2);
    expect(await slow(1)).toBe(2);
    expect(calls).toBe(3);
  });

  it("shares a failure with every waiting caller, and forgets it", async () => {
    let calls = 0;
    const failing = singleFlight(async () => {
      calls++;
      throw new Error("database down");
    });
    const results = await Promise.allSettled([failing(), failing()]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    await expect(failing()).rejects.toThrow("database down");
    expect(calls).toBe(2);
  });
});
