import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommittingSide } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { pivotByStatus, type StatusCounts } from "./status-counts";
import { SIDES } from "@/lib/commitments/request";
import { readCountedGroups, type CountedGroup } from "./counted-groups";

export { SIDES };

export interface StatusBySideRow extends StatusCounts {
  side: CommittingSide;
}

/** Current status counts of the counted commitments per committing side. */
export async function getStatusBySide(db: PrismaClient = getPrisma(), groups: Promise<CountedGroup[]> = readCountedGroups(db)): Promise<StatusBySideRow[]> {
  const pivot = pivotByStatus(SIDES, (await groups).map((group) => ({ key: group.committedBy, status: group.status, count: group.count })));
  return SIDES.map((side) => ({ side, ...pivot.get(side)! }));
}
