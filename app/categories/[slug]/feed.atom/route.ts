import { feedResponse } from "@/lib/feeds/response";

export const dynamic = "force-dynamic";

/** One category's status changes and corrections, newest first (Atom, lib/feeds). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse(request, { kind: "category", slug: (await params).slug });
}
