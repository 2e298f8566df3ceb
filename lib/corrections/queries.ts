// The corrections log's reads: newest first, of public pledges (an archived pledge's corrections
// leave the public log with it, as its other records leave every export).
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { publicActor } from "@/lib/history/actors";
import type { FieldChange } from "@/lib/history/fields";

export const CORRECTIONS_PAGE_SIZE = 50;

export const correctionsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1).catch(1),
  pledge: z.string().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined),
});

export interface PublicCorrection {
  id: number;
  /** ISO timestamp. */
  at: string;
  who: string;
  note: string;
  changes: FieldChange[];
  pledge: { slug: string; title: string };
  /** The edit's place in the pledge's revision history. */
  historyKey: string;
}

interface Row {
  id: number;
  createdAt: Date;
  note: string;
  changes: FieldChange[];
  slug: string;
  title: string;
  auditLogId: number;
  actorLabel: string | null;
  userId: number | null;
  role: string | null;
}

const toPublic = (row: Row): PublicCorrection => ({
  id: row.id,
  at: row.createdAt.toISOString(),
  who: publicActor({ userId: row.userId, role: row.role, actorLabel: row.actorLabel ?? "other" }),
  note: row.note,
  changes: row.changes,
  pledge: { slug: row.slug, title: row.title },
  historyKey: `audit-${row.auditLogId}`,
});

/** Corrections newest first, optionally of one pledge; `limit`/`offset` page them. */
export async function readCorrections({ slug, limit, offset = 0 }: { slug?: string; limit: number; offset?: number }, db: PrismaClient = getPrisma()) {
  const where = slug ? Prisma.sql`AND c.slug = ${slug}` : Prisma.empty;
  const [rows, [counted]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT corr.id, corr."createdAt", corr.note, corr.changes, c.slug, c.title, corr."auditLogId",
             a."actorLabel", u.id AS "userId", u.role::text AS role
      FROM "Correction" corr
      JOIN "Commitment" c ON c.id = corr."commitmentId" AND NOT c.archived
      LEFT JOIN "AuditLog" a ON a.id = corr."auditLogId"
      LEFT JOIN "User" u ON u.id = a."actorId"
      WHERE TRUE ${where}
      ORDER BY corr."createdAt" DESC, corr.id DESC
      LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Correction" corr JOIN "Commitment" c ON c.id = corr."commitmentId" AND NOT c.archived WHERE TRUE ${where}`,
  ]);
  return { total: counted!.total, items: rows.map(toPublic) };
}

/** A page of the log (a page past the end gives the last page). */
export async function listCorrections(page: number, slug?: string) {
  const first = await readCorrections({ slug, limit: CORRECTIONS_PAGE_SIZE, offset: (page - 1) * CORRECTIONS_PAGE_SIZE });
  const pageCount = Math.max(1, Math.ceil(first.total / CORRECTIONS_PAGE_SIZE));
  if (page <= pageCount) return { ...first, page, pageCount };
  const last = await readCorrections({ slug, limit: CORRECTIONS_PAGE_SIZE, offset: (pageCount - 1) * CORRECTIONS_PAGE_SIZE });
  return { ...last, page: pageCount, pageCount };
}
