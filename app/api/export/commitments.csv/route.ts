import type { NextRequest } from "next/server";
import { listParamsSchema, searchParamsToObject } from "@/lib/commitments/list-params";
import { todayUtc } from "@/lib/dates";
import { COMMITMENT_COLUMNS, commitmentExportRows } from "@/lib/exports/commitments";
import { csvDownload } from "@/lib/exports/response";
import { jsonError } from "@/lib/http/responses";
import { fieldErrorsOf } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** The pledges of the list's filters (page, pageSize and sort are accepted and ignored: all rows, id order). */
export async function GET(request: NextRequest) {
  const parsed = listParamsSchema.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!parsed.success) {
    return jsonError(400, "bad_request", "Some query parameters are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  const today = todayUtc();
  return csvDownload("commitments", today, COMMITMENT_COLUMNS, commitmentExportRows(parsed.data, today));
}
