import type { NextRequest } from "next/server";
import { snapshotDownloadName, statusHistoryCopySqlAsOf } from "@/lib/as-of/exports";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { todayUtc } from "@/lib/dates";
import { copyCsvDownload } from "@/lib/exports/copy";
import { STATUS_HISTORY_COLUMNS, STATUS_HISTORY_COPY_SQL } from "@/lib/exports/status-history";

export const dynamic = "force-dynamic";

/** The whole status history; `?asOf=&recordedBy=`: the entries in effect by then (and recorded by then). */
export async function GET(request: NextRequest) {
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  const headers = STATUS_HISTORY_COLUMNS.map((column) => column.header);
  if (!read.snapshot) return copyCsvDownload("status-history", todayUtc(), headers, STATUS_HISTORY_COPY_SQL);
  const name = snapshotDownloadName("status-history", read.snapshot);
  return copyCsvDownload(name.base, name.date, headers, statusHistoryCopySqlAsOf(read.snapshot));
}
