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
 * status at the month's end.
 *
 * Each status change holds from its effective date until the pledge's next change, so it adds +1
 * to its status in its first month and −1 in the month the next change takes over; a running sum
 * over months turns those deltas into counts. The deltas are summed per month, status, kind and
 * archived flag in "StatusMonthDelta", kept current by triggers as the history grows (migration
 * 20261202090000_dashboard_summaries, function status_history_deltas), so this reads a few
 * hundred rows whatever the size of the history. Deltas before the first talk's month are counted
 * in that month, and deltas after this month are not counted yet. The result is the same as
 * rebuilding the counts from the history (lib/stats/status-over-time.test.ts proves it on random
 * histories against that query).
 */
export async function getStatusOverTime(today: Date, db: PrismaClient = getPrisma()): Promise<StatusOverTimeRow[]> {
  const rows = await db.$queryRaw<{ month: string; status: string; count: number }[]>`
    WITH bounds AS (
      SELECT date_trunc('month', min(t."heldOn"))::date AS first_month,
             date_trunc('month', ${toIsoDate(today)}::date)::date AS last_month
      FROM "Talk" t
    ),
    monthly AS (
      SELECT greatest(d.month, b.first_month) AS month, d.status, sum(d.delta) AS delta
      FROM "StatusMonthDelta" d, bounds b
      WHERE ${countedSql("d")}
      GROUP BY 1, 2
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
