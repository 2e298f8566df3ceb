import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { countedSql, notFulfilledSql } from "@/lib/commitments/rules";

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
 * (when fewer than `limit`) the most recently missed. Overdue is the list's definition. Two
 * index-ordered reads of `limit` rows (raw SQL: Prisma's findMany cost about 5 ms of the app's CPU
 * each, this a fraction of one).
 */
export async function getDeadlines(today: Date, limit = 6, db: PrismaClient = getPrisma()): Promise<DeadlineRow[]> {
  const day = toIsoDate(today);
  const [upcoming, missed] = await Promise.all([
    db.$queryRaw<DeadlineRow[]>`
      SELECT c.slug, c.title, c.status::text AS status, to_char(c.deadline, 'YYYY-MM-DD') AS deadline, c."deadlinePrecision"::text AS precision, false AS overdue
      FROM "Commitment" c
      WHERE ${countedSql("c")} AND ${notFulfilledSql("c")} AND c.deadline >= ${day}::date
      ORDER BY c.deadline, c.id LIMIT ${limit}`,
    db.$queryRaw<DeadlineRow[]>`
      SELECT c.slug, c.title, c.status::text AS status, to_char(c.deadline, 'YYYY-MM-DD') AS deadline, c."deadlinePrecision"::text AS precision, true AS overdue
      FROM "Commitment" c
      WHERE ${countedSql("c")} AND ${notFulfilledSql("c")} AND c.deadline < ${day}::date
      ORDER BY c.deadline DESC, c.id LIMIT ${limit}`,
  ]);
  return [...upcoming, ...missed].slice(0, limit);
}
