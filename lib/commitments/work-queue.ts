// The analysts' work queue (/admin): what needs someone today. One query: each bucket's size and
// its first pledges, computed in SQL over the live pledges.
import { getPrisma } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { overdueSql } from "./rules";

/** A pledge last reviewed longer ago than this is stale. */
export const STALE_AFTER_DAYS = 90;
/** Pledges listed per bucket; the count says how many there are in all. */
export const QUEUE_LIST_SIZE = 8;

export const QUEUE_BUCKETS = ["undecidedEvidence", "overdue", "neverReviewed", "stale"] as const;
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];

export type WorkQueue = Record<QueueBucket, { total: number; items: { id: number; title: string }[] }>;

type Row = { bucket: QueueBucket; id: number; title: string; total: number };

export async function getWorkQueue(today = todayUtc()): Promise<WorkQueue> {
  const staleBefore = new Date(today.getTime() - STALE_AFTER_DAYS * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const rows = await getPrisma().$queryRaw<Row[]>`
    WITH live AS (
      SELECT c.id, c.title, c."reviewedOn",
        ${overdueSql("c", today)} AS overdue,
        -- Evidence that no status change cites, added after the pledge was last reviewed: nobody
        -- has decided yet whether it moves the status.
        EXISTS (
          SELECT 1 FROM "Evidence" e
          WHERE e."commitmentId" = c.id
            AND (c."reviewedOn" IS NULL OR e."createdAt" >= c."reviewedOn" + 1)
            AND NOT EXISTS (SELECT 1 FROM "StatusChangeEvidence" l WHERE l."evidenceId" = e.id)
        ) AS undecided_evidence
      FROM "Commitment" c
      WHERE NOT c.archived
    ),
    buckets AS (
      SELECT 'undecidedEvidence' AS bucket, id, title FROM live WHERE undecided_evidence
      UNION ALL SELECT 'overdue', id, title FROM live WHERE overdue
      UNION ALL SELECT 'neverReviewed', id, title FROM live WHERE "reviewedOn" IS NULL
      UNION ALL SELECT 'stale', id, title FROM live WHERE "reviewedOn" < ${staleBefore}::date
    ),
    ranked AS (
      SELECT bucket, id, title,
        row_number() OVER (PARTITION BY bucket ORDER BY title, id) AS n,
        count(*) OVER (PARTITION BY bucket) AS total
      FROM buckets
    )
    SELECT bucket, id, title, total::int AS total FROM ranked WHERE n <= ${QUEUE_LIST_SIZE} ORDER BY bucket, n`;
  const queue = Object.fromEntries(QUEUE_BUCKETS.map((bucket) => [bucket, { total: 0, items: [] as { id: number; title: string }[] }])) as WorkQueue;
  for (const row of rows) {
    queue[row.bucket].total = row.total;
    queue[row.bucket].items.push({ id: row.id, title: row.title });
  }
  return queue;
}
