import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db/client";
import { isDatabaseUnavailableError } from "@/lib/db/availability";
import { verifyPassword } from "./password";
import { decodeSessionToken, encodeSessionToken } from "./session-token";
import { claimsAreCurrent, nowSeconds, userIdOf, type SessionClaims } from "./session-version";
import { throttledErrorCode } from "./sign-in-errors";
import { lockAfterFailure, normaliseSignInEmail, recordSuccess, reserveAttempt, signInAddress } from "./throttle";

const SESSION_HOURS = 8;

// Cookies and redirects follow the host the request came to (Secure cookies over https), for the
// auth routes and for every page, action and route that reads the session (lib/auth/session.ts).
process.env.AUTH_TRUST_HOST ??= "true";

export const authOptions: NextAuthOptions = {
  // JWT sessions, but the token is trusted for the user id and its session version only: role,
  // "disabled" and the version are re-read from the database on every request (lib/auth/session.ts),
  // so raising the version ends the session (lib/auth/session-version.ts).
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const email = normaliseSignInEmail(credentials?.email);
        const password = String(credentials?.password ?? "").slice(0, 1000);
        const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
        const address = signInAddress({ get: (name) => headers[name] ?? null });
        // The route answers 429 before this for a throttled account or address; this counts the
        // attempt first, which also stops parallel attempts that all passed that check.
        const { wait, lastChance } = await reserveAttempt(email, address);
        if (wait > 0) throw new Error(throttledErrorCode(wait));

        const user = email
          ? await getPrisma().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabled: true, sessionVersion: true } })
          : null;
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        // Unknown email, wrong password and disabled account all get the same answer.
        if (!user || !ok || user.disabled) {
          if (lastChance) await lockAfterFailure(lastChance);
          return null;
        }
        await recordSuccess(email, address);
        return { id: String(user.id), sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion, authAt: nowSeconds() };
      const claims: SessionClaims = { sub: token.sub, sv: token.sv, authAt: token.authAt };
      // /api/auth/session re-issues the token with a fresh expiry: never for one that has ended.
      // Throwing makes next-auth clear the cookie and answer an empty session.
      if (!(await stillCurrent(claims))) throw new SessionEnded();
      return { ...claims };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub, sv: token.sv, authAt: token.authAt } } as typeof session;
    },
  },
  events: {
    // Signing out ends every session of the user (a copy of the cookie taken before is dead too).
    async signOut({ token }) {
      const id = userIdOf(token ?? {});
      if (id !== null && typeof token?.sv === "number") {
        await getPrisma().user.updateMany({ where: { id, sessionVersion: token.sv }, data: { sessionVersion: { increment: 1 } } });
      }
    },
  },
  logger: {
    // A cookie that is forged, expired or ended is untrusted input, not a fault of the server:
    // next-auth answers it as "signed out", and it is not logged as an error.
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && isUntrustedTokenError(metadata)) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};

/** An ended session, or a token that does not decrypt, decode or pass its claims (jose's words). */
function isUntrustedTokenError(metadata: unknown): boolean {
  const { name, message } = (metadata ?? {}) as { name?: unknown; message?: unknown };
  return name === "SessionEnded" || /JWE|JWT|JWS|decrypt|compact|claim/i.test(`${String(name)} ${String(message)}`);
}

class SessionEnded extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEnded";
  }
}

async function stillCurrent(claims: SessionClaims): Promise<boolean> {
  const id = userIdOf(claims);
  if (id === null) return false;
  try {
    const user = await getPrisma().user.findUnique({ where: { id }, select: { sessionVersion: true, disabled: true } });
    return claimsAreCurrent(claims, user);
  } catch (error) {
    // An outage must not sign everyone out: keep the token; every page, action and route reads
    // the user again (lib/auth/session.ts) and answers 503 while the database is away.
    if (isDatabaseUnavailableError(error)) return true;
    throw error;
  }
}
