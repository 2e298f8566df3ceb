import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { COUNTED_WHERE } from "@/lib/commitments/rules";

export interface LatestChangeRow {
  id: number;
  /** YYYY-MM-DD: when the change became true in the world. */
  effectiveOn: string;
  /** ISO 8601 timestamp: when an analyst recorded it. */
  recordedAt: string;
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus;
  note: string;
  commitment: { slug: string; title: string };
  evidence: { id: number; title: string; url: string; publisher: string }[];
}

/**
 * The most recently RECORDED status changes (initial "announced" entries left out). Sorted by
 * recordedAt, not effectiveOn: a change recorded today but back-dated to last year is news to a
 * reader, and sorting by effective date would bury it below changes they have already seen.
 */
export async function getLatestChanges(limit = 6, db: PrismaClient = getPrisma()): Promise<LatestChangeRow[]> {
  const changes = await db.statusChange.findMany({
    where: { commitment: COUNTED_WHERE, fromStatus: { not: null } },
    select: {
      id: true,
      effectiveOn: true,
      recordedAt: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      commitment: { select: { slug: true, title: true } },
      evidence: { select: { evidence: { select: { id: true, title: true, url: true, publisher: true } } } },
    },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return changes.map((change) => ({
    ...change,
    effectiveOn: toIsoDate(change.effectiveOn),
    recordedAt: change.recordedAt.toISOString(),
    evidence: change.evidence.map((link) => link.evidence),
  }));
}
