import { revalidateTag } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { authorizeApiCaller } from "@/lib/auth/api-caller";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { readBodyText } from "@/lib/http/read-body";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { IMPORT_KINDS, ImportRejected, type ImportKind } from "@/lib/import/plan";
import { runImport } from "@/lib/import/run-import";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Bulk import: a CSV in the columns of the matching export. `dryRun=1` answers the plan (create,
 * update or unchanged per row, with the diff) and writes nothing; otherwise every row is applied
 * in one transaction or none is, and row errors (row, column, message) answer 422.
 */
export async function POST(request: NextRequest) {
  const authorized = await authorizeApiCaller(request, "ANALYST");
  if (!authorized.ok) return authorized.response;
  const params = request.nextUrl.searchParams;
  const kind = params.get("kind");
  if (!kind || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return jsonError(400, "bad_request", `Say what the file holds: kind=${IMPORT_KINDS.join(", kind=")}.`);
  }
  const dryRunParam = params.get("dryRun");
  if (dryRunParam !== null && dryRunParam !== "0" && dryRunParam !== "1") return jsonError(400, "bad_request", "dryRun is 1 (plan only) or 0.");
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (contentType !== "text/csv" && contentType !== "text/plain") return jsonError(415, "unsupported_media_type", "Send the file as text/csv (UTF-8).");
  const read = await readBodyText(request, MAX_BODY_BYTES);
  if (!read.ok) {
    return read.reason === "too_large"
      ? jsonError(413, "payload_too_large", `The file is too large: send at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`)
      : jsonError(400, "bad_request", "The body could not be read.");
  }
  if (read.text.includes("\u0000")) return jsonError(400, "bad_request", "The file must not contain NUL characters.");
  try {
    const result = await runImport(authorized.caller.actor, kind as ImportKind, read.text.normalize("NFC"), { dryRun: dryRunParam === "1" });
    if (!result.dryRun) revalidateTag(PUBLIC_DATA_TAG, "max");
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ImportRejected) {
      return NextResponse.json({ error: { code: "invalid", message: error.message, rows: error.errors } }, { status: 422, headers: { "Cache-Control": "no-store" } });
    }
    return errorResponse(error);
  }
}
