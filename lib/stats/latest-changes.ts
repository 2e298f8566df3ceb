import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { countedSql } from "@/lib/commitments/rules";

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
 *
 * One query, read backwards along the (recordedAt, id) index with each change's pledge and
 * evidence (by evidence id) built in SQL: Prisma's nested select was four queries and about 5 ms of
 * the app's CPU per dashboard.
 */
export async function getLatestChanges(limit = 6, db: PrismaClient = getPrisma()): Promise<LatestChangeRow[]> {
  return db.$queryRaw<LatestChangeRow[]>`
    SELECT sc.id,
           to_char(sc."effectiveOn", 'YYYY-MM-DD') AS "effectiveOn",
           to_char(sc."recordedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt",
           sc."fromStatus"::text AS "fromStatus", sc."toStatus"::text AS "toStatus", sc.note,
           json_build_object('slug', c.slug, 'title', c.title) AS commitment,
           coalesce((
             SELECT json_agg(json_build_object('id', e.id, 'title', e.title, 'url', e.url, 'publisher', e.publisher) ORDER BY e.id)
             FROM "StatusChangeEvidence" l JOIN "Evidence" e ON e.id = l."evidenceId"
             WHERE l."statusChangeId" = sc.id), '[]'::json) AS evidence
    FROM "StatusChange" sc
    JOIN "Commitment" c ON c.id = sc."commitmentId"
    WHERE ${countedSql("c")} AND sc."fromStatus" IS NOT NULL
    ORDER BY sc."recordedAt" DESC, sc.id DESC
    LIMIT ${limit}`;
}
