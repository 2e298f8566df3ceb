import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { COUNTED_WHERE, overdueWhere } from "@/lib/commitments/rules";
import { emptyStatusCounts, totalOf } from "./status-counts";
import { STATUS_GROUPS } from "@/lib/commitments/status";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

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

export async function getHeadlineFigures(today: Date, db: PrismaClient = getPrisma()): Promise<HeadlineFigures> {
  const [groups, overdue, notYetReviewed, reviewedNoProgress, statements] = await Promise.all([
    db.commitment.groupBy({ by: ["status"], where: COUNTED_WHERE, _count: { _all: true } }),
    db.commitment.count({ where: { ...COUNTED_WHERE, ...overdueWhere(today) } }),
    db.commitment.count({ where: { ...COUNTED_WHERE, reviewedOn: null } }),
    db.commitment.count({ where: { ...COUNTED_WHERE, status: "ANNOUNCED", reviewedOn: { not: null } } }),
    db.commitment.count({ where: { archived: false, kind: "STATEMENT" } }),
  ]);
  const counts = emptyStatusCounts();
  for (const group of groups) counts[group.status] = group._count._all;
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
