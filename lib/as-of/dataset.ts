// The dataset export as of a snapshot (lib/dataset/export.ts takes one): the same document, of the
// talks held by D, the pledges made by then with their status then (so the file passes the
// import's own checks: each pledge's status is its latest entry in the file), their quotes from
// those talks, the evidence published by then and the history in the snapshot. Review dates are
// left out (null): only a pledge's latest review is kept, and it may be later than the snapshot.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { datedInSnapshot } from "./rules";
import { changeInSnapshotSql, statusInEffectSql } from "./sql";
import { recordedBefore, type Snapshot } from "./snapshot";

/** A status entry in the snapshot, for Prisma's where. */
export function changeInSnapshotWhere(snapshot: Snapshot): Prisma.StatusChangeWhereInput {
  const cutoff = recordedBefore(snapshot);
  return { effectiveOn: { lte: parseIsoDate(snapshot.asOf) }, ...(cutoff ? { recordedAt: { lt: new Date(cutoff) } } : {}) };
}

/** Talks held by D. */
export const talkInSnapshotWhere = (snapshot: Snapshot | null): Prisma.TalkWhereInput => (snapshot ? { heldOn: { lte: parseIsoDate(snapshot.asOf) } } : {});

/** Pledges made by D (a status entry in the snapshot). */
export const commitmentInSnapshotWhere = (snapshot: Snapshot | null): Prisma.CommitmentWhereInput =>
  snapshot ? { statusChanges: { some: changeInSnapshotWhere(snapshot) } } : {};

/** Evidence published by D, of a pledge made by then. */
export const evidenceInSnapshotWhere = (snapshot: Snapshot | null): Prisma.EvidenceWhereInput =>
  snapshot ? { publishedOn: { lte: parseIsoDate(snapshot.asOf) }, commitment: commitmentInSnapshotWhere(snapshot) } : {};

/** The snapshot's condition on a status entry `sc`, for the dataset's raw history query. */
export const statusChangeInSnapshotSql = (snapshot: Snapshot | null) => (snapshot ? changeInSnapshotSql(snapshot) : null);

interface StoredPledge {
  id: number;
  status: CommitmentStatus;
  statusEffectiveOn: Date | null;
  reviewedOn: Date | null;
  actualValue: number | null;
  actualEvidenceId: number | null;
  actualEvidence: { publishedOn: Date } | null;
}

/** Lays the snapshot's state over a page of pledges (status then, no review date, measured value only with evidence then). */
export async function pledgesAsOf<T extends StoredPledge>(prisma: PrismaClient, rows: T[], snapshot: Snapshot | null): Promise<T[]> {
  if (!snapshot || !rows.length) return rows;
  const states = await prisma.$queryRaw<{ id: number; status: CommitmentStatus; effectiveOn: Date }[]>`
    SELECT c.id, s.status::text AS status, s."effectiveOn"
    FROM "Commitment" c CROSS JOIN LATERAL ${statusInEffectSql(snapshot)} s
    WHERE c.id = ANY(${rows.map((row) => row.id)}::int[])`;
  const byId = new Map(states.map((state) => [state.id, state]));
  return rows.map((row) => {
    const state = byId.get(row.id)!;
    const measured = row.actualEvidence !== null && datedInSnapshot(row.actualEvidence.publishedOn, snapshot);
    return {
      ...row,
      status: state.status,
      statusEffectiveOn: state.effectiveOn,
      reviewedOn: null,
      actualValue: measured ? row.actualValue : null,
      actualEvidenceId: measured ? row.actualEvidenceId : null,
    };
  });
}

export const snapshotDay = (snapshot: Snapshot) => toIsoDate(parseIsoDate(snapshot.asOf));
