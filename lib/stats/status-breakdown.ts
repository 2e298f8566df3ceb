import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { COUNTED_WHERE } from "@/lib/commitments/rules";

export interface StatusBreakdownRow {
  status: CommitmentStatus;
  count: number;
}

/** Commitments (not statements) per current status (every status listed, zeros included), in display order. */
export async function getStatusBreakdown(db: PrismaClient = getPrisma()): Promise<StatusBreakdownRow[]> {
  const groups = await db.commitment.groupBy({ by: ["status"], where: COUNTED_WHERE, _count: { _all: true } });
  const counts = new Map(groups.map((group) => [group.status, group._count._all]));
  return STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
