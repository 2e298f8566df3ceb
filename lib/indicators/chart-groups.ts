// One definition feeds a pledge's indicator charts and their tables: the series grouped by unit
// (both sides' figures of the same thing share a chart), a row per period, and the target line
// where the group's unit is the target's.
import type { PublicIndicator } from "./queries";
import { byPeriod, periodPosition } from "./period";
import { normalUnit, unitsMatch } from "./units";

export interface IndicatorGroup {
  unit: string;
  series: Pick<PublicIndicator, "slug" | "name" | "side" | "publisher" | "frequency" | "description">[];
  /** `{ period, at, [series slug]: value }`, oldest first (`at`: the period on a time axis); a series without a figure for a period has no key. */
  rows: Record<string, string | number>[];
  /** Every point, for the table: series by series, oldest first. */
  points: (PublicIndicator["points"][number] & { series: string; side: PublicIndicator["side"] })[];
  target: number | null;
}

export function indicatorGroups(indicators: PublicIndicator[], target: { value: number; unit: string | null } | null): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  for (const indicator of indicators) {
    const key = normalUnit(indicator.unit);
    const measuresTarget = target?.unit ? unitsMatch(indicator.unit, target.unit) : false;
    const group = groups.get(key) ?? { unit: indicator.unit, series: [], rows: [], points: [], target: measuresTarget ? target!.value : null };
    const { slug, name, side, publisher, frequency, description } = indicator;
    group.series.push({ slug, name, side, publisher, frequency, description });
    group.points.push(...indicator.points.map((point) => ({ ...point, series: indicator.name, side })));
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const byPeriodRow = new Map<string, Record<string, string | number>>();
    for (const series of group.series) {
      for (const point of indicators.find((indicator) => indicator.slug === series.slug)!.points) {
        const row = byPeriodRow.get(point.period) ?? { period: point.period, at: periodPosition(point.period) };
        row[series.slug] = point.value;
        byPeriodRow.set(point.period, row);
      }
    }
    // Yearly series: a year without any figure gets an empty row, so the lines break there
    // instead of drawing a straight line through a year nobody published.
    if (group.series.every((series) => series.frequency === "YEAR") && byPeriodRow.size > 0) {
      const years = [...byPeriodRow.keys()].map(Number);
      for (let year = Math.min(...years); year < Math.max(...years); year++) {
        if (!byPeriodRow.has(String(year))) byPeriodRow.set(String(year), { period: String(year), at: year });
      }
    }
    group.rows = [...byPeriodRow.values()].sort((a, b) => byPeriod({ period: String(a.period) }, { period: String(b.period) }));
  }
  return [...groups.values()];
}
