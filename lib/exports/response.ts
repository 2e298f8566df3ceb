import { csvStream, datedFilename, type CsvColumn } from "@/lib/csv/writer";
import { errorResponse } from "@/lib/http/responses";

/**
 * Reads the first row before answering, so that a database that is down gets a proper JSON error
 * (503) instead of a 200 followed by a truncated file; later rows stream as the reader pulls.
 */
export async function primed<Row>(rows: AsyncIterable<Row>): Promise<AsyncGenerator<Row>> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* () {
    try {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  })();
}

/** A dated CSV attachment, never cached (it is always today's data): the headers of every CSV download. */
export function csvAttachmentHeaders(base: string, today: Date): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="${datedFilename(base, today)}"`,
    "Cache-Control": "no-store",
  };
}

/** A CSV download streamed from `rows`; an outage before the first row is a JSON error (503). */
export async function csvDownload<Row>(base: string, today: Date, columns: readonly CsvColumn<Row>[], rows: AsyncIterable<Row>): Promise<Response> {
  try {
    return new Response(csvStream(columns, await primed(rows)), { headers: csvAttachmentHeaders(base, today) });
  } catch (error) {
    return errorResponse(error);
  }
}
