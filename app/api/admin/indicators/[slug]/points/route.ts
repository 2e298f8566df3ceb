import type { NextRequest } from "next/server";
import { authorizeApiCaller } from "@/lib/auth/api-caller";
import { answerCsvImport, readCsvImport } from "@/lib/http/csv-import-request";
import { jsonError } from "@/lib/http/responses";
import { runPointsImport } from "@/lib/indicators/points-import";

export const dynamic = "force-dynamic";

/**
 * One series' data points as CSV (period,value,source_url,published_on,note,estimate; the columns
 * of indicators.csv). `dryRun=1` answers the plan and writes nothing; otherwise all rows or none.
 */
export async function POST(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const authorized = await authorizeApiCaller(request, "ANALYST");
  if (!authorized.ok) return authorized.response;
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return jsonError(404, "not_found", "No indicator has this address.");
  const read = await readCsvImport(request);
  if (!read.ok) return read.response;
  return answerCsvImport(() => runPointsImport(authorized.caller.actor, slug, read.csv, { dryRun: read.dryRun }));
}
