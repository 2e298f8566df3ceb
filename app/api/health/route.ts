import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** 200 when the database answers a query, 503 with a plain reason when it does not. */
export async function GET() {
  const started = Date.now();
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return NextResponse.json(
      { status: "ok", database: "reachable", latencyMs: Date.now() - started },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("health check: database unreachable:", error);
    return NextResponse.json(
      {
        status: "unavailable",
        database: "unreachable",
        message: "The database is not answering. Public pages and edits are unavailable until it is back.",
      },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
    );
  }
}
