import { revalidateTag } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApiCaller } from "@/lib/auth/api-caller";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { toIsoDate } from "@/lib/dates";
import { readBodyText } from "@/lib/http/read-body";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { recordStatusUpdate } from "@/lib/status-history/mutations";
import { statusUpdateSchema } from "@/lib/status-history/schema";
import { fieldErrorsOf } from "@/lib/validation";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST a status update as JSON (the same fields and rules as the admin form, values as strings):
 * for analysts' tools and scripts. The same checks as every admin write: an API token, or Origin
 * and session, with the role re-read from the database; strict schema; one transaction with its
 * audit row; version.
 */
export async function POST(request: NextRequest) {
  const authorized = await authorizeApiCaller(request, "ANALYST");
  if (!authorized.ok) return authorized.response;
  const { actor } = authorized.caller;
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) {
    return jsonError(415, "unsupported_media_type", "Send the update as application/json.");
  }
  const read = await readBodyText(request, MAX_BODY_BYTES);
  if (!read.ok) {
    return read.reason === "too_large"
      ? jsonError(413, "payload_too_large", `The update is too large: send at most ${MAX_BODY_BYTES / 1024} KB.`)
      : jsonError(400, "bad_request", "The body could not be read.");
  }
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return jsonError(400, "bad_request", "The body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body) || JSON.stringify(body).includes("\\u0000")) {
    return jsonError(400, "bad_request", "The body must be a JSON object without NUL characters.");
  }
  const parsed = statusUpdateSchema.safeParse(body);
  if (!parsed.success) {
    return jsonError(422, "invalid", "Some fields are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  try {
    const { change, version } = await recordStatusUpdate(actor, parsed.data);
    revalidateTag(PUBLIC_DATA_TAG, "max"); // stale-while-revalidate: no reader waits for a render
    return NextResponse.json(
      { statusChange: { id: change.id, fromStatus: change.fromStatus, toStatus: change.toStatus, effectiveOn: toIsoDate(change.effectiveOn) }, version },
      { status: 201 },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
