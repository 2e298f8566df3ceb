import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { isDatabaseUnavailableError } from "@/lib/db/availability";
import { UserFacingError } from "@/lib/errors";

/** The one error shape every route handler answers with. */
export interface ApiError {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]>; errorId?: string };
}

export function jsonError(
  status: number,
  code: string,
  message: string,
  extra: Partial<ApiError["error"]> = {},
): NextResponse<ApiError> {
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers: { "Cache-Control": "no-store" } });
}

const CODES: Record<number, string> = {
  400: "bad_request",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  422: "invalid",
};

/**
 * Turns any thrown error into a response: expected failures keep their message; anything else is
 * logged with an id and answered without internals (no stack, SQL or Prisma code).
 */
export function errorResponse(error: unknown): NextResponse<ApiError> {
  if (error instanceof UserFacingError) {
    return jsonError(error.status, CODES[error.status] ?? "error", error.message, error.fieldErrors ? { fieldErrors: error.fieldErrors } : {});
  }
  const errorId = randomUUID();
  if (isDatabaseUnavailableError(error)) {
    console.error(`[${errorId}] database unavailable:`, error);
    return jsonError(503, "database_unavailable", "The database is not reachable right now. Please try again shortly.", { errorId });
  }
  console.error(`[${errorId}] unexpected error:`, error);
  return jsonError(500, "internal_error", "Something went wrong on our side. The error has been logged.", { errorId });
}
