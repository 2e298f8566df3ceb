import { NextResponse, type NextRequest } from "next/server";
import { listCommitments } from "@/lib/commitments/queries";
import { listParamsSchema, searchParamsToObject } from "@/lib/commitments/list-params";
import { publicSummary } from "@/lib/commitments/serialize";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { fieldErrorsOf } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = listParamsSchema.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!parsed.success) {
    return jsonError(400, "bad_request", "Some query parameters are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  try {
    const page = await listCommitments(parsed.data);
    return NextResponse.json({ ...page, items: page.items.map(publicSummary) });
  } catch (error) {
    return errorResponse(error);
  }
}
