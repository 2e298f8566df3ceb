import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_ORDER } from "@/lib/commitments/status";

/** One count per status, every status present (zero when none), in display order. */
export type StatusCounts = Record<CommitmentStatus, number>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as StatusCounts;
}

/** Sums the counts of a row: the number of pledges it stands for. */
export function totalOf(counts: StatusCounts): number {
  return STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
}

/**
 * Pivots SQL rows `(key, status, count)` into one row per key with a column per status, keeping
 * the keys' order as given (so keys with no pledges still appear when `keys` lists them).
 */
export function pivotByStatus<Key extends string>(
  keys: readonly Key[],
  rows: readonly { key: Key; status: string; count: number }[],
): Map<Key, StatusCounts> {
  const result = new Map<Key, StatusCounts>(keys.map((key) => [key, emptyStatusCounts()]));
  for (const row of rows) {
    const counts = result.get(row.key);
    if (counts && row.status in counts) counts[row.status as CommitmentStatus] += row.count;
  }
  return result;
}
