import { NextResponse } from "next/server";
import { getCommitmentBySlug } from "@/lib/commitments/queries";
import { publicDetail } from "@/lib/commitments/serialize";
import { errorResponse, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return jsonError(404, "not_found", "No pledge has this address.");
  try {
    const commitment = await getCommitmentBySlug(slug);
    if (!commitment) return jsonError(404, "not_found", "No pledge has this address.");
    return NextResponse.json(publicDetail(commitment));
  } catch (error) {
    return errorResponse(error);
  }
}
