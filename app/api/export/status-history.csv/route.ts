import { todayUtc } from "@/lib/dates";
import { csvDownload } from "@/lib/exports/response";
import { STATUS_HISTORY_COLUMNS, statusHistoryExportRows } from "@/lib/exports/status-history";

export const dynamic = "force-dynamic";

export async function GET() {
  return csvDownload("status-history", todayUtc(), STATUS_HISTORY_COLUMNS, statusHistoryExportRows());
}
