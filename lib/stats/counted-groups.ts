import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, CommittingSide } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { COUNTED_WHERE } from "@/lib/commitments/rules";

export interface CountedGroup {
  categoryId: number;
  committedBy: CommittingSide;
  status: CommitmentStatus;
  reviewed: boolean;
  count: number;
}

/**
 * The counted commitments by category, side, status and whether they were reviewed, from the
 * trigger-kept CommitmentCount (its shards summed): at most a few hundred rows, from which the
 * headline and the three current-status charts are all derived. The dashboard reads them once and
 * hands the same rows to each (one query instead of four); called alone, each reads its own.
 */
export async function readCountedGroups(db: PrismaClient = getPrisma()): Promise<CountedGroup[]> {
  const groups = await db.commitmentCount.groupBy({
    by: ["categoryId", "committedBy", "status", "reviewed"],
    where: COUNTED_WHERE,
    _sum: { count: true },
  });
  return groups.map((group) => ({ categoryId: group.categoryId, committedBy: group.committedBy, status: group.status, reviewed: group.reviewed, count: group._sum.count ?? 0 }));
}
