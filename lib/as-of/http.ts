// The snapshot of a route's request: `?asOf=&recordedBy=` checked once, a bad date answered 400.
import type { NextResponse } from "next/server";
import { searchParamsToObject } from "@/lib/commitments/list-params";
import { jsonError, type ApiError } from "@/lib/http/responses";
import { parseSnapshot, withoutSnapshotKeys, type Snapshot } from "./snapshot";

export type SnapshotOfRequest =
  | { ok: true; snapshot: Snapshot | null; rest: Record<string, string | string[]> }
  | { ok: false; response: NextResponse<ApiError> };

/** The request's snapshot (null: today's record) and its other query parameters. */
export function snapshotOfRequest(url: URL): SnapshotOfRequest {
  const query = searchParamsToObject(url.searchParams);
  const parsed = parseSnapshot(query);
  if (!parsed.ok) return { ok: false, response: jsonError(400, "bad_request", parsed.message, { fieldErrors: parsed.fieldErrors as Record<string, string[]> }) };
  return { ok: true, snapshot: parsed.snapshot, rest: withoutSnapshotKeys(query) };
}
