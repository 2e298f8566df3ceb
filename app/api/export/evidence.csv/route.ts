import type { NextRequest } from "next/server";
import { evidenceCopySqlAsOf, snapshotDownloadName } from "@/lib/as-of/exports";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { todayUtc } from "@/lib/dates";
import { copyCsvDownload } from "@/lib/exports/copy";
import { EVIDENCE_COLUMNS, EVIDENCE_COPY_SQL } from "@/lib/exports/evidence";

export const dynamic = "force-dynamic";

/** Every evidence item; `?asOf=&recordedBy=`: those published by then, of the pledges made by then. */
export async function GET(request: NextRequest) {
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  const headers = EVIDENCE_COLUMNS.map((column) => column.header);
  if (!read.snapshot) return copyCsvDownload("evidence", todayUtc(), headers, EVIDENCE_COPY_SQL);
  const name = snapshotDownloadName("evidence", read.snapshot);
  return copyCsvDownload(name.base, name.date, headers, evidenceCopySqlAsOf(read.snapshot));
}
