import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";

export interface LatestChangeRow {
  id: number;
  effectiveOn: string;
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus;
  note: string;
  commitment: { slug: string; title: string };
  evidence: { id: number; title: string; url: string; publisher: string }[];
}

/** The most recent status changes by effective date (initial "announced" entries left out). */
export async function getLatestChanges(limit = 6, db: PrismaClient = getPrisma()): Promise<LatestChangeRow[]> {
  const changes = await db.statusChange.findMany({
    where: { commitment: { archived: false }, fromStatus: { not: null } },
    select: {
      id: true,
      effectiveOn: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      commitment: { select: { slug: true, title: true } },
      evidence: { select: { evidence: { select: { id: true, title: true, url: true, publisher: true } } } },
    },
    orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
    take: limit,
  });
  return changes.map((change) => ({
    ...change,
    effectiveOn: toIsoDate(change.effectiveOn),
    evidence: change.evidence.map((link) => link.evidence),
  }));
}
