import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { countedSql, overdueSql } from "@/lib/commitments/rules";
import { toIsoDate } from "@/lib/dates";
import { emptyStatusCounts, totalOf } from "./status-counts";
import { STATUS_GROUPS } from "@/lib/commitments/status";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { readCountedGroups, type CountedGroup } from "./counted-groups";

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
  /** Never checked by an analyst for news. (null in a view of a past date: lib/as-of/dashboard.ts) */
  notYetReviewed: number | null;
  /** Still "announced" although an analyst has checked: reviewed, no progress found. (null as notYetReviewed) */
  reviewedNoProgress: number | null;
  /** Position statements on the site, left out of every figure above. */
  statements: number;
}

/**
 * Read from the trigger-kept summaries: CommitmentCount (counted pledges by status and whether they
 * were reviewed, readCountedGroups) and DeadlineMonthCount (pledges by their deadline's month), filtered by the same
 * rules as the pledge list (lib/commitments/rules.ts).
 */
export async function getHeadlineFigures(
  today: Date,
  db: PrismaClient = getPrisma(),
  countedGroups: Promise<CountedGroup[]> = readCountedGroups(db),
): Promise<HeadlineFigures> {
  const [groups, [others]] = await Promise.all([countedGroups, readOthers(today, db)]);
  const counts = emptyStatusCounts();
  let notYetReviewed = 0;
  let reviewedNoProgress = 0;
  for (const group of groups) {
    const count = group.count;
    counts[group.status] += count;
    if (!group.reviewed) notYetReviewed += count;
    else if (group.status === "ANNOUNCED") reviewedNoProgress += count;
  }
  const sumOf = (statuses: readonly CommitmentStatus[]) => statuses.reduce((sum, status) => sum + counts[status], 0);
  return {
    tracked: totalOf(counts),
    fulfilled: counts.FULFILLED,
    inProgress: sumOf(STATUS_GROUPS.underWay),
    stalledOrNotFulfilled: sumOf(STATUS_GROUPS.wentWrong),
    announced: counts.ANNOUNCED,
    overdue: others!.overduePastMonths + others!.overdueThisMonth,
    notYetReviewed,
    reviewedNoProgress,
    statements: others!.statements,
  };
}

/**
 * The statements on the site, and "overdue", in one query. Overdue moves with today's date, so it
 * cannot be a stored count. Deadlines in months before this one are all past: they are summed from
 * DeadlineMonthCount (whose `deadline` is the month's first day, so the rule's "deadline before"
 * the first of this month picks exactly those months). Only this month's pledges are counted one
 * by one, through the deadline index. (Raw SQL: Prisma's aggregate and count cost several
 * milliseconds of the app's CPU each.)
 */
function readOthers(today: Date, db: PrismaClient) {
  const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  return db.$queryRaw<{ statements: number; overduePastMonths: number; overdueThisMonth: number }[]>`
    SELECT
      (SELECT coalesce(sum(s.count), 0)::int FROM "CommitmentCount" s WHERE NOT s.archived AND s.kind = 'STATEMENT') AS statements,
      (SELECT coalesce(sum(d.count), 0)::int FROM "DeadlineMonthCount" d WHERE ${countedSql("d")} AND ${overdueSql("d", monthStart)}) AS "overduePastMonths",
      (SELECT count(*)::int FROM "Commitment" c
       WHERE ${countedSql("c")} AND ${overdueSql("c", today)} AND c.deadline >= ${toIsoDate(monthStart)}::date) AS "overdueThisMonth"`;
}
