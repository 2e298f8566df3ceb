import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { pivotByStatus, type StatusCounts } from "./status-counts";
import { countedSql } from "@/lib/commitments/rules";

export interface StatusOverTimeRow extends StatusCounts {
  /** YYYY-MM; the counts are as of the last day of that month. */
  month: string;
}

/**
 * For every month from the first talk's to today's, how many counted commitments stood in each
 * status at the month's end, rebuilt from the status history.
 *
 * Why this shape: a "latest change per pledge per month" join is months × changes and would not
 * scale to 500,000 changes. Instead each change becomes an interval [effectiveOn, next change's
 * effectiveOn) found with one `lead()` pass over the (commitmentId, effectiveOn, id) index; an
 * interval adds +1 to its status from its first month and −1 from the month the next change takes
 * over, and a running sum over months turns those deltas into counts. The work is one sort of the
 * history plus months × statuses, whatever the number of pledges. Changes superseded on the same
 * day never hold at a month's end and cancel out; pledges with no history are not counted.
 */
export async function getStatusOverTime(today: Date, db: PrismaClient = getPrisma()): Promise<StatusOverTimeRow[]> {
  const rows = await db.$queryRaw<{ month: string; status: string; count: number }[]>`
    WITH intervals AS (
      SELECT sc."toStatus" AS status, sc."effectiveOn" AS valid_from,
             lead(sc."effectiveOn") OVER (PARTITION BY sc."commitmentId" ORDER BY sc."effectiveOn", sc.id) AS valid_to
      FROM "StatusChange" sc
      JOIN "Commitment" c ON c.id = sc."commitmentId"
      WHERE ${countedSql("c")}
    ),
    bounds AS (
      SELECT date_trunc('month', min(t."heldOn"))::date AS first_month,
             date_trunc('month', ${toIsoDate(today)}::date)::date AS last_month
      FROM "Talk" t
    ),
    deltas AS (
      SELECT greatest(date_trunc('month', valid_from)::date, b.first_month) AS month, status, 1 AS delta
      FROM intervals, bounds b
      WHERE valid_to IS NULL OR valid_to > valid_from
      UNION ALL
      SELECT greatest(date_trunc('month', valid_to)::date, b.first_month), status, -1
      FROM intervals, bounds b
      WHERE valid_to > valid_from
    ),
    monthly AS (
      SELECT month, status, sum(delta) AS delta FROM deltas GROUP BY month, status
    ),
    grid AS (
      SELECT m::date AS month, s.status
      FROM bounds b,
           generate_series(b.first_month, b.last_month, interval '1 month') AS m,
           unnest(enum_range(NULL::"CommitmentStatus")) AS s(status)
    )
    SELECT to_char(g.month, 'YYYY-MM') AS month, g.status::text AS status,
           (sum(coalesce(d.delta, 0)) OVER (PARTITION BY g.status ORDER BY g.month))::int AS count
    FROM grid g
    LEFT JOIN monthly d ON d.month = g.month AND d.status = g.status
    ORDER BY g.month`;
  const months = [...new Set(rows.map((row) => row.month))];
  const pivot = pivotByStatus(months, rows.map((row) => ({ key: row.month, status: row.status, count: row.count })));
  return months.map((month) => ({ month, ...pivot.get(month)! }));
}
