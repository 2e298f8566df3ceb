import { csvStream, datedFilename, type CsvColumn } from "@/lib/csv/writer";

/** A streamed CSV download (never cached: it is always today's data). */
export function csvDownload<Row>(base: string, today: Date, columns: readonly CsvColumn<Row>[], rows: AsyncIterable<Row>): Response {
  return new Response(csvStream(columns, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${datedFilename(base, today)}"`,
      "Cache-Control": "no-store",
    },
  });
}
