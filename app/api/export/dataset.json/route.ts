import { getPrisma } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { datasetChunks } from "@/lib/dataset/export";
import { primed } from "@/lib/exports/response";
import { errorResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** The whole public dataset as one JSON document (lib/dataset/FORMAT.md), streamed. */
export async function GET() {
  try {
    const chunks = await primed(datasetChunks(getPrisma()));
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
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="dataset-${todayUtc().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
