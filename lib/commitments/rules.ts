// The rules behind every figure, written once: which pledges count, what "overdue" means, and
// when a percentage may be shown. Prisma filters and raw SQL both come from here.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentKind, CommitmentStatus } from "@/lib/generated/prisma/enums";

/** Pledges the figures and charts count: public (not archived) commitments, not statements. */
export const COUNTED_WHERE = { archived: false, kind: "COMMITMENT" } as const satisfies Prisma.CommitmentWhereInput;

/** The same rule for raw SQL over "Commitment" under the given alias. */
export const countedSql = (alias: string) => Prisma.sql`(NOT ${Prisma.raw(`${alias}.archived`)} AND ${Prisma.raw(`${alias}.kind`)} = 'COMMITMENT')`;

/** Still owed: anything short of fulfilled in full (the deadline list and "overdue" both use it). */
export const NOT_FULFILLED_WHERE = { status: { not: "FULFILLED" } } as const satisfies Prisma.CommitmentWhereInput;

/**
 * Overdue: a commitment whose deadline has passed and that is not fulfilled in full (whatever
 * else its status). A statement has nothing to deliver, so it is never overdue.
 */
export const overdueWhere = (today: Date) =>
  ({ kind: "COMMITMENT", deadline: { lt: today }, ...NOT_FULFILLED_WHERE }) as const satisfies Prisma.CommitmentWhereInput;

/** NOT_FULFILLED_WHERE for raw SQL over "Commitment" (or a summary with its status) under the given alias. */
export const notFulfilledSql = (alias: string) => Prisma.sql`${Prisma.raw(`${alias}.status`)} <> 'FULFILLED'`;

/** The same rule for raw SQL over "Commitment" under the given alias (COPY exports, list-where-sql.ts). */
export const overdueSql = (alias: string, today: Date) => {
  const column = (name: string) => Prisma.raw(`${alias}.${name}`);
  return Prisma.sql`(${column("kind")} = 'COMMITMENT' AND ${column("deadline")} < ${today.toISOString().slice(0, 10)}::date AND ${notFulfilledSql(alias)})`;
};

export const isOverdue = (row: { kind: CommitmentKind; deadline: Date | null; status: CommitmentStatus }, today: Date) =>
  row.kind === "COMMITMENT" && row.deadline !== null && row.deadline < today && row.status !== "FULFILLED";

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
