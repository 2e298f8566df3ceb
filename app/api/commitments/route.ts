import { NextResponse, type NextRequest } from "next/server";
import { snapshotOfRequest } from "@/lib/as-of/http";
import { apiListAsOf } from "@/lib/as-of/reads";
import { listCommitments } from "@/lib/commitments/queries";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { publicSummary } from "@/lib/commitments/serialize";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { fieldErrorsOf } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const read = snapshotOfRequest(request.nextUrl);
  if (!read.ok) return read.response;
  const parsed = listParamsSchema.safeParse(read.rest);
  if (!parsed.success) {
    return jsonError(400, "bad_request", "Some query parameters are not valid.", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  try {
    if (read.snapshot) return NextResponse.json(await apiListAsOf(parsed.data, read.snapshot));
    const page = await listCommitments(parsed.data);
    return NextResponse.json({ ...page, items: page.items.map(publicSummary) });
  } catch (error) {
    return errorResponse(error);
  }
}
