import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/http/responses";
import { getCachedDashboardData } from "@/lib/stats/cached";

export const dynamic = "force-dynamic";

/** The dashboard's numbers as JSON (the same cached data the page draws). */
export async function GET() {
  try {
    return NextResponse.json(await getCachedDashboardData());
  } catch (error) {
    return errorResponse(error);
  }
}
