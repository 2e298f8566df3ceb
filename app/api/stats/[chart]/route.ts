import type { NextRequest } from "next/server";
import { getCachedDashboardDataAsOf } from "@/lib/as-of/cached";
import { snapshotDownloadName } from "@/lib/as-of/exports";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { datedFilename, toCsv } from "@/lib/csv/writer";
import { todayUtc } from "@/lib/dates";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { getCachedDashboardData } from "@/lib/stats/cached";
import { CHART_IDS, chartTable, isChartId } from "@/lib/stats/chart-tables";
import type { DashboardData } from "@/lib/stats/dashboard";

export const dynamic = "force-dynamic";

/** `/api/stats/status-breakdown.csv` etc.: exactly the rows a dashboard chart draws (`?asOf=&recordedBy=`: then). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const id = chart.replace(/\.csv$/, "");
  if (!chart.endsWith(".csv") || !isChartId(id)) {
    return jsonError(404, "not_found", `No such chart. Known charts: ${CHART_IDS.map((name) => `${name}.csv`).join(", ")}.`);
  }
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  try {
    const data: DashboardData = read.snapshot ? await getCachedDashboardDataAsOf(read.snapshot) : await getCachedDashboardData();
    const table = chartTable(id, data);
    const name = read.snapshot ? snapshotDownloadName(id, read.snapshot) : { base: id, date: todayUtc() };
    return new Response(toCsv(table.columns, table.rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="${datedFilename(name.base, name.date)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
