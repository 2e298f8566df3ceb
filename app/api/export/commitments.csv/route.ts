import type { NextRequest } from "next/server";
import { listParamsSchema, searchParamsToObject } from "@/lib/commitments/list-params";
import { todayUtc } from "@/lib/dates";
import { COMMITMENT_COLUMNS, commitmentCopySql } from "@/lib/exports/commitments";
import { copyCsvDownload } from "@/lib/exports/copy";
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
  return copyCsvDownload("commitments", today, COMMITMENT_COLUMNS.map((column) => column.header), commitmentCopySql(parsed.data, today));
}
