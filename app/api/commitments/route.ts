import { NextResponse, type NextRequest } from "next/server";
import { getCachedApiCommitmentList } from "@/lib/commitments/cached-api";
import { listParamsSchema, searchParamsToObject } from "@/lib/commitments/list-params";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { fieldErrorsOf } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = listParamsSchema.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!parsed.success) {
    return jsonError(400, "bad_request", "Some query parameters are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  try {
    return NextResponse.json(await getCachedApiCommitmentList(parsed.data));
  } catch (error) {
    return errorResponse(error);
  }
}
