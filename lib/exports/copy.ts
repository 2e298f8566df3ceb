// CSV exports produced by PostgreSQL: `COPY (SELECT one column per CSV column) TO STDOUT`,
// streamed with pg-copy-streams, so the rows flow at the database's pace with no per-row
// JavaScript beyond a byte scan (./copy-text.ts, which also applies the formula guard and quoting
// to the text columns). Works the same on the PostgreSQL server and on the
// embedded database (PGlite answers COPY … TO STDOUT through pglite-socket like a server).
import { finished, pipeline, type Readable } from "node:stream";
import { to as copyTo } from "pg-copy-streams";
import { CSV_BOM, csvRow } from "@/lib/csv/writer";
import { noteDatabaseFailure } from "@/lib/db/availability";
import { errorResponse } from "@/lib/http/responses";
import { copyConnection } from "./copy-pool";
import type { CopySelect } from "./copy-sql";
import { CopyTextToCsv } from "./copy-text";
import { csvAttachmentHeaders } from "./response";

// What may wait in memory for a slow reader. An export smaller than this is read from the
// database at once and its connection is free again before the client has read a byte (a
// download no longer holds a connection for as long as the client takes); a bigger one is
// paused there, so memory stays bounded whatever the number of rows.
const BUFFER_BYTES = 1024 * 1024;

/**
 * The bytes of a CSV file: BOM and header, then the rows COPY writes for `select` (./copy-sql.ts
 * copySelect; a bare SELECT's columns are all taken as finished cells, e.g. one column holding
 * each row's CSV line without its line end). Pulls from the database
 * only as fast as the reader reads, past BUFFER_BYTES. The connection goes back to the pool when
 * PostgreSQL has written the last row; if the COPY fails or the download is cancelled first, it
 * is closed instead (it is mid-COPY and cannot be reused). The first block is awaited before
 * returning, so an outage is an error (503) and not a truncated file.
 */
export async function copyCsvStream(headers: readonly string[], select: CopySelect | string): Promise<ReadableStream<Uint8Array>> {
  const { sql, columns } = typeof select === "string" ? { sql: select, columns: undefined } : select;
  const connection = await copyConnection();
  // NULL '': an empty value, as the writer writes null (text format's default is \N).
  const source: Readable = connection.client.query(copyTo(`COPY (${sql}) TO STDOUT WITH (NULL '')`));
  const csv = new CopyTextToCsv({ columns, readableHighWaterMark: BUFFER_BYTES });
  // The connection's fate follows the COPY's, not the reader's: back to the pool when the last
  // row is written, closed when the COPY failed or was stopped mid-way (it cannot be reused).
  finished(source, (error) => {
    if (error) noteDatabaseFailure(error);
    connection.release(error ?? undefined);
  });
  // Either side failing or stopping stops the other; the reader sees the error through `csv`.
  pipeline(source, csv, () => {});
  const iterator = csv[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let pending: IteratorResult<Buffer> | undefined;
  try {
    pending = await iterator.next();
  } catch (error) {
    source.destroy();
    throw error;
  }
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(headers)));
        return;
      }
      try {
        const next = pending ?? (await iterator.next());
        pending = undefined;
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      source.destroy(); // closes the connection if the COPY had not ended
      await iterator.return?.();
    },
  });
}

/** A dated CSV attachment from COPY (never cached: it is always today's data). */
export async function copyCsvDownload(base: string, today: Date, headers: readonly string[], select: CopySelect | string): Promise<Response> {
  try {
    return new Response(await copyCsvStream(headers, select), { headers: csvAttachmentHeaders(base, today) });
  } catch (error) {
    return errorResponse(error);
  }
}
