// The snapshot's rules for one pledge, in JavaScript: the twin of ./sql.ts for the pages that read
// a single pledge whole (rules.test.ts proves both give the same status for every pledge and date).
import { periodLastDay } from "@/lib/indicators/period";
import { recordedBefore, type Snapshot } from "./snapshot";

const dayOf = (value: Date | string) => (typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10));
const instantOf = (value: Date | string) => (typeof value === "string" ? new Date(value) : value).getTime();

/** A status entry belongs to the snapshot: in effect by D and recorded by the end of R. */
export function changeInSnapshot(change: { effectiveOn: Date | string; recordedAt: Date | string }, snapshot: Snapshot): boolean {
  if (dayOf(change.effectiveOn) > snapshot.asOf) return false;
  const cutoff = recordedBefore(snapshot);
  return cutoff === null || instantOf(change.recordedAt) < new Date(cutoff).getTime();
}

/** The entry in effect: the latest by effective date on or before D, the later row (id) on a tie. */
export function statusInEffect<T extends { id: number; effectiveOn: Date | string; recordedAt: Date | string }>(changes: readonly T[], snapshot: Snapshot): T | null {
  let best: T | null = null;
  for (const change of changes) {
    if (!changeInSnapshot(change, snapshot)) continue;
    if (!best) best = change;
    else {
      const [a, b] = [dayOf(change.effectiveOn), dayOf(best.effectiveOn)];
      if (a > b || (a === b && change.id > best.id)) best = change;
    }
  }
  return best;
}

/** A dated record (talk, evidence) is in the snapshot once its date is reached. */
export const datedInSnapshot = (date: Date | string, snapshot: Snapshot) => dayOf(date) <= snapshot.asOf;

/**
 * A published figure of a series belongs to the snapshot: published by D (a figure whose source
 * gives no date: once its period had ended by D) and recorded by the end of R. No snapshot: all.
 */
export function pointInSnapshot(point: { period: string; publishedOn: Date | string | null; createdAt: Date | string }, snapshot: Snapshot | null): boolean {
  if (!snapshot) return true;
  if (!datedInSnapshot(point.publishedOn ?? periodLastDay(point.period), snapshot)) return false;
  const cutoff = recordedBefore(snapshot);
  return cutoff === null || instantOf(point.createdAt) < new Date(cutoff).getTime();
}
