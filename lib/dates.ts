// Calendar dates (talk days, deadlines, effective dates) are stored as PostgreSQL `date` and
// handled as UTC midnight, so no time zone can move them by a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** How precisely a deadline is given: a day, or a month or year (then its last day). */
export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;

export function parseIsoDate(value: string): Date {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${value}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) throw new RangeError(`No such date: ${value}`);
  return date;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in UTC, as the stored dates are. */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
