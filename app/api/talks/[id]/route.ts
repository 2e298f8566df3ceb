import { NextResponse } from "next/server";
import { toIsoDate } from "@/lib/dates";
import { errorResponse, jsonError } from "@/lib/http/responses";
import { getTalk } from "@/lib/talks/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return jsonError(404, "not_found", "No talk has this id.");
  try {
    const talk = await getTalk(Number(id));
    if (!talk) return jsonError(404, "not_found", "No talk has this id.");
    return NextResponse.json({ ...talk, heldOn: toIsoDate(talk.heldOn) });
  } catch (error) {
    return errorResponse(error);
  }
}
