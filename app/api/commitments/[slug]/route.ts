import { NextResponse, type NextRequest } from "next/server";
import { getCachedApiCommitmentAsOf } from "@/lib/as-of/cached";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { getCachedApiCommitment } from "@/lib/commitments/cached-api";
import { errorResponse, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return jsonError(404, "not_found", "No pledge has this address.");
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  try {
    if (read.snapshot) {
      const commitment = await getCachedApiCommitmentAsOf(slug, read.snapshot);
      if (!commitment) return jsonError(404, "not_found", "No pledge has this address.");
      if (commitment === "not-yet") return jsonError(404, "not_yet_made", `This pledge was not yet in the record on ${read.snapshot.asOf}.`);
      return NextResponse.json(commitment);
    }
    const commitment = await getCachedApiCommitment(slug);
    if (!commitment) return jsonError(404, "not_found", "No pledge has this address.");
    return NextResponse.json(commitment);
  } catch (error) {
    return errorResponse(error);
  }
}
