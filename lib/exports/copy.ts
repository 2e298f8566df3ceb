// CSV exports produced by PostgreSQL: `COPY (SELECT one CSV line per row) TO STDOUT`, streamed
// with pg-copy-streams, so the rows flow at the database's pace with no per-row JavaScript
// beyond a byte scan (./copy-text.ts). Works the same on the PostgreSQL server and on the
// embedded database (PGlite answers COPY … TO STDOUT through pglite-socket like a server).
import { pipeline } from "node:stream";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { CSV_BOM, csvRow, datedFilename } from "@/lib/csv/writer";
import { databaseUrlForApp } from "@/lib/db/app-url";
import { POOL_OPTIONS } from "@/lib/db/client";
import { errorResponse } from "@/lib/http/responses";
import { CopyTextToCsv } from "./copy-text";

// Its own small pool: Prisma's adapter does not lend out its connections. A COPY holds one
// connection for the whole download, so the statement timeout is the download's, not a query's.
const COPY_POOL_SIZE = 3;
const COPY_TIMEOUT_MS = 10 * 60_000;

const globalForCopy = globalThis as unknown as { copyPool?: pg.Pool };

function copyPool(): pg.Pool {
  if (!globalForCopy.copyPool) {
    const pool = new pg.Pool({ ...POOL_OPTIONS, max: COPY_POOL_SIZE, statement_timeout: COPY_TIMEOUT_MS, connectionString: databaseUrlForApp() });
    pool.on("error", (error) => console.warn(`export connection lost: ${error.message}`));
    globalForCopy.copyPool = pool;
  }
  return globalForCopy.copyPool;
}

/** Closes the export pool (tests, shutdown). */
export async function closeCopyPool() {
  await globalForCopy.copyPool?.end();
  globalForCopy.copyPool = undefined;
}

/**
 * The bytes of a CSV file: BOM and header, then the rows COPY writes for `lineSql` (a SELECT of
 * one text column holding each row's CSV line, without its line end). Pulls from the database
 * only as fast as the reader reads (Node stream backpressure), so memory stays flat; the
 * connection goes back to the pool at the end, or is discarded if the download is cancelled.
 * The first chunk is awaited before returning, so an outage is an error and not a broken file.
 */
export async function copyCsvStream(headers: readonly string[], lineSql: string): Promise<ReadableStream<Uint8Array>> {
  const client = await copyPool().connect();
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.release(error ?? false);
  };
  let iterator: AsyncIterator<Buffer>;
  let pending: IteratorResult<Buffer> | undefined;
  try {
    await client.query("SET extra_float_digits = 1"); // shortest exact digits, as JavaScript prints
    const source = client.query(copyTo(`COPY (${lineSql}) TO STDOUT`));
    const csv = pipeline(source, new CopyTextToCsv(), () => {});
    iterator = csv[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    pending = await iterator.next();
  } catch (error) {
    release(error as Error);
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
        if (next.done) {
          release();
          controller.close();
        } else {
          controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
        }
      } catch (error) {
        release(error as Error);
        controller.error(error);
      }
    },
    async cancel() {
      // The connection is mid-COPY: it cannot be reused, so it is closed rather than returned.
      release(new Error("download cancelled"));
      await iterator.return?.();
    },
  });
}

/** A dated CSV attachment from COPY (never cached: it is always today's data). */
export async function copyCsvDownload(base: string, today: Date, headers: readonly string[], lineSql: string): Promise<Response> {
  try {
    return new Response(await copyCsvStream(headers, lineSql), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="${datedFilename(base, today)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
