import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { isSameOrigin } from "@/lib/auth/origin";
import { authOptions } from "@/lib/auth/options";
import { asThrottledWhenRefusedForIt, throttledSignInResponse } from "@/lib/auth/throttled-sign-in";
import { readBodyText } from "@/lib/http/read-body";
import { jsonError } from "@/lib/http/responses";

// A sign-in or sign-out form is a few hundred bytes; next-auth itself would read any size.
const MAX_BODY_BYTES = 16 * 1024;

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth throws (a 500, logged) on a GET of the credentials callback, which only a POST can
 * reach; and on a path of its own it does not know. Both are the client's mistake.
 */
const GET_ACTIONS = new Set(["session", "csrf", "providers", "signin", "signout", "error", "callback"]);
export async function GET(request: NextRequest, context: Context) {
  const [action, provider, ...rest] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials") {
    const refused = jsonError(405, "method_not_allowed", "Sign in by posting the form.");
    refused.headers.set("Allow", "POST");
    return refused;
  }
  if (!action || !GET_ACTIONS.has(action) || rest.length > 0 || (action === "callback" && provider !== "credentials")) {
    return jsonError(404, "not_found", "There is nothing here.");
  }
  return handler(request, context);
}

/** Sign-in and sign-out change state: besides next-auth's CSRF token, the Origin must be ours. */
export async function POST(request: NextRequest, context: Context) {
  if (!isSameOrigin(request.headers)) return jsonError(403, "forbidden", "This request did not come from this site, so it was refused.");
  const read = await readBodyText(request, MAX_BODY_BYTES);
  if (!read.ok) {
    return read.reason === "too_large"
      ? jsonError(413, "payload_too_large", "The sign-in request is too large.")
      : jsonError(400, "bad_request", "The request body could not be read.");
  }
  // next-auth parses a JSON body without a guard (a 500 for anything but an object).
  if ((request.headers.get("content-type") ?? "").includes("application/json") && !isJsonObject(read.text)) {
    return jsonError(400, "bad_request", "The request body is not a JSON object.");
  }
  // The body was read here, so next-auth gets the same request with the same bytes again.
  const forward = () => handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body: read.text }), context);
  const [action, provider] = (await context.params).nextauth;
  if (action !== "callback" || provider !== "credentials") return forward();
  return (await throttledSignInResponse(request, read.text)) ?? asThrottledWhenRefusedForIt(await forward());
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
