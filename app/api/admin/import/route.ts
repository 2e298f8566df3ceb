import type { NextRequest } from "next/server";
import { authorizeApiCaller } from "@/lib/auth/api-caller";
import { answerCsvImport, readCsvImport } from "@/lib/http/csv-import-request";
import { jsonError } from "@/lib/http/responses";
import { IMPORT_KINDS, type ImportKind } from "@/lib/import/plan";
import { runImport } from "@/lib/import/run-import";

export const dynamic = "force-dynamic";

/**
 * Bulk import: a CSV in the columns of the matching export. `dryRun=1` answers the plan (create,
 * update or unchanged per row, with the diff) and writes nothing; otherwise every row is applied
 * in one transaction or none is, and row errors (row, column, message) answer 422.
 */
export async function POST(request: NextRequest) {
  const authorized = await authorizeApiCaller(request, "ANALYST");
  if (!authorized.ok) return authorized.response;
  const kind = request.nextUrl.searchParams.get("kind");
  if (!kind || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return jsonError(400, "bad_request", `Say what the file holds: kind=${IMPORT_KINDS.join(", kind=")}.`);
  }
  const read = await readCsvImport(request);
  if (!read.ok) return read.response;
  return answerCsvImport(() => runImport(authorized.caller.actor, kind as ImportKind, read.csv, { dryRun: read.dryRun }));
}
