import { NextResponse, type NextRequest } from "next/server";
import { authorizeApiCaller } from "@/lib/auth/api-caller";
import { getCommitmentForAdminApi } from "@/lib/commitments/admin-api";
import { errorResponse, jsonError } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

/** One pledge as analysts' tools need it: with its id, version, archived state, and every id. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const authorized = await authorizeApiCaller(request, "ANALYST");
  if (!authorized.ok) return authorized.response;
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return jsonError(404, "not_found", "No pledge has this address.");
  try {
    const commitment = await getCommitmentForAdminApi(slug);
    if (!commitment) return jsonError(404, "not_found", "No pledge has this address.");
    return NextResponse.json(commitment, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
