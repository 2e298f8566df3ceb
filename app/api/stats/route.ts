import { NextResponse, type NextRequest } from "next/server";
import { getCachedDashboardDataAsOf } from "@/lib/as-of/cached";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { errorResponse } from "@/lib/http/responses";
import { getCachedDashboardData } from "@/lib/stats/cached";

export const dynamic = "force-dynamic";

/** The dashboard's numbers as JSON (the same cached data the page draws); `?asOf=&recordedBy=` for a past date's. */
export async function GET(request: NextRequest) {
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  try {
    return NextResponse.json(read.snapshot ? await getCachedDashboardDataAsOf(read.snapshot) : await getCachedDashboardData());
  } catch (error) {
    return errorResponse(error);
  }
}
