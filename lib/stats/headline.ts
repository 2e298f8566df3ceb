import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { listWhere } from "@/lib/commitments/queries";
import { emptyStatusCounts, totalOf } from "./status-counts";

export interface HeadlineFigures {
  tracked: number;
  fulfilled: number;
  /** In progress or partially fulfilled: work is under way. */
  inProgress: number;
  /** Stalled or not fulfilled: the pledge has gone wrong. */
  stalledOrNotFulfilled: number;
  announced: number;
  /** Past the deadline and not fulfilled (the list's own "overdue" filter). */
  overdue: number;
}

const NO_FILTERS = { status: [], category: [], side: [], talk: undefined, overdue: false, q: undefined };

export async function getHeadlineFigures(today: Date, db: PrismaClient = getPrisma()): Promise<HeadlineFigures> {
  const [groups, overdue] = await Promise.all([
    db.commitment.groupBy({ by: ["status"], where: { archived: false }, _count: { _all: true } }),
    db.commitment.count({ where: listWhere({ ...NO_FILTERS, overdue: true }, today) }),
  ]);
  const counts = emptyStatusCounts();
  for (const group of groups) counts[group.status] = group._count._all;
  return {
    tracked: totalOf(counts),
    fulfilled: counts.FULFILLED,
    inProgress: counts.IN_PROGRESS + counts.PARTIALLY_FULFILLED,
    stalledOrNotFulfilled: counts.STALLED + counts.NOT_FULFILLED,
    announced: counts.ANNOUNCED,
    overdue,
  };
}
