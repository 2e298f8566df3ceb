// The seed's measured indicators (seed/data/indicators.json): real, cited series for the numeric
// pledges. Insert-only like the rest of the seed (an indicator by slug, a point by period, a link
// and a target path once), through the app's own write functions, so the same validation applies:
// a point without its source address or a unit that does not fit the target stops the seed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SEED_ACTOR } from "@/lib/audit";
import { insertIndicator, insertPledgeLink, insertPoint, upsertTargetPath } from "@/lib/indicators/mutations";
import { SEED_DATA_DIR } from "./read-data";

interface SeedIndicator {
  slug: string;
  pledges: string[];
  points: ({ period: string } & Record<string, unknown>)[];
  [field: string]: unknown;
}

export interface SeedIndicators {
  indicators: SeedIndicator[];
  targetPaths: { pledge: string; baselinePeriod: string | null; timing: string; basis: "PER_PERIOD" | "TOTAL" }[];
}

export const readSeedIndicators = (dir = SEED_DATA_DIR): SeedIndicators => JSON.parse(readFileSync(join(dir, "indicators.json"), "utf8"));

export async function loadIndicators(tx: Prisma.TransactionClient, data: SeedIndicators = readSeedIndicators()) {
  const report = { indicators: 0, points: 0 };
  const pledgeId = async (slug: string) => (await tx.commitment.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  for (const path of data.targetPaths) {
    const commitmentId = await pledgeId(path.pledge);
    if (await tx.targetPath.findUnique({ where: { commitmentId } })) continue;
    await upsertTargetPath(tx, SEED_ACTOR, commitmentId, { baselinePeriod: path.baselinePeriod ?? undefined, timing: path.timing, basis: path.basis });
  }

  for (const { pledges, points, ...fields } of data.indicators) {
    let indicator = await tx.indicator.findUnique({ where: { slug: fields.slug }, select: { id: true } });
    if (!indicator) {
      indicator = await insertIndicator(tx, SEED_ACTOR, fields);
      report.indicators++;
    }
    for (const point of points) {
      if (await tx.indicatorPoint.findUnique({ where: { indicatorId_period: { indicatorId: indicator.id, period: point.period } } })) continue;
      const { publishedOn, ...rest } = point;
      await insertPoint(tx, SEED_ACTOR, indicator.id, { ...rest, publishedOn: publishedOn ?? undefined });
      report.points++;
    }
    for (const slug of pledges) await insertPledgeLink(tx, SEED_ACTOR, indicator.id, await pledgeId(slug));
  }
  return report;
}
