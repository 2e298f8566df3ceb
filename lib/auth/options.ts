import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { isThrottled, recordFailure, recordSuccess } from "./throttle";

/** Error codes the sign-in page turns into messages (next-auth passes them through as `error`). */
export const SIGN_IN_THROTTLED = "TooManyAttempts";

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
        const email = String(credentials?.email ?? "").normalize("NFC").trim().toLowerCase().slice(0, 320);
        const password = String(credentials?.password ?? "").slice(0, 1000);
        const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
        const address = headers["x-forwarded-for"]?.split(",")[0]?.trim() || headers["x-real-ip"] || "local";
        if (await isThrottled(email, address)) throw new Error(SIGN_IN_THROTTLED);

        const user = email
          ? await getPrisma().user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabled: true } })
          : null;
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        // Unknown email, wrong password and disabled account all get the same answer.
        if (!user || !ok || user.disabled) {
          await recordFailure(email, address);
          return null;
        }
        await recordSuccess(email);
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
