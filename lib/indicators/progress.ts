// Measured progress, written once: the latest point of a series that measures the pledge's target
// in the target's own unit, against that target. Where no series does, the analyst's recorded
// actual value with its evidence (issue 10) still counts; anything else has no percentage.
import { measuredProgress } from "@/lib/commitments/rules";
import { unitsMatch } from "./units";

export interface MeasuredBy {
  indicator: { slug: string; name: string; publisher: string; side: string };
  period: string;
  value: number;
  sourceUrl: string;
  publishedOn: string | null;
  estimate: boolean;
}

interface Target { targetValue: number | null; targetUnit: string | null; actualValue: number | null; actualEvidenceId: number | null }
interface Series { slug: string; name: string; unit: string; publisher: string; side: string; points: { period: string; value: number; sourceUrl: string; publishedOn: string | null; estimate: boolean }[] }

/** value ÷ target in percent, to one decimal (as every percentage of the site is rounded). */
export const percent = (value: number, target: number) => Math.round((value / target) * 1000) / 10;

/** The newest point, over every series in the target's unit (the later period wins; on a tie, the first series by slug). */
export function latestMeasure(target: Pick<Target, "targetValue" | "targetUnit">, series: Series[]): MeasuredBy | null {
  if (target.targetValue === null || target.targetValue <= 0 || !target.targetUnit) return null;
  let best: MeasuredBy | null = null;
  for (const indicator of series) {
    if (!unitsMatch(indicator.unit, target.targetUnit)) continue;
    const point = indicator.points.at(-1);
    if (!point || (best && best.period >= point.period)) continue;
    best = { indicator: { slug: indicator.slug, name: indicator.name, publisher: indicator.publisher, side: indicator.side }, ...point };
  }
  return best;
}

/** Percentage and what it rests on: a series' latest point, else the evidenced actual value, else nothing. */
export function pledgeProgress(target: Target, series: Series[]): { progress: number | null; measuredBy: MeasuredBy | null } {
  const measuredBy = latestMeasure(target, series);
  if (measuredBy) return { progress: percent(measuredBy.value, target.targetValue!), measuredBy };
  return { progress: measuredProgress(target), measuredBy: null };
}
