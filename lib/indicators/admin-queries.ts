// The analysts' reads of indicators: the list with its aggregates (counted in SQL) and one series
// with everything its edit page shows.
import { getPrisma } from "@/lib/db/client";

export interface IndicatorListRow {
  id: number;
  slug: string;
  name: string;
  unit: string;
  publisher: string;
  side: "CHINA" | "VIETNAM";
  frequency: "YEAR" | "QUARTER" | "MONTH";
  pointCount: number;
  latestPeriod: string | null;
  pledgeSlugs: string[];
}

/** Every series with its number of points, latest period and linked pledges, by name. */
export function listIndicatorsForAdmin(): Promise<IndicatorListRow[]> {
  return getPrisma().$queryRaw<IndicatorListRow[]>`
    SELECT i."id", i."slug", i."name", i."unit", i."publisher", i."side"::text AS "side", i."frequency"::text AS "frequency",
      (SELECT count(*)::int FROM "IndicatorPoint" p WHERE p."indicatorId" = i."id") AS "pointCount",
      (SELECT max(p."period") FROM "IndicatorPoint" p WHERE p."indicatorId" = i."id") AS "latestPeriod",
      COALESCE((SELECT array_agg(c."slug" ORDER BY c."slug") FROM "IndicatorPledge" l JOIN "Commitment" c ON c."id" = l."commitmentId" WHERE l."indicatorId" = i."id"), ARRAY[]::text[]) AS "pledgeSlugs"
    FROM "Indicator" i
    ORDER BY i."name", i."id"`;
}

export async function getIndicatorForEdit(id: number) {
  return getPrisma().indicator.findUnique({
    where: { id },
    select: {
      id: true, slug: true, name: true, unit: true, publisher: true, side: true, frequency: true, description: true, version: true,
      points: { orderBy: { period: "desc" }, select: { id: true, period: true, value: true, sourceUrl: true, publishedOn: true, estimate: true, note: true, version: true } },
      pledges: { orderBy: { commitmentId: "asc" }, select: { commitment: { select: { id: true, slug: true, title: true, targetValue: true, targetUnit: true } } } },
    },
  });
}

export type IndicatorForEdit = NonNullable<Awaited<ReturnType<typeof getIndicatorForEdit>>>;

/** The pledges a series could be linked to, by title (the write refuses a unit mismatch). */
export function listPledgesForLinking() {
  return getPrisma().commitment.findMany({ where: { archived: false }, orderBy: { title: "asc" }, select: { id: true, title: true, targetValue: true, targetUnit: true } });
}

/** A pledge's target path form: its numeric target and the path written so far. */
export function getTargetPathForEdit(commitmentId: number) {
  return getPrisma().commitment.findUnique({
    where: { id: commitmentId },
    select: { id: true, targetValue: true, targetUnit: true, deadline: true, targetPath: { select: { baselinePeriod: true, timing: true, basis: true } } },
  });
}
