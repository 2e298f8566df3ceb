// What a pledge's page and its API answer add from indicators: the series that measure it, its
// target path, and the measured progress derived from them (lib/indicators/progress.ts).
import { indicatorsOfPledge, targetPathOf, type PublicIndicator } from "./queries";
import { pledgeProgress } from "./progress";

interface PledgeTarget { slug: string; targetValue: number | null; targetUnit: string | null; actualValue: number | null; actualEvidenceId: number | null }

export async function pledgeMeasures(pledge: PledgeTarget) {
  const [indicators, targetPath] = await Promise.all([indicatorsOfPledge(pledge.slug), targetPathOf(pledge.slug)]);
  return { indicators, targetPath, ...pledgeProgress(pledge, indicators) };
}

/** The API's `indicators` of a pledge, exactly the documented fields. */
export const apiIndicators = (indicators: PublicIndicator[]) =>
  indicators.map(({ slug, name, unit, publisher, side, points }) => ({
    slug, name, unit, publisher, side,
    points: points.map(({ period, value, sourceUrl, publishedOn }) => ({ period, value, sourceUrl, publishedOn })),
  }));
