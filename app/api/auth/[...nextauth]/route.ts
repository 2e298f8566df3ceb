import NextAuth from "next-auth";
import { isSameOrigin } from "@/lib/auth/origin";
import { authOptions } from "@/lib/auth/options";
import { jsonError } from "@/lib/http/responses";

// Cookies and redirects follow the host the request came to (Secure cookies over https).
process.env.AUTH_TRUST_HOST ??= "true";

const handler = NextAuth(authOptions);

export { handler as GET };

/** Sign-in and sign-out change state: besides next-auth's CSRF token, the Origin must be ours. */
export async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (!isSameOrigin(request.headers)) return jsonError(403, "forbidden", "This request did not come from this site, so it was refused.");
  return handler(request, context);
}
