// One date format across the site: "23 Nov 2026" (day, month, year), read in UTC because the
// stored calendar dates are UTC midnights and must never shift with the reader's time zone.
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const YEAR = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" });

const asDate = (value: string | Date) => (typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value);

export function formatDate(value: string | Date): string {
  return DAY.format(asDate(value));
}

/** `2024-03` or a date → "Mar 2024". */
export function formatMonth(value: string): string {
  return MONTH.format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));
}

/** A deadline at the precision it was given: "31 Dec 2025", "Dec 2025" or "2025". */
export function formatDeadline(value: string | Date, precision: "DAY" | "MONTH" | "YEAR" | null): string {
  const date = asDate(value);
  if (precision === "YEAR") return YEAR.format(date);
  if (precision === "MONTH") return MONTH.format(date);
  return DAY.format(date);
}

export function formatNumber(value: number): string {
  return value.toLocaleString("en-GB");
}

/** Only http(s) links are ever rendered, whatever a stored URL holds (defence in depth). */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url.trim()) ? url : undefined;
}
