import { NextResponse } from "next/server";
import { errorResponse } from "@/lib/http/responses";
import { listIndicators } from "@/lib/indicators/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return NextResponse.json({ items: await listIndicators() });
  } catch (error) {
    return errorResponse(error);
  }
}
