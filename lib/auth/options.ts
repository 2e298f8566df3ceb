import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { throttledErrorCode } from "./sign-in-errors";
import { lockAfterFailure, normaliseSignInEmail, recordSuccess, reserveAttempt, signInAddress } from "./throttle";

const SESSION_HOURS = 8;

export const authOptions: NextAuthOptions = {
  // JWT sessions, but the token is trusted for the user id only: role and "disabled" are
  // re-read from the database on every request (lib/auth/session.ts).
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
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
          ? await getPrisma().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabled: true } })
          : null;
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        // Unknown email, wrong password and disabled account all get the same answer.
        if (!user || !ok || user.disabled) {
          if (lastChance) await lockAfterFailure(lastChance);
          return null;
        }
        await recordSuccess(email, address);
        return { id: String(user.id) };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      return user ? { sub: user.id } : { sub: token.sub };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub } } as typeof session;
    },
  },
};
