import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { countedSql, overdueSql } from "@/lib/commitments/rules";
import { emptyStatusCounts, totalOf } from "./status-counts";
import { STATUS_GROUPS } from "@/lib/commitments/status";

export interface HeadlineFigures {
  /** Public commitments: statements are never counted. */
  tracked: number;
  fulfilled: number;
  /** In progress or partially fulfilled: work is under way. */
  inProgress: number;
  /** Stalled or not fulfilled: the pledge has gone wrong. */
  stalledOrNotFulfilled: number;
  announced: number;
  /** Past the deadline and not fulfilled (the list's own "overdue" filter). */
  overdue: number;
  /** Never checked by an analyst for news. */
  notYetReviewed: number;
  /** Still "announced" although an analyst has checked: reviewed, no progress found. */
  reviewedNoProgress: number;
  /** Position statements on the site, left out of every figure above. */
  statements: number;
}

/** One pass over the public pledges (was five counts), grouped by status and by whether they count. */
export async function getHeadlineFigures(today: Date, db: PrismaClient = getPrisma()): Promise<HeadlineFigures> {
  const groups = await db.$queryRaw<{ status: CommitmentStatus; counted: boolean; total: number; overdue: number; reviewed: number }[]>`
    SELECT c.status::text AS status, ${countedSql("c")} AS counted, count(*)::int AS total,
           (count(*) FILTER (WHERE ${overdueSql("c", today)}))::int AS overdue,
           (count(*) FILTER (WHERE c."reviewedOn" IS NOT NULL))::int AS reviewed
    FROM "Commitment" c
    WHERE NOT c.archived
    GROUP BY 1, 2`;
  const counts = emptyStatusCounts();
  let overdue = 0;
  let notYetReviewed = 0;
  let statements = 0;
  for (const group of groups) {
    if (!group.counted) {
      statements += group.total; // public and not counted: statements
      continue;
    }
    counts[group.status] += group.total;
    overdue += group.overdue;
    notYetReviewed += group.total - group.reviewed;
  }
  const reviewedNoProgress = groups.find((group) => group.counted && group.status === "ANNOUNCED")?.reviewed ?? 0;
  const sumOf = (statuses: readonly CommitmentStatus[]) => statuses.reduce((sum, status) => sum + counts[status], 0);
  return {
    tracked: totalOf(counts),
    fulfilled: counts.FULFILLED,
    inProgress: sumOf(STATUS_GROUPS.underWay),
    stalledOrNotFulfilled: sumOf(STATUS_GROUPS.wentWrong),
    announced: counts.ANNOUNCED,
    overdue,
    notYetReviewed,
    reviewedNoProgress,
    statements,
  };
}
