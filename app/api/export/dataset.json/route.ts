import type { NextRequest } from "next/server";
import { snapshotDownloadName } from "@/lib/as-of/exports";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { getPrisma } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { datasetChunks } from "@/lib/dataset/export";
import { primed } from "@/lib/exports/response";
import { errorResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/**
 * The whole public dataset as one JSON document (lib/dataset/FORMAT.md), streamed;
 * `?asOf=&recordedBy=`: as it stood then (lib/as-of/dataset.ts), the same bytes for the same dates.
 */
export async function GET(request: NextRequest) {
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  try {
    const chunks = await primed(datasetChunks(getPrisma(), read.snapshot));
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const name = read.snapshot ? snapshotDownloadName("dataset", read.snapshot) : { base: "dataset", date: todayUtc() };
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name.base}-${name.date.toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
