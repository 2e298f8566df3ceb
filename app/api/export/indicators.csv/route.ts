import { todayUtc } from "@/lib/dates";
import { copyCsvDownload } from "@/lib/exports/copy";
import { INDICATOR_COLUMNS, INDICATOR_COPY_SQL } from "@/lib/exports/indicators";

export const dynamic = "force-dynamic";

export async function GET() {
  return copyCsvDownload("indicators", todayUtc(), INDICATOR_COLUMNS.map((column) => column.header), INDICATOR_COPY_SQL);
}
