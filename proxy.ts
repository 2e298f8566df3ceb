import { NextResponse, type NextRequest } from "next/server";
import { isSameOrigin } from "@/lib/auth/origin";
import { actionBodyProblem, actionIdProblem, formPostProblem } from "@/lib/http/action-request";
import { mayBeKnownAction } from "@/lib/http/known-actions";
import { strictContentSecurityPolicy } from "@/lib/http/security-headers.js";

// Sends visitors without a session cookie to sign-in before rendering an admin page: a
// convenience only; the checks that count are in every admin page, server action and route (lib/auth).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

const refuse = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A POST to a page is a server action (or a form posted without JavaScript). Next answers a
 * foreign or malformed Origin, and a body it cannot decode, with a 500 and an error in the log;
 * these are the client's mistakes, so they get a 4xx here before Next sees them. A missing Origin
 * goes on: the action's own gate refuses it (lib/actions/define-action.ts).
 */
async function refusedAction(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST") return null;
  if (request.headers.has("origin") && !isSameOrigin(request.headers)) {
    return refuse(403, "forbidden", "This request did not come from this site, so it was refused.");
  }
  const action = request.headers.get("next-action");
  if (action !== null) {
    const idProblem = actionIdProblem(action);
    if (idProblem) return refuse(400, "bad_request", idProblem);
    if (!mayBeKnownAction(action)) return refuse(404, "not_found", "This action is not part of the site any more: reload the page.");
  }
  const problem = action !== null ? await actionBodyProblem(request.clone()) : await formPostProblem(request.clone());
  return problem ? refuse(400, "bad_request", problem) : null;
}

const isAdminPage = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/");

/**
 * A fresh nonce per request: Next reads the policy from the request headers and puts the nonce
 * on each script it renders (its guide to CSP); the browser gets the same policy. Every page is
 * rendered per request for this (app/layout.tsx); the data behind the public ones is cached.
 */
function withStrictPolicy(request: NextRequest): NextResponse {
  const policy = strictContentSecurityPolicy(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export async function proxy(request: NextRequest) {
  const refused = await refusedAction(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  if (!isAdminPage(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) return withStrictPolicy(request);
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", pathname);
  return NextResponse.redirect(signIn);
}

// Every page (each needs its nonce); not the API, Next's own files or the icon, which run no script.
export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|icon\\.svg$|favicon\\.ico$).*)"],
};
