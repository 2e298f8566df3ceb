import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommittingSide } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { pivotByStatus, type StatusCounts } from "./status-counts";
import { countedSql } from "@/lib/commitments/rules";
import { SIDES } from "@/lib/commitments/request";

export { SIDES };

export interface StatusBySideRow extends StatusCounts {
  side: CommittingSide;
}

/** Current status counts of the counted commitments per committing side. */
export async function getStatusBySide(db: PrismaClient = getPrisma()): Promise<StatusBySideRow[]> {
  const rows = await db.$queryRaw<{ key: CommittingSide; status: string; count: number }[]>`
    SELECT c."committedBy"::text AS key, c.status::text AS status, count(*)::int AS count
    FROM "Commitment" c
    WHERE ${countedSql("c")}
    GROUP BY c."committedBy", c.status`;
  const pivot = pivotByStatus(SIDES, rows);
  return SIDES.map((side) => ({ side, ...pivot.get(side)! }));
}
