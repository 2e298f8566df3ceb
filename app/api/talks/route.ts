import { NextResponse } from "next/server";
import { toIsoDate } from "@/lib/dates";
import { errorResponse } from "@/lib/http/responses";
import { listTalks } from "@/lib/talks/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const talks = await listTalks();
    return NextResponse.json({ items: talks.map((talk) => ({ ...talk, heldOn: toIsoDate(talk.heldOn) })) });
  } catch (error) {
    return errorResponse(error);
  }
}
