import { NextResponse } from "next/server";
import { getCachedApiCommitment } from "@/lib/commitments/cached-api";
import { errorResponse, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return jsonError(404, "not_found", "No pledge has this address.");
  try {
    const commitment = await getCachedApiCommitment(slug);
    if (!commitment) return jsonError(404, "not_found", "No pledge has this address.");
    return NextResponse.json(commitment);
  } catch (error) {
    return errorResponse(error);
  }
}
