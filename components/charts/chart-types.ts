import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

/** Labels and colours handed from the server so the charts hold no text of their own. */
export interface StatusLegend {
  order: readonly CommitmentStatus[];
  labels: Record<CommitmentStatus, string>;
  colors: Record<CommitmentStatus, string>;
  /** Ink or white per status: the AA-contrast colour for text drawn on that status's colour. */
  textColors: Record<CommitmentStatus, string>;
}

export type StatusRow = Record<CommitmentStatus, number>;
