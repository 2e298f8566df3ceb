// Public reads of indicators, as JSON-safe data (dates as YYYY-MM-DD): the API, the pledge page
// and the dashboard all take their shapes from here.
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { pointInSnapshot } from "@/lib/as-of/rules";
import type { Snapshot } from "@/lib/as-of/snapshot";
import { byPeriod } from "./period";

// createdAt: when the tracker recorded the figure (snapshots by recorded date); never shown.
const pointSelect = { period: true, value: true, sourceUrl: true, publishedOn: true, estimate: true, note: true, createdAt: true } satisfies Prisma.IndicatorPointSelect;

const indicatorSelect = {
  slug: true, name: true, unit: true, publisher: true, side: true, frequency: true, description: true,
  points: { select: pointSelect, orderBy: { period: "asc" } },
  pledges: { select: { commitment: { select: { slug: true, title: true } } }, orderBy: { commitmentId: "asc" } },
} satisfies Prisma.IndicatorSelect;

type IndicatorRow = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;

/** The public shape: `points` oldest first, each with the address it was read from. */
export function publicIndicator(row: IndicatorRow) {
  return {
    slug: row.slug,
    name: row.name,
    unit: row.unit,
    publisher: row.publisher,
    side: row.side,
    frequency: row.frequency,
    description: row.description,
    points: [...row.points].sort(byPeriod).map((point) => ({
      period: point.period,
      value: point.value,
      sourceUrl: point.sourceUrl,
      publishedOn: point.publishedOn ? toIsoDate(point.publishedOn) : null,
      estimate: point.estimate,
      note: point.note,
    })),
    pledges: row.pledges.map((link) => link.commitment),
  };
}

export type PublicIndicator = ReturnType<typeof publicIndicator>;

export async function listIndicators(): Promise<PublicIndicator[]> {
  const rows = await getPrisma().indicator.findMany({ select: indicatorSelect, orderBy: { slug: "asc" } });
  return rows.map(publicIndicator);
}

export async function getIndicator(slug: string): Promise<PublicIndicator | null> {
  const row = await getPrisma().indicator.findUnique({ where: { slug }, select: indicatorSelect });
  return row ? publicIndicator(row) : null;
}

/** The indicators that measure one pledge (by the pledge's slug), by their slug; in a snapshot, only the figures it held. */
export async function indicatorsOfPledge(pledgeSlug: string, snapshot: Snapshot | null = null): Promise<PublicIndicator[]> {
  const rows = await getPrisma().indicator.findMany({ where: { pledges: { some: { commitment: { slug: pledgeSlug } } } }, select: indicatorSelect, orderBy: { slug: "asc" } });
  return rows.map((row) => publicIndicator({ ...row, points: row.points.filter((point) => pointInSnapshot(point, snapshot)) }));
}

/** A pledge's target path (null when none is written). */
export async function targetPathOf(pledgeSlug: string) {
  return getPrisma().targetPath.findFirst({ where: { commitment: { slug: pledgeSlug } }, select: { baselinePeriod: true, timing: true, basis: true } });
}
