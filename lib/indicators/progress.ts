// Measured progress, written once: the latest point of a series that measures the pledge's target
// in the target's own unit, against that target, only where the target is a level each period
// must reach (basis PER_PERIOD). A TOTAL target ("1,000 scholarships") is never set against one
// period's figure, which would read a yearly batch as progress towards the total. Where no series
// measures it, the analyst's recorded actual value with its evidence (issue 10) still counts;
// anything else has no percentage.
import { measuredProgress } from "@/lib/commitments/rules";
import type { TargetBasis } from "@/lib/generated/prisma/enums";
import { unitsMatch } from "./units";

export interface MeasuredBy {
  indicator: { slug: string; name: string; publisher: string; side: string };
  period: string;
  value: number;
  sourceUrl: string;
  publishedOn: string | null;
  estimate: boolean;
}

interface Target {
  targetValue: number | null; targetUnit: string | null; actualValue: number | null; actualEvidenceId: number | null;
  /** The pledge's target path, if any: a series is compared with the target only for PER_PERIOD. */
  targetPath: { basis: TargetBasis } | null;
}
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

/** Whether one period of a series can be set against this target: the same rule as comparableMeasureSql. */
export const periodMeasuresTarget = (target: Pick<Target, "targetPath">) => target.targetPath?.basis === "PER_PERIOD";

/** Percentage and what it rests on: a series' latest point (PER_PERIOD targets), else the evidenced actual value, else nothing. */
export function pledgeProgress(target: Target, series: Series[]): { progress: number | null; measuredBy: MeasuredBy | null } {
  const measuredBy = periodMeasuresTarget(target) ? latestMeasure(target, series) : null;
  if (measuredBy) return { progress: percent(measuredBy.value, target.targetValue!), measuredBy };
  return { progress: measuredProgress(target), measuredBy: null };
}
