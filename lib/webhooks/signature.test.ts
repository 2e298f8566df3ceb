import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { backoffMs } from "./queue";
import { secretHint, signBody, verifySignature } from "./signature";

describe("signBody", () => {
  it("is the hex HMAC-SHA256 of timestamp.body with the secret, as the README tells receivers", () => {
    const body = '{"id":"x","type":"status_change"}';
    const expected = createHmac("sha256", "a-secret-of-16-chars").update(`1764676800.${body}`).digest("hex");
    expect(signBody("a-secret-of-16-chars", 1764676800, body)).toBe(`sha256=${expected}`);
  });

  it("verifies only the same secret, timestamp and body", () => {
    const signature = signBody("a-secret-of-16-chars", 1764676800, "{}");
    expect(verifySignature("a-secret-of-16-chars", "1764676800", "{}", signature)).toBe(true);
    expect(verifySignature("another-secret-16ch", "1764676800", "{}", signature)).toBe(false);
    expect(verifySignature("a-secret-of-16-chars", "1764676801", "{}", signature)).toBe(false);
    expect(verifySignature("a-secret-of-16-chars", "1764676800", "{ }", signature)).toBe(false);
  });

  it("hints at a secret without showing it", () => {
    expect(secretHint("a-secret-of-16-chars")).toBe("…hars");
  });
});

describe("backoffMs", () => {
  const settings = { retryBaseMs: 1_000, retryMaxMs: 60_000 };
  it("doubles per attempt, with jitter between half and all of the step, up to the cap", () => {
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts, settings, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts, settings, () => 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect(backoffMs(20, settings, () => 1)).toBe(60_000);
  });
});
