// What a pledge's page and its API answer add from indicators: the series that measure it, its
// target path (measured progress, derived from the latest points, is in the pledge's summary).
import type { Snapshot } from "@/lib/as-of/snapshot";
import { indicatorsOfPledge, targetPathOf, type PublicIndicator } from "./queries";

/** The pledge's series in full (in a snapshot: as they stood) and its target path (its measured progress is in its summary). */
export async function pledgeMeasures(pledge: { slug: string }, snapshot: Snapshot | null = null) {
  const [indicators, targetPath] = await Promise.all([indicatorsOfPledge(pledge.slug, snapshot), targetPathOf(pledge.slug)]);
  return { indicators, targetPath };
}

/** The API's `indicators` of a pledge, exactly the documented fields. */
export const apiIndicators = (indicators: PublicIndicator[]) =>
  indicators.map(({ slug, name, unit, publisher, side, points }) => ({
    slug, name, unit, publisher, side,
    points: points.map(({ period, value, sourceUrl, publishedOn }) => ({ period, value, sourceUrl, publishedOn })),
  }));
