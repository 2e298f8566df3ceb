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

/**
 * Colour per status, used by badges, charts and legends alike.
 *
 * Built to survive greyscale printing and colour-blindness, so lightness carries the order and hue
 * only separates the two failures from the progress ramp. CIE L* (D65) of each colour, and the
 * text that reaches WCAG AA (4.5:1) on it:
 *
 *   ANNOUNCED            #d5dbe1  L* 87  pale grey-blue   ink text 10.6:1   "nothing yet": palest
 *   IN_PROGRESS          #9cc0e4  L* 76  light blue       ink text  7.8:1
 *   STALLED              #d98214  L* 62  orange           ink text  5.0:1
 *   PARTIALLY_FULFILLED  #3d77b3  L* 49  mid blue         white     4.7:1
 *   NOT_FULFILLED        #a3192a  L* 35  dark red         white     7.7:1
 *   FULFILLED            #0a3560  L* 22  navy             white    12.4:1   "done": darkest
 *
 * - The four progress statuses are one blue ramp, lighter to darker as a pledge advances
 *   (87 → 76 → 49 → 22), readable as an order without any hue.
 * - The two failures take warm hues (orange, red) off the blue axis, which protan, deutan and
 *   tritan vision all keep apart from blue; between themselves they differ by 27 L*.
 * - All six L* values are at least 11 apart (87, 76, 62, 49, 35, 22), so no two statuses share a
 *   grey. Charts also print the numbers on the marks, so colour is never the only cue.
 * - Text on a status colour is ink (#1f2933) above L* 55 and white below (statusTextColor in
 *   components/public/status-legend.ts).
 */
export const STATUS_COLORS: Record<CommitmentStatus, string> = {
  ANNOUNCED: "#d5dbe1",
  IN_PROGRESS: "#9cc0e4",
  PARTIALLY_FULFILLED: "#3d77b3",
  FULFILLED: "#0a3560",
  STALLED: "#d98214",
  NOT_FULFILLED: "#a3192a",
};

/** The groups the headline figures count: work under way, and the two ways a pledge goes wrong. */
export const STATUS_GROUPS = {
  underWay: ["IN_PROGRESS", "PARTIALLY_FULFILLED"],
  wentWrong: ["STALLED", "NOT_FULFILLED"],
} as const satisfies Record<string, readonly CommitmentStatus[]>;

/** Nothing more is expected: delivered, or given up. Every other status is still open. */
export const CLOSED_STATUSES = ["FULFILLED", "NOT_FULFILLED"] as const satisfies readonly CommitmentStatus[];

export function isStatus(value: string): value is CommitmentStatus {
  return (STATUS_ORDER as readonly string[]).includes(value);
}
