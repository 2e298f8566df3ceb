import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommittingSide } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { pivotByStatus, type StatusCounts } from "./status-counts";

export const SIDES = ["CHINA", "VIETNAM", "BOTH"] as const satisfies readonly CommittingSide[];

export interface StatusBySideRow extends StatusCounts {
  side: CommittingSide;
}

/** Current status counts per committing side. */
export async function getStatusBySide(db: PrismaClient = getPrisma()): Promise<StatusBySideRow[]> {
  const rows = await db.$queryRaw<{ key: CommittingSide; status: string; count: number }[]>`
    SELECT c."committedBy"::text AS key, c.status::text AS status, count(*)::int AS count
    FROM "Commitment" c
    WHERE NOT c.archived
    GROUP BY c."committedBy", c.status`;
  const pivot = pivotByStatus(SIDES, rows);
  return SIDES.map((side) => ({ side, ...pivot.get(side)! }));
}
