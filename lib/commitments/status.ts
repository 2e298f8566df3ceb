import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

/** Display order: from "just said" to "done", then the two ways a pledge goes wrong. */
export const STATUS_ORDER = [
  "ANNOUNCED",
  "IN_PROGRESS",
  "PARTIALLY_FULFILLED",
  "FULFILLED",
  "STALLED",
  "NOT_FULFILLED",
] as const satisfies readonly CommitmentStatus[];

/**
 * One sentence per status, the public definition (also on /methodology).
 * English lives here because the schema and the seed need it outside the UI; the pages read
 * labels through the message catalogue (lib/i18n), which quotes these.
 */
export const STATUS_DEFINITIONS: Record<CommitmentStatus, { label: string; definition: string }> = {
  ANNOUNCED: {
    label: "Announced",
    definition: "The pledge was made in a readout and no follow-up action has been documented yet.",
  },
  IN_PROGRESS: {
    label: "In progress",
    definition: "Documented steps toward the pledge have been taken, but it is not yet met in any part.",
  },
  PARTIALLY_FULFILLED: {
    label: "Partially fulfilled",
    definition: "Part of what was pledged has demonstrably been delivered, but not all of it.",
  },
  FULFILLED: {
    label: "Fulfilled",
    definition: "Public evidence shows that what was pledged has been delivered in full.",
  },
  STALLED: {
    label: "Stalled",
    definition: "Earlier progress has stopped, or a documented obstacle is blocking further action.",
  },
  NOT_FULFILLED: {
    label: "Not fulfilled",
    definition: "The deadline has passed with nothing delivered, or the pledge was abandoned.",
  },
};

/** Colour per status, used by badges, charts and legends alike (colour-blind safe, AA on white). */
export const STATUS_COLORS: Record<CommitmentStatus, string> = {
  ANNOUNCED: "#64748b",
  IN_PROGRESS: "#1d4ed8",
  PARTIALLY_FULFILLED: "#0f766e",
  FULFILLED: "#15803d",
  STALLED: "#b45309",
  NOT_FULFILLED: "#b91c1c",
};

export function isStatus(value: string): value is CommitmentStatus {
  return (STATUS_ORDER as readonly string[]).includes(value);
}
