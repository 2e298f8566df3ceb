import { todayUtc } from "@/lib/dates";
import { copyCsvDownload } from "@/lib/exports/copy";
import { EVIDENCE_COLUMNS, EVIDENCE_COPY_SQL } from "@/lib/exports/evidence";

export const dynamic = "force-dynamic";

export async function GET() {
  return copyCsvDownload("evidence", todayUtc(), EVIDENCE_COLUMNS.map((column) => column.header), EVIDENCE_COPY_SQL);
}
