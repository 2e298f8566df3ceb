import type { NextRequest, NextResponse } from "next/server";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/audit";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate";
import { bearerTokenOf, isTokenScope } from "@/lib/api-tokens/token";
import { errorResponse, jsonError, type ApiError } from "@/lib/http/responses";
import { isSameOrigin } from "./origin";
import { actorOf, getCurrentUser, hasRole, type SessionUser } from "./session";
import { signInAddress } from "./throttle";

export interface ApiCaller {
  user: SessionUser;
  actor: Actor;
  /** The token the request was made with, or null for a session cookie. */
  tokenId: number | null;
}

export type ApiCallerResult = { ok: true; caller: ApiCaller } | { ok: false; response: NextResponse<ApiError> };

const refuse = (response: NextResponse<ApiError>): ApiCallerResult => ({ ok: false, response });

/**
 * The gate of every /api/admin/* route: who is calling, and may they. Either an API token
 * (`Authorization: Bearer …`: no Origin needed, since a browser never sends it by itself, so no
 * CSRF) or the session cookie, which must come with this site's Origin. An Authorization header
 * is never skipped: a request that sends one is judged by it alone. Role re-read from the database.
 */
export async function authorizeApiCaller(request: NextRequest, role: UserRole): Promise<ApiCallerResult> {
  try {
    const authorization = request.headers.get("authorization");
    if (authorization !== null) {
      const token = bearerTokenOf(authorization);
      if (!token || !isTokenScope(request.nextUrl.pathname)) return refuse(unauthorized("Send `Authorization: Bearer <token>` with an API token."));
      const result = await authenticateApiToken(token, { method: request.method, path: request.nextUrl.pathname, address: signInAddress(request.headers) });
      if (!result.ok) {
        const response = jsonError(result.status, result.status === 429 ? "too_many_requests" : "unauthenticated", result.message);
        if (result.retryAfterSeconds) response.headers.set("Retry-After", String(result.retryAfterSeconds));
        if (result.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="tracker"');
        return refuse(response);
      }
      if (!hasRole(result.user, role)) return refuse(jsonError(403, "forbidden", "Your role may not do this."));
      return { ok: true, caller: { user: result.user, actor: { userId: result.user.id, label: `${result.user.email} (API token ${result.tokenId})` }, tokenId: result.tokenId } };
    }
    if (!isSameOrigin(request.headers)) return refuse(jsonError(403, "forbidden", "Cross-site requests are refused."));
    const user = await getCurrentUser();
    if (!user) return refuse(unauthorized("Sign in first, or send an API token."));
    if (!hasRole(user, role)) return refuse(jsonError(403, "forbidden", "Your role may not do this."));
    return { ok: true, caller: { user, actor: actorOf(user), tokenId: null } };
  } catch (error) {
    return refuse(errorResponse(error)); // the database is down: 503, not "signed out"
  }
}

const unauthorized = (message: string) => jsonError(401, "unauthenticated", message);
