import { NextResponse } from "next/server";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { getIndicator } from "@/lib/indicators/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return jsonError(404, "not_found", "No indicator has this address.");
  try {
    const indicator = await getIndicator(slug);
    if (!indicator) return jsonError(404, "not_found", "No indicator has this address.");
    return NextResponse.json(indicator);
  } catch (error) {
    return errorResponse(error);
  }
}
