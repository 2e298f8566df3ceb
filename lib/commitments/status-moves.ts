import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

// The progress ramp, from "just said" to "done". Stalled and not fulfilled are off the ramp: a
// pledge may go there from anywhere, and come back to it.
const RAMP: Partial<Record<CommitmentStatus, number>> = { ANNOUNCED: 0, IN_PROGRESS: 1, PARTIALLY_FULFILLED: 2, FULFILLED: 3 };

export type StatusMove = "unchanged" | "backward" | "forward";

/**
 * What a status update would do, for the form's warning: the history is append-only, so a
 * mistaken move backward (or a second entry with the same status) stays in it for good.
 */
export function statusMove(from: CommitmentStatus, to: CommitmentStatus): StatusMove {
  if (from === to) return "unchanged";
  if (from === "FULFILLED") return "backward";
  const [a, b] = [RAMP[from], RAMP[to]];
  return a !== undefined && b !== undefined && b < a ? "backward" : "forward";
}
