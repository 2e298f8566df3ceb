// The rules behind every figure, written once: which pledges count, what "overdue" means, and
// when a percentage may be shown. Prisma filters and raw SQL both come from here.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

/** Pledges the figures and charts count: public (not archived) commitments, not statements. */
export const COUNTED_WHERE = { archived: false, kind: "COMMITMENT" } as const satisfies Prisma.CommitmentWhereInput;

/** The same rule for raw SQL over "Commitment" under the given alias. */
export const countedSql = (alias: string) => Prisma.sql`(NOT ${Prisma.raw(`${alias}.archived`)} AND ${Prisma.raw(`${alias}.kind`)} = 'COMMITMENT')`;

/** Overdue: the deadline has passed and the pledge is not fulfilled. */
export const overdueWhere = (today: Date) =>
  ({ deadline: { lt: today }, status: { not: "FULFILLED" } }) as const satisfies Prisma.CommitmentWhereInput;

/** The same rule for raw SQL over "Commitment" under the given alias. */
export const overdueSql = (alias: string, today: Date) =>
  Prisma.sql`(${Prisma.raw(`${alias}.deadline`)} IS NOT NULL AND ${Prisma.raw(`${alias}.deadline`)} < ${today.toISOString().slice(0, 10)}::date AND ${Prisma.raw(`${alias}.status`)} <> 'FULFILLED')`;

export const isOverdue = (row: { deadline: Date | null; status: CommitmentStatus }, today: Date) =>
  row.deadline !== null && row.deadline < today && row.status !== "FULFILLED";

/**
 * Progress as a percentage, only where it is measured: a numeric target and an actual value
 * with the evidence that reports it. Anything else has no percentage (null), however far its
 * status has moved.
 */
export function measuredProgress(row: { targetValue: number | null; actualValue: number | null; actualEvidenceId: number | null }): number | null {
  if (row.targetValue === null || row.targetValue <= 0 || row.actualValue === null || row.actualEvidenceId === null) return null;
  return Math.round((row.actualValue / row.targetValue) * 1000) / 10;
}

/** Review filter of the public list: never reviewed, or reviewed (whatever was found). */
export const REVIEW_FILTERS = ["never", "reviewed"] as const;
export const reviewWhere = (filter: (typeof REVIEW_FILTERS)[number]) =>
  (filter === "never" ? { reviewedOn: null } : { reviewedOn: { not: null } }) satisfies Prisma.CommitmentWhereInput;
