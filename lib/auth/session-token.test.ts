// The app's own session token codec must stay next-auth's format: a token either one issued is
// read by the other, so no session is lost across the change and next-auth's routes keep working.
import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { sessionCookieName, sessionTokenOf } from "./session-cookie";

const secret = "a-session-secret-of-at-least-32-characters";
const claims = { sub: "7", sv: 3, authAt: 1_700_000_000 };

describe("session tokens", () => {
  it("read next-auth's tokens, and next-auth reads theirs", async () => {
    expect(await decodeSessionToken({ token: await encode({ token: claims, secret }), secret })).toMatchObject(claims);
    expect(await decode({ token: await encodeSessionToken({ token: claims, secret }), secret })).toMatchObject(claims);
  });

  it("refuse a token under another secret, an expired one and a tampered one", async () => {
    const token = await encodeSessionToken({ token: claims, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}!` })).rejects.toThrow();
    await expect(decodeSessionToken({ token: await encodeSessionToken({ token: claims, secret, maxAge: -60 }), secret })).rejects.toThrow(/exp/);
    const [header, key, iv, text, tag] = token.split(".");
    const flipped = `${text!.slice(0, -2)}${text!.endsWith("AA") ? "BB" : "AA"}`;
    await expect(decodeSessionToken({ token: [header, key, iv, flipped, tag].join("."), secret })).rejects.toThrow();
  });

  it("are no session when there is no token", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});

describe("the session cookie", () => {
  const over = (proto: string) => new Headers({ "x-forwarded-proto": proto });

  it("is the Secure-prefixed one when the site is https, as next-auth names it", () => {
    const saved = { url: process.env.NEXTAUTH_URL, trust: process.env.AUTH_TRUST_HOST };
    try {
      delete process.env.NEXTAUTH_URL;
      process.env.AUTH_TRUST_HOST = "true";
      expect(sessionCookieName(over("http"))).toBe("next-auth.session-token");
      expect(sessionCookieName(over("https"))).toBe("__Secure-next-auth.session-token");
      process.env.NEXTAUTH_URL = "https://tracker.example.org";
      expect(sessionCookieName(over("http"))).toBe("__Secure-next-auth.session-token");
      process.env.NEXTAUTH_URL = "http://localhost:3000";
      expect(sessionCookieName(over("https"))).toBe("next-auth.session-token");
    } finally {
      if (saved.url === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = saved.url;
      if (saved.trust === undefined) delete process.env.AUTH_TRUST_HOST;
      else process.env.AUTH_TRUST_HOST = saved.trust;
    }
  });

  it("joins a token split over numbered cookies, in order, and ignores the other scheme's cookie", () => {
    const headers = new Headers({ "x-forwarded-proto": "http" });
    const saved = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    try {
      expect(sessionTokenOf(headers, [
        { name: "next-auth.session-token.1", value: "b" },
        { name: "__Secure-next-auth.session-token", value: "x" },
        { name: "next-auth.session-token.0", value: "a" },
      ])).toBe("ab");
      expect(sessionTokenOf(headers, [{ name: "__Secure-next-auth.session-token", value: "x" }])).toBeNull();
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = saved;
    }
  });
});
