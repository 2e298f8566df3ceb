// The request and answer of every CSV import route (/api/admin/import, an indicator's points):
// `dryRun=1` answers the plan and writes nothing; otherwise all rows are applied or none, and row
// errors (row, column, message) answer 422.
import { revalidateTag } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { ImportRejected } from "@/lib/import/plan";
import type { ImportResult } from "@/lib/import/run-import";
import { readBodyText } from "./read-body";
import { errorResponse, jsonError } from "./responses";

const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The CSV body (UTF-8, NFC) and the dry-run flag, or the error answer. */
export async function readCsvImport(request: NextRequest): Promise<{ ok: true; csv: string; dryRun: boolean } | { ok: false; response: NextResponse }> {
  const dryRunParam = request.nextUrl.searchParams.get("dryRun");
  if (dryRunParam !== null && dryRunParam !== "0" && dryRunParam !== "1") return { ok: false, response: jsonError(400, "bad_request", "dryRun is 1 (plan only) or 0.") };
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (contentType !== "text/csv" && contentType !== "text/plain") return { ok: false, response: jsonError(415, "unsupported_media_type", "Send the file as text/csv (UTF-8).") };
  const read = await readBodyText(request, MAX_BODY_BYTES);
  if (!read.ok) {
    return {
      ok: false,
      response: read.reason === "too_large"
        ? jsonError(413, "payload_too_large", `The file is too large: send at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`)
        : jsonError(400, "bad_request", "The body could not be read."),
    };
  }
  if (read.text.includes("\u0000")) return { ok: false, response: jsonError(400, "bad_request", "The file must not contain NUL characters.") };
  return { ok: true, csv: read.text.normalize("NFC"), dryRun: dryRunParam === "1" };
}

/** Runs an import and answers its plan, its row errors (422), or the error's own answer. */
export async function answerCsvImport(run: () => Promise<ImportResult>): Promise<NextResponse> {
  try {
    const result = await run();
    if (!result.dryRun) revalidateTag(PUBLIC_DATA_TAG, "max");
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ImportRejected) {
      return NextResponse.json({ error: { code: "invalid", message: error.message, rows: error.errors } }, { status: 422, headers: { "Cache-Control": "no-store" } });
    }
    return errorResponse(error);
  }
}
