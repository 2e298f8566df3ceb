// The record as it stood on a date (issue 14). Two dates select a snapshot:
//
// - `asOf` (D): the world as the record now tells it, on day D: a pledge is in the record from
//   the effective date of its first status entry (for every seeded or imported pledge, its
//   announcement on the day of the talk), and its status is the entry in effect on D: the latest
//   by effective date on or before D (ties: the later recorded, by id), the same rule that keeps
//   "Commitment".status (record_status_change). Corrections made since are applied.
// - `recordedBy` (R): only what the tracker had recorded by the end of day R (UTC), so that a
//   figure published on R can be reproduced later: status entries recorded after R are left out,
//   and so are pledges, quotes, talks and evidence added after R.
//
// Given alone, `recordedBy` also sets D = R (what the site showed on that day). Both are checked
// here once for every page, route and export that takes them.
import { parseIsoDate, toIsoDate, todayUtc } from "@/lib/dates";

export interface Snapshot {
  /** YYYY-MM-DD: the day whose record is shown (statuses in effect then). */
  asOf: string;
  /** YYYY-MM-DD: only what had been recorded by the end of this day (UTC); null: everything recorded. */
  recordedBy: string | null;
}

export const SNAPSHOT_KEYS = ["asOf", "recordedBy"] as const;
type SnapshotKey = (typeof SNAPSHOT_KEYS)[number];

/** The earliest date accepted (long before any talk; keeps the years four digits wide). */
export const EARLIEST_DATE = "1990-01-01";

export type SnapshotResult =
  | { ok: true; snapshot: Snapshot | null }
  | { ok: false; fieldErrors: Partial<Record<SnapshotKey, string[]>>; message: string };

function checkDate(value: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "Give a date as YYYY-MM-DD.";
  try {
    parseIsoDate(value);
  } catch {
    return "No such date.";
  }
  if (value < EARLIEST_DATE) return `Give a date from ${EARLIEST_DATE} on.`;
  if (value > today) return "The date may not be after today (UTC).";
  return null;
}

/**
 * Reads `asOf` and `recordedBy` from query values (a string, a repeated key's array, or nothing).
 * An empty value means "not given" (the date picker's empty field). Never throws.
 */
export function parseSnapshot(raw: Partial<Record<string, string | string[] | undefined>>, today: Date = todayUtc()): SnapshotResult {
  const todayIso = toIsoDate(today);
  const values: Partial<Record<SnapshotKey, string>> = {};
  const fieldErrors: Partial<Record<SnapshotKey, string[]>> = {};
  for (const key of SNAPSHOT_KEYS) {
    const value = raw[key];
    if (value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      const given = value.filter((item) => item !== "");
      if (given.length > 1) {
        fieldErrors[key] = ["Give one date only."];
        continue;
      }
      if (given.length === 0) continue;
      values[key] = given[0]!;
    } else values[key] = value;
    const problem = checkDate(values[key]!, todayIso);
    if (problem) fieldErrors[key] = [problem];
  }
  const bad = Object.keys(fieldErrors) as SnapshotKey[];
  if (bad.length) {
    return { ok: false, fieldErrors, message: `Not a valid date for ${bad.join(" and ")}: ${bad.map((key) => fieldErrors[key]![0]).join(" ")}` };
  }
  if (!values.asOf && !values.recordedBy) return { ok: true, snapshot: null };
  return { ok: true, snapshot: { asOf: values.asOf ?? values.recordedBy!, recordedBy: values.recordedBy ?? null } };
}

/** Removes the snapshot's keys from a query object, so the rest can go to a strict schema. */
export function withoutSnapshotKeys<T>(raw: Record<string, T>): Record<string, T> {
  const rest = { ...raw };
  for (const key of SNAPSHOT_KEYS) delete rest[key];
  return rest;
}

/** The snapshot as query parameters (`asOf=…&recordedBy=…`), empty for today's record. */
export function snapshotParams(snapshot: Snapshot | null): string {
  if (!snapshot) return "";
  const query = new URLSearchParams();
  // A recordedBy alone stands for asOf = recordedBy: written alone, so the address stays the one given.
  if (!(snapshot.recordedBy && snapshot.asOf === snapshot.recordedBy)) query.set("asOf", snapshot.asOf);
  if (snapshot.recordedBy) query.set("recordedBy", snapshot.recordedBy);
  return query.toString();
}

/** Adds the snapshot's parameters to a site address (which may already have a query or a hash). */
export function withSnapshot(href: string, snapshot: Snapshot | null): string {
  const params = snapshotParams(snapshot);
  if (!params) return href;
  const hashAt = href.indexOf("#");
  const [path, hash] = hashAt >= 0 ? [href.slice(0, hashAt), href.slice(hashAt)] : [href, ""];
  return `${path}${path.includes("?") ? "&" : "?"}${params}${hash}`;
}

/** The first instant after day R (UTC): entries recorded before it were recorded by R. */
export function recordedBefore(snapshot: Snapshot): string | null {
  if (!snapshot.recordedBy) return null;
  const next = parseIsoDate(snapshot.recordedBy);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** A stable key of the snapshot for caches. */
export const snapshotKey = (snapshot: Snapshot) => `${snapshot.asOf}|${snapshot.recordedBy ?? ""}`;

/** A page's snapshot: never an error page, a bad date is a notice and today's record is shown. */
export interface PageSnapshot {
  snapshot: Snapshot | null;
  /** The bad value and what is wrong with it, for the page's notice. */
  invalid: { value: string; problem: string } | null;
  /** The other query parameters. */
  rest: Record<string, string | string[] | undefined>;
}

export function pageSnapshot(raw: Record<string, string | string[] | undefined>, today: Date = todayUtc()): PageSnapshot {
  const rest = withoutSnapshotKeys(raw);
  const parsed = parseSnapshot(raw, today);
  if (parsed.ok) return { snapshot: parsed.snapshot, invalid: null, rest };
  const key = SNAPSHOT_KEYS.find((name) => parsed.fieldErrors[name])!;
  const given = raw[key];
  return { snapshot: null, invalid: { value: (Array.isArray(given) ? given.join(", ") : given ?? "").slice(0, 40), problem: parsed.fieldErrors[key]![0]! }, rest };
}
