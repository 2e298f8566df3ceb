import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { COUNTED_WHERE, NOT_FULFILLED_WHERE } from "@/lib/commitments/rules";

export interface DeadlineRow {
  slug: string;
  title: string;
  status: CommitmentStatus;
  deadline: string;
  precision: DatePrecision | null;
  overdue: boolean;
}

/**
 * Pledges not yet fulfilled that have a deadline, the nearest first: those still ahead, then
 * (when fewer than `limit`) the most recently missed. Overdue is the list's definition.
 */
export async function getDeadlines(today: Date, limit = 6, db: PrismaClient = getPrisma()): Promise<DeadlineRow[]> {
  const select = { slug: true, title: true, status: true, deadline: true, deadlinePrecision: true } as const;
  const open = { ...COUNTED_WHERE, ...NOT_FULFILLED_WHERE };
  const [upcoming, missed] = await Promise.all([
    db.commitment.findMany({ where: { ...open, deadline: { gte: today } }, select, orderBy: [{ deadline: "asc" }, { id: "asc" }], take: limit }),
    db.commitment.findMany({ where: { ...open, deadline: { lt: today } }, select, orderBy: [{ deadline: "desc" }, { id: "asc" }], take: limit }),
  ]);
  return [...upcoming, ...missed].slice(0, limit).map((row) => ({
    slug: row.slug,
    title: row.title,
    status: row.status,
    deadline: toIsoDate(row.deadline!),
    precision: row.deadlinePrecision,
    overdue: row.deadline! < today,
  }));
}
