import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { readCountedGroups, type CountedGroup } from "./counted-groups";

export interface StatusBreakdownRow {
  status: CommitmentStatus;
  count: number;
}

/** Commitments (not statements) per current status (every status listed, zeros included), in display order. */
export async function getStatusBreakdown(db: PrismaClient = getPrisma(), groups: Promise<CountedGroup[]> = readCountedGroups(db)): Promise<StatusBreakdownRow[]> {
  const counts = new Map<CommitmentStatus, number>();
  for (const group of await groups) counts.set(group.status, (counts.get(group.status) ?? 0) + group.count);
  return STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
