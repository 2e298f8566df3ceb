import { NextResponse, type NextRequest } from "next/server";

// A convenience only: sends visitors without a session cookie to sign-in before rendering.
// The checks that count are in every admin page, server action and route (lib/auth).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
