import { todayUtc } from "@/lib/dates";
import { copyCsvDownload } from "@/lib/exports/copy";
import { STATUS_HISTORY_COLUMNS, STATUS_HISTORY_COPY_SQL } from "@/lib/exports/status-history";

export const dynamic = "force-dynamic";

export async function GET() {
  return copyCsvDownload("status-history", todayUtc(), STATUS_HISTORY_COLUMNS.map((column) => column.header), STATUS_HISTORY_COPY_SQL);
}
