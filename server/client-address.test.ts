import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

describe("client address", () => {
  it("ignores X-Forwarded-For unless the peer is a trusted proxy", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", parseTrustedProxies(""))).toBe("203.0.113.9");
    expect(clientAddress("::ffff:127.0.0.1", "198.51.100.1", parseTrustedProxies(""))).toBe("127.0.0.1");
  });

  it("reads past trusted proxies from the right, never trusting what the client prepended", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "198.51.100.1", trusted)).toBe("198.51.100.1");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.1.2.3", trusted)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.5", "10.0.0.6", trusted)).toBe("10.0.0.6");
    expect(clientAddress("127.0.0.1", "not-an-address", trusted)).toBe("127.0.0.1");
  });

  it("refuses a setting it cannot read", () => {
    expect(() => parseTrustedProxies("localhost")).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies("::1/128").check("::1", "ipv6")).toBe(true);
  });
});
