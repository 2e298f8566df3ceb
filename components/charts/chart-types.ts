import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

/** Labels and colours handed from the server so the charts hold no text of their own. */
export interface StatusLegend {
  order: readonly CommitmentStatus[];
  labels: Record<CommitmentStatus, string>;
  colors: Record<CommitmentStatus, string>;
  /** Ink or white per status: the AA-contrast colour for text drawn on that status's colour. */
  textColors: Record<CommitmentStatus, string>;
  /** Statuses drawn hatched (see status-patterns.tsx); `fills` holds each status's SVG fill. */
  patterned: readonly CommitmentStatus[];
  fills: Record<CommitmentStatus, string>;
}

export type StatusRow = Record<CommitmentStatus, number>;

/** Words the charts need, handed from the server's message catalogue ("{count}" is replaced). */
export interface ChartUnits {
  one: string;
  other: string;
  /** Under the donut's total. */
  total: string;
}

export function countText(units: ChartUnits, count: number): string {
  return (count === 1 ? units.one : units.other).replace("{count}", String(count));
}

/**
 * Tooltip lines in ink: Recharts colours each line with its series' fill by default, which for
 * the pale statuses is unreadable on white (and a url(#pattern) for the hatched ones).
 */
export const TOOLTIP_ITEM_STYLE = { color: "#1f2933" } as const;

/** A mark's link attributes (see chart-keyboard.tsx): the first mark of a chart is its one tab stop. */
export function markProps(markKey: string, href: string, label: string, value: number, first: boolean) {
  return { href, "aria-label": label, "data-mark": markKey, "data-value": value, tabIndex: first ? 0 : -1 };
}

/**
 * Plot heights, here rather than in the Recharts modules so that the dashboard can reserve each
 * chart's height before its (lazily loaded) module arrives.
 */
export const PIE_HEIGHT = 280;
export const AREA_HEIGHT = 280;
export const stackedBarHeight = (bars: number) => Math.max(180, bars * 40 + 40);
export const talkBarHeight = (bars: number) => Math.max(160, bars * 32 + 40);
