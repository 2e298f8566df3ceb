// The newest point of each series measuring a pledge, read with the pledge itself (list, API,
// CSV): enough for measured progress (./progress.ts) without loading whole series.
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/dates";

export const latestPointsSelect = {
  select: {
    indicator: {
      select: {
        slug: true, name: true, unit: true, publisher: true, side: true,
        points: { select: { period: true, value: true, sourceUrl: true, publishedOn: true, estimate: true, createdAt: true }, orderBy: { period: "desc" }, take: 1 },
      },
    },
  },
} satisfies Prisma.Commitment$indicatorsArgs;

type Links = Prisma.IndicatorPledgeGetPayload<typeof latestPointsSelect>[];

/** The series of a pledge read with latestPointsSelect, by slug, as ./progress.ts takes them. */
export function seriesOf(links: Links) {
  return links
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- createdAt serves snapshots (lib/as-of/reads.ts), never the public
    .map(({ indicator }) => ({ ...indicator, points: indicator.points.map(({ createdAt, ...point }) => ({ ...point, publishedOn: point.publishedOn && toIsoDate(point.publishedOn) })) }))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * The same rule in SQL for the COPY export (over "Commitment" c): for a PER_PERIOD target only
 * (./progress.ts, periodMeasuresTarget), the latest point of a series in the target's unit, the
 * later period first (compared as text, as JavaScript does), then the series' slug.
 */
export const comparableMeasureValueSql = (alias: string) =>
  `CASE WHEN EXISTS (SELECT 1 FROM "TargetPath" tp WHERE tp."commitmentId" = ${alias}.id AND tp.basis = 'PER_PERIOD')
   THEN (SELECT p.value ${latestMeasureFrom(alias)}) END`;

/** The FROM … LIMIT 1 of that rule, for a lateral join that reads more of the point (p) and its series (i). */
export const latestMeasureFrom = (alias: string) => `FROM "IndicatorPledge" ip JOIN "Indicator" i ON i.id = ip."indicatorId" JOIN "IndicatorPoint" p ON p."indicatorId" = i.id
   WHERE ip."commitmentId" = ${alias}.id
     AND lower(regexp_replace(btrim(normalize(i.unit, NFC)), '\\s+', ' ', 'g')) = lower(regexp_replace(btrim(normalize(${alias}."targetUnit", NFC)), '\\s+', ' ', 'g'))
   ORDER BY p.period COLLATE "C" DESC, i.slug COLLATE "C" ASC
   LIMIT 1`;
