import type { StatusLegend } from "@/components/charts/chart-types";
import { STATUS_COLORS, STATUS_DEFINITIONS, STATUS_ORDER, STATUS_GROUPS } from "@/lib/commitments/status";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

const INK = "#1f2933";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (shift: number) => {
    const value = ((parseInt(hex.slice(1), 16) >> shift) & 255) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** Ink or white, whichever contrasts more with the colour (so text on any status colour is AA). */
export function textColorOn(hex: string): string {
  const background = luminance(hex);
  return contrast(background, luminance(INK)) >= contrast(background, 1) ? INK : "#ffffff";
}

export const STATUS_TEXT_COLORS = Object.fromEntries(STATUS_ORDER.map((status) => [status, textColorOn(STATUS_COLORS[status])])) as Record<CommitmentStatus, string>;

/** The two failures: hatched in the charts, so texture and not only colour sets them apart. */
const PATTERNED: readonly CommitmentStatus[] = STATUS_GROUPS.wentWrong;

export const statusLegend: StatusLegend = {
  order: STATUS_ORDER,
  labels: Object.fromEntries(STATUS_ORDER.map((status) => [status, STATUS_DEFINITIONS[status].label])) as Record<CommitmentStatus, string>,
  colors: STATUS_COLORS,
  textColors: STATUS_TEXT_COLORS,
  patterned: PATTERNED,
  // Must match patternId() in components/charts/status-patterns.tsx.
  fills: Object.fromEntries(STATUS_ORDER.map((status) => [status, PATTERNED.includes(status) ? `url(#status-pattern-${status})` : STATUS_COLORS[status]])) as Record<CommitmentStatus, string>,
};
