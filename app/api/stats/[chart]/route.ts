import { datedFilename, toCsv } from "@/lib/csv/writer";
import { todayUtc } from "@/lib/dates";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { getCachedDashboardData } from "@/lib/stats/cached";
import { CHART_IDS, chartTable, isChartId } from "@/lib/stats/chart-tables";

export const dynamic = "force-dynamic";

/** `/api/stats/status-breakdown.csv` etc.: exactly the rows a dashboard chart draws. */
export async function GET(_request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const id = chart.replace(/\.csv$/, "");
  if (!chart.endsWith(".csv") || !isChartId(id)) {
    return jsonError(404, "not_found", `No such chart. Known charts: ${CHART_IDS.map((name) => `${name}.csv`).join(", ")}.`);
  }
  try {
    const table = chartTable(id, await getCachedDashboardData());
    return new Response(toCsv(table.columns, table.rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="${datedFilename(id, todayUtc())}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
