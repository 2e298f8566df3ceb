import { todayUtc } from "@/lib/dates";
import { EVIDENCE_COLUMNS, evidenceExportRows } from "@/lib/exports/evidence";
import { csvDownload } from "@/lib/exports/response";

export const dynamic = "force-dynamic";

export async function GET() {
  return csvDownload("evidence", todayUtc(), EVIDENCE_COLUMNS, evidenceExportRows());
}
