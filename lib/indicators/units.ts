// An indicator measures a pledge's target only in the target's own unit: a series in "billion USD"
// set against a target in "scholarships" would draw a percentage that means nothing.
import { UserFacingError } from "@/lib/errors";

/** Units compare without case, surrounding spaces or doubled spaces ("Billion USD" = "billion  usd"). */
export const normalUnit = (unit: string) => unit.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

export const unitsMatch = (a: string, b: string) => normalUnit(a) === normalUnit(b);

export class UnitMismatchError extends UserFacingError {
  constructor(indicatorUnit: string, targetUnit: string) {
    const message = `The indicator counts "${indicatorUnit}" but the pledge's target is in "${targetUnit}": link it only to a pledge whose target uses the same unit.`;
    super(message, 422, { unit: [message] });
    this.name = "UnitMismatchError";
  }
}

/** Refuses linking a series to a pledge whose numeric target is in another unit (no target: anything may describe it). */
export function assertUnitFitsTarget(indicatorUnit: string, target: { targetValue: number | null; targetUnit: string | null }) {
  if (target.targetValue === null) return;
  if (!target.targetUnit || !unitsMatch(indicatorUnit, target.targetUnit)) throw new UnitMismatchError(indicatorUnit, target.targetUnit ?? "(no unit)");
}
