// The dashboard's "measured pledges": each counted pledge with a numeric target that a series
// measures, its latest figure against the target (as a percentage only where lib/indicators/progress.ts allows). Read from the pledges that have a series at all
// (a few), never by scanning every pledge; a bounded number is shown, with the total.
import { Prisma } from "@/lib/generated/prisma/client";
import { countedSql } from "@/lib/commitments/rules";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { latestMeasureFrom } from "./latest";
import { percent, periodMeasuresTarget } from "./progress";
import type { TargetBasis } from "@/lib/generated/prisma/enums";

export const MEASURED_PLEDGES_SHOWN = 10;

interface Row {
  slug: string; title: string; targetValue: number; targetUnit: string;
  value: number; period: string; sourceUrl: string; publishedOn: Date | null; estimate: boolean; series: string; publisher: string; basis: TargetBasis | null; total: number;
}

export async function getMeasuredPledges(limit = MEASURED_PLEDGES_SHOWN) {
  const rows = await getPrisma().$queryRaw<Row[]>`
    SELECT c.slug, c.title, c."targetValue", c."targetUnit", m.value, m.period, m."sourceUrl", m."publishedOn", m.estimate, m.series, m.publisher, tp.basis,
           (count(*) OVER ())::int AS total
    FROM (SELECT DISTINCT "commitmentId" FROM "IndicatorPledge") linked
    JOIN "Commitment" c ON c.id = linked."commitmentId"
    JOIN LATERAL (SELECT p.value, p.period, p."sourceUrl", p."publishedOn", p.estimate, i.name AS series, i.publisher ${Prisma.raw(latestMeasureFrom("c"))}) m ON true
    LEFT JOIN "TargetPath" tp ON tp."commitmentId" = c.id
    WHERE ${countedSql("c")} AND c."targetValue" > 0
    ORDER BY c.title, c.id
    LIMIT ${limit}`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((row) => ({
      slug: row.slug, title: row.title, targetValue: row.targetValue, targetUnit: row.targetUnit,
      value: row.value, period: row.period, sourceUrl: row.sourceUrl, publishedOn: row.publishedOn && toIsoDate(row.publishedOn),
      estimate: row.estimate, series: row.series, publisher: row.publisher,
      // A TOTAL target's latest yearly figure is shown beside it, never as a share of it.
      progress: periodMeasuresTarget({ targetPath: row.basis && { basis: row.basis } }) ? percent(row.value, row.targetValue) : null,
    })),
  };
}

export type MeasuredPledges = Awaited<ReturnType<typeof getMeasuredPledges>>;
