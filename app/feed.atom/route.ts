import { feedResponse } from "@/lib/feeds/response";

export const dynamic = "force-dynamic";

/** Every status change and correction, newest first (Atom, lib/feeds). */
export function GET(request: Request) {
  return feedResponse(request, { kind: "site" });
}
