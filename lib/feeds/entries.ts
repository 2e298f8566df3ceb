// What the Atom feeds carry (issue 14): every status change of a public commitment and every
// correction of a published fact, newest recorded first, for the whole site, one pledge or one
// category. A feed is a bounded window of the latest entries (FEED_SIZE): readers poll it.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { publicActor } from "@/lib/history/actors";
import type { FieldChange } from "@/lib/history/fields";

export const FEED_SIZE = 50;

export type FeedScope = { kind: "site" } | { kind: "pledge"; slug: string } | { kind: "category"; slug: string };

interface Row {
  type: "status" | "correction";
  id: number;
  at: Date;
  slug: string;
  title: string;
  categorySlug: string;
  categoryName: string;
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus | null;
  effectiveOn: Date | null;
  note: string;
  changes: FieldChange[] | null;
  auditLogId: number | null;
  userId: number | null;
  role: string | null;
  actorLabel: string | null;
}

export interface FeedEntry {
  type: "status" | "correction";
  /** The record's own id (status change or correction): the entry's stable id is built from it. */
  id: number;
  /** ISO timestamp: when it was recorded. */
  at: string;
  who: string;
  pledge: { slug: string; title: string };
  category: { slug: string; name: string };
  note: string;
  status?: { from: CommitmentStatus | null; to: CommitmentStatus; effectiveOn: string };
  changes?: FieldChange[];
  /** The entry's place in the pledge's revision history. */
  historyKey: string;
}

export interface FeedSubject {
  /** For the feed's id: stable whatever the pledge's or category's title or address becomes. */
  id: number | null;
  slug: string | null;
  title: string | null;
}

function scopeSql(scope: FeedScope): Prisma.Sql {
  if (scope.kind === "pledge") return Prisma.sql`AND c.slug = ${scope.slug}`;
  if (scope.kind === "category") return Prisma.sql`AND cat.slug = ${scope.slug}`;
  return Prisma.empty;
}

/** The subject of a pledge's or category's feed (null when there is no such public one). */
export async function feedSubject(scope: FeedScope, db: PrismaClient = getPrisma()): Promise<FeedSubject | null> {
  if (scope.kind === "site") return { id: null, slug: null, title: null };
  if (scope.kind === "pledge") {
    const pledge = await db.commitment.findFirst({ where: { slug: scope.slug, archived: false }, select: { id: true, slug: true, title: true } });
    return pledge && { id: pledge.id, slug: pledge.slug, title: pledge.title };
  }
  const category = await db.category.findUnique({ where: { slug: scope.slug }, select: { id: true, slug: true, name: true } });
  return category && { id: category.id, slug: category.slug, title: category.name };
}

/**
 * The latest FEED_SIZE entries of the scope, newest recorded first (ties: the later row). Status
 * changes of statements are left out, as everywhere (a statement has no status to follow);
 * corrections of either kind are in.
 */
export async function readFeedEntries(scope: FeedScope, db: PrismaClient = getPrisma(), limit = FEED_SIZE): Promise<FeedEntry[]> {
  const where = scopeSql(scope);
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM (
      (SELECT 'status' AS type, sc.id, sc."recordedAt" AS at, c.slug, c.title, cat.slug AS "categorySlug", cat.name AS "categoryName",
              sc."fromStatus"::text AS "fromStatus", sc."toStatus"::text AS "toStatus", sc."effectiveOn", sc.note,
              NULL::jsonb AS changes, NULL::int AS "auditLogId", u.id AS "userId", u.role::text AS role, a."actorLabel"
       FROM "StatusChange" sc
       JOIN "Commitment" c ON c.id = sc."commitmentId"
       JOIN "Category" cat ON cat.id = c."categoryId"
       LEFT JOIN "User" u ON u.id = sc."recordedById"
       LEFT JOIN LATERAL (
         SELECT a."actorLabel" FROM "AuditLog" a
         WHERE a."commitmentId" = sc."commitmentId" AND a.action = 'status-change' AND a.after->'statusChange'->>'id' = sc.id::text
         LIMIT 1) a ON TRUE
       WHERE NOT c.archived AND c.kind = 'COMMITMENT' ${where}
       ORDER BY sc."recordedAt" DESC, sc.id DESC
       LIMIT ${limit})
      UNION ALL
      (SELECT 'correction', corr.id, corr."createdAt", c.slug, c.title, cat.slug, cat.name,
              NULL, NULL, NULL, corr.note, corr.changes, corr."auditLogId", u.id, u.role::text, a."actorLabel"
       FROM "Correction" corr
       JOIN "Commitment" c ON c.id = corr."commitmentId"
       JOIN "Category" cat ON cat.id = c."categoryId"
       LEFT JOIN "AuditLog" a ON a.id = corr."auditLogId"
       LEFT JOIN "User" u ON u.id = a."actorId"
       WHERE NOT c.archived ${where}
       ORDER BY corr."createdAt" DESC, corr.id DESC
       LIMIT ${limit})
    ) AS entries
    ORDER BY at DESC, type DESC, id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    type: row.type,
    id: row.id,
    at: row.at.toISOString(),
    who: publicActor({ userId: row.userId, role: row.role, actorLabel: row.actorLabel ?? (row.type === "status" ? "import" : "other") }),
    pledge: { slug: row.slug, title: row.title },
    category: { slug: row.categorySlug, name: row.categoryName },
    note: row.note,
    ...(row.type === "status" ? { status: { from: row.fromStatus, to: row.toStatus!, effectiveOn: toIsoDate(row.effectiveOn!) } } : { changes: row.changes ?? [] }),
    historyKey: row.type === "status" ? `status-${row.id}` : `audit-${row.auditLogId}`,
  }));
}
