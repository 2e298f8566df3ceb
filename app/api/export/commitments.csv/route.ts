import type { NextRequest } from "next/server";
import { commitmentCopySqlAsOf, snapshotDownloadName } from "@/lib/as-of/exports";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { todayUtc } from "@/lib/dates";
import { COMMITMENT_COLUMNS, commitmentCopySql } from "@/lib/exports/commitments";
import { copyCsvDownload } from "@/lib/exports/copy";
import { jsonError } from "@/lib/http/responses";
import { fieldErrorsOf } from "@/lib/validation";

export const dynamic = "force-dynamic";

/**
 * The pledges of the list's filters (page, pageSize and sort are accepted and ignored: all rows, id order);
 * `?asOf=&recordedBy=`: as they stood then (lib/as-of).
 */
export async function GET(request: NextRequest) {
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  const parsed = listParamsSchema.safeParse(read.rest);
  if (!parsed.success) {
    return jsonError(400, "bad_request", "Some query parameters are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  const headers = COMMITMENT_COLUMNS.map((column) => column.header);
  if (read.snapshot) {
    const name = snapshotDownloadName("commitments", read.snapshot);
    return copyCsvDownload(name.base, name.date, headers, commitmentCopySqlAsOf(parsed.data, read.snapshot));
  }
  const today = todayUtc();
  return copyCsvDownload("commitments", today, headers, commitmentCopySql(parsed.data, today));
}
