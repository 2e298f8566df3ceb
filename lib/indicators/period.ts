// A point's period is written the way its indicator's frequency counts time, so that periods of
// one series sort as text in time order and two points can never name the same period twice.
import type { IndicatorFrequency } from "@/lib/generated/prisma/enums";

export const PERIOD_PATTERNS: Record<IndicatorFrequency, RegExp> = {
  YEAR: /^(19|20)\d{2}$/,
  QUARTER: /^(19|20)\d{2}-Q[1-4]$/,
  MONTH: /^(19|20)\d{2}-(0[1-9]|1[0-2])$/,
};

export const PERIOD_EXAMPLES: Record<IndicatorFrequency, string> = { YEAR: "2024", QUARTER: "2024-Q3", MONTH: "2024-07" };

export const isPeriodOf = (frequency: IndicatorFrequency, period: string) => PERIOD_PATTERNS[frequency].test(period);

/** Oldest first: the periods of one frequency sort as text. */
export const byPeriod = <T extends { period: string }>(a: T, b: T) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/** The last day of a period (YYYY-MM-DD): a figure for it can be final only after that day. */
export function periodLastDay(period: string): string {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period);
  const month = quarter ? Number(quarter[1]) * 3 : /-(\d{2})$/.exec(period) ? Number(period.slice(5, 7)) : 12;
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** A period's place on a time axis in years (2024-Q3 → 2024.5, 2024-07 → 2024.5): gaps stay gaps. */
export function periodPosition(period: string): number {
  const year = Number(period.slice(0, 4));
  const quarter = /-Q([1-4])$/.exec(period);
  if (quarter) return year + (Number(quarter[1]) - 1) / 4;
  const month = /-(\d{2})$/.exec(period);
  return month ? year + (Number(month[1]) - 1) / 12 : year;
}
