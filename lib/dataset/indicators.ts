// The dataset's measured indicators (issue 15): each indicator with its points and the pledges it
// measures (by slug), and the pledges' target paths. Optional in a document (files written before
// them still import), always written by the export, after the status history.
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { pagesById } from "@/lib/exports/keyset";
import { isPeriodOf } from "@/lib/indicators/period";
import { FREQUENCIES, STATISTICS_SIDES } from "@/lib/indicators/schema";
import { unitsMatch } from "@/lib/indicators/units";

const text = (max: number) => z.string().max(max).refine((value) => !value.includes("\u0000"), "contains a NUL character");
const id = z.number().int().positive().max(2_147_483_647);
const httpUrl = text(2000).refine((value) => /^https?:\/\//i.test(value), "must be an http(s) URL");

export const datasetIndicator = z.strictObject({
  id,
  slug: text(80),
  name: text(300),
  unit: text(60),
  publisher: text(300),
  side: z.enum(STATISTICS_SIDES),
  frequency: z.enum(FREQUENCIES),
  description: text(5000),
  pledges: z.array(text(120)).max(1000),
  points: z.array(z.strictObject({
    id,
    period: text(20),
    value: z.number().finite(),
    sourceUrl: httpUrl,
    publishedOn: z.iso.date("must be a YYYY-MM-DD date").nullable(),
    estimate: z.boolean(),
    note: text(2000),
  })).max(100_000),
});

// `basis` came later: a file written before it reads as TOTAL, the reading that claims no progress.
export const datasetTargetPath = z.strictObject({ commitment: text(120), baselinePeriod: text(20).nullable(), timing: text(2000), basis: z.enum(["PER_PERIOD", "TOTAL"]).default("TOTAL") });

export type DatasetIndicator = z.infer<typeof datasetIndicator>;
export type DatasetTargetPath = z.infer<typeof datasetTargetPath>;

/** The sections as the document schema adds them (absent: none). */
export const datasetIndicatorSections = {
  indicators: z.array(datasetIndicator).optional().default([]),
  targetPaths: z.array(datasetTargetPath).optional().default([]),
};

export function indicatorsOfDataset(prisma: PrismaClient): AsyncGenerator<DatasetIndicator> {
  return pagesById(async (afterId, take) => {
    const rows = await prisma.indicator.findMany({
      where: { id: { gt: afterId } },
      orderBy: { id: "asc" },
      take,
      include: {
        points: { orderBy: { id: "asc" } },
        pledges: { where: { commitment: { archived: false } }, orderBy: { commitmentId: "asc" }, select: { commitment: { select: { slug: true } } } },
      },
    });
    return rows.map((row) => ({
      id: row.id, slug: row.slug, name: row.name, unit: row.unit, publisher: row.publisher, side: row.side, frequency: row.frequency, description: row.description,
      pledges: row.pledges.map((link) => link.commitment.slug),
      points: row.points.map((point) => ({
        id: point.id, period: point.period, value: point.value, sourceUrl: point.sourceUrl,
        publishedOn: point.publishedOn && toIsoDate(point.publishedOn), estimate: point.estimate, note: point.note,
      })),
    }));
  }, 500);
}

export async function targetPathsOfDataset(prisma: PrismaClient): Promise<DatasetTargetPath[]> {
  const rows = await prisma.targetPath.findMany({ where: { commitment: { archived: false } }, orderBy: { commitmentId: "asc" }, include: { commitment: { select: { slug: true } } } });
  return rows.map((row) => ({ commitment: row.commitment.slug, baselinePeriod: row.baselinePeriod, timing: row.timing, basis: row.basis }));
}

interface Pledges { commitments: { slug: string; targetValue: number | null; targetUnit: string | null }[] }

/** What the database's rules would refuse, named record by record, before anything is written. */
export function indicatorProblems(document: Pledges & { indicators: DatasetIndicator[]; targetPaths: DatasetTargetPath[] }): string[] {
  const problems: string[] = [];
  const pledges = new Map(document.commitments.map((commitment) => [commitment.slug, commitment]));
  const slugs = new Set<string>();
  for (const indicator of document.indicators) {
    if (slugs.has(indicator.slug)) problems.push(`indicator ${indicator.slug}: the slug appears twice`);
    slugs.add(indicator.slug);
    const periods = new Set<string>();
    for (const point of indicator.points) {
      if (!isPeriodOf(indicator.frequency, point.period)) problems.push(`indicator ${indicator.slug}, point ${point.id}: "${point.period}" is not a ${indicator.frequency} period`);
      if (periods.has(point.period)) problems.push(`indicator ${indicator.slug}: two points for ${point.period}`);
      periods.add(point.period);
    }
    for (const slug of indicator.pledges) {
      const pledge = pledges.get(slug);
      if (!pledge) problems.push(`indicator ${indicator.slug}: no pledge ${slug}`);
      else if (pledge.targetValue !== null && !(pledge.targetUnit && unitsMatch(indicator.unit, pledge.targetUnit))) {
        problems.push(`indicator ${indicator.slug}: its unit "${indicator.unit}" is not the target unit of ${slug}`);
      }
    }
  }
  for (const path of document.targetPaths) {
    const pledge = pledges.get(path.commitment);
    if (!pledge) problems.push(`target path: no pledge ${path.commitment}`);
    else if (pledge.targetValue === null) problems.push(`target path of ${path.commitment}: the pledge has no numeric target`);
  }
  return problems;
}

/** Inserts the sections with their ids (the pledges are in already); returns their audit rows. */
export async function insertIndicatorSections(tx: Prisma.TransactionClient, document: { indicators: DatasetIndicator[]; targetPaths: DatasetTargetPath[] }, commitmentIds: Map<string, number>, audit: (entityType: string, records: readonly { id: number }[]) => Prisma.AuditLogCreateManyInput[]) {
  const rows: Prisma.AuditLogCreateManyInput[] = [];
  for (const { pledges, points, ...indicator } of document.indicators) {
    await tx.indicator.create({ data: indicator });
    await tx.indicatorPoint.createMany({ data: points.map((point) => ({ ...point, indicatorId: indicator.id, publishedOn: point.publishedOn === null ? null : parseIsoDate(point.publishedOn) })) });
    await tx.indicatorPledge.createMany({ data: pledges.map((slug) => ({ indicatorId: indicator.id, commitmentId: commitmentIds.get(slug)! })) });
    const record = { ...indicator, pledges };
    rows.push(...audit("Indicator", [record]), ...audit("IndicatorPoint", points.map((point) => ({ ...point, indicatorId: indicator.id }))));
  }
  for (const { commitment, ...path } of document.targetPaths) {
    const commitmentId = commitmentIds.get(commitment)!;
    await tx.targetPath.create({ data: { ...path, commitmentId } });
    const record = { id: commitmentId, ...path };
    rows.push(...audit("TargetPath", [record]));
  }
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"Indicator"', 'id'), coalesce((SELECT max(id) FROM "Indicator"), 0) + 1, false)`;
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"IndicatorPoint"', 'id'), coalesce((SELECT max(id) FROM "IndicatorPoint"), 0) + 1, false)`;
  return rows;
}
