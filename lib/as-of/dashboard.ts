// The dashboard as it stood on a date (./snapshot.ts). Today's dashboard reads the trigger-kept
// summaries (lib/stats), which hold only the present; a past date is read from the history
// itself, every figure aggregated in SQL over the pledges made by then with the status in effect
// then (./sql.ts). One read of the pledges' groups feeds the headline and the three status charts,
// as on today's dashboard.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, CommittingSide, DatePrecision } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { COUNTED_WHERE, countedSql } from "@/lib/commitments/rules";
import { SIDES } from "@/lib/commitments/request";
import { STATUS_GROUPS, STATUS_ORDER } from "@/lib/commitments/status";
import type { DashboardData } from "@/lib/stats/dashboard";
import type { DeadlineRow } from "@/lib/stats/deadlines";
import type { HeadlineFigures } from "@/lib/stats/headline";
import type { LatestChangeRow } from "@/lib/stats/latest-changes";
import type { PledgesPerTalkRow } from "@/lib/stats/pledges-per-talk";
import { emptyStatusCounts, pivotByStatus, totalOf, type StatusCounts } from "@/lib/stats/status-counts";
import type { StatusOverTimeRow } from "@/lib/stats/status-over-time";
import { changeInSnapshotSql, commitmentsAsOfSql, statusInEffectSql } from "./sql";
import type { Snapshot } from "./snapshot";

interface Group {
  categoryId: number;
  committedBy: CommittingSide;
  kind: string;
  status: CommitmentStatus;
  count: number;
  overdue: number;
}

/** Public pledges made by D, by category, side, kind and the status in effect then. */
function readGroups(snapshot: Snapshot, db: PrismaClient) {
  return db.$queryRaw<Group[]>`
    SELECT c."categoryId", c."committedBy"::text AS "committedBy", c.kind::text AS kind, s.status::text AS status,
           count(*)::int AS count,
           (count(*) FILTER (WHERE c.deadline < ${snapshot.asOf}::date AND s.status <> 'FULFILLED'))::int AS overdue
    FROM "Commitment" c
    CROSS JOIN LATERAL ${statusInEffectSql(snapshot)} s
    WHERE NOT c.archived
    GROUP BY 1, 2, 3, 4`;
}

/**
 * The status-over-time chart up to D's month, whose last row is D itself: the same monthly deltas
 * as "StatusMonthDelta" (each entry +1 in its month, −1 in the month the pledge's next entry
 * takes over; migration 20261202090000, status_history_deltas), from the entries in the snapshot.
 */
function readStatusOverTimeFromHistory(snapshot: Snapshot, db: PrismaClient) {
  // Each entry's span is summed by (status, first month, month it ends) before the deltas are
  // spread: a few hundred groups instead of a row per entry (half the time at 500,000 entries).
  return db.$queryRaw<{ month: string; status: string; count: number }[]>`
    WITH bounds AS (
      SELECT date_trunc('month', min(t."heldOn"))::date AS first_month,
             date_trunc('month', ${snapshot.asOf}::date)::date AS last_month
      FROM "Talk" t
    ),
    spans AS (
      SELECT i.status, date_trunc('month', i.valid_from)::date AS m_from, date_trunc('month', i.valid_to)::date AS m_to, count(*)::int AS n
      FROM (
        SELECT sc."toStatus" AS status, sc."effectiveOn" AS valid_from,
               lead(sc."effectiveOn") OVER (PARTITION BY sc."commitmentId" ORDER BY sc."effectiveOn", sc.id) AS valid_to
        FROM "StatusChange" sc JOIN "Commitment" c ON c.id = sc."commitmentId"
        WHERE ${countedSql("c")} AND ${changeInSnapshotSql(snapshot)}
      ) i
      WHERE i.valid_to IS NULL OR i.valid_to > i.valid_from
      GROUP BY 1, 2, 3
    ),
    deltas AS (
      SELECT greatest(s.m_from, b.first_month) AS month, s.status, s.n AS delta FROM spans s, bounds b
      UNION ALL
      SELECT greatest(s.m_to, b.first_month), s.status, -s.n FROM spans s, bounds b WHERE s.m_to IS NOT NULL
    ),
    monthly AS (SELECT month, status, sum(delta) AS delta FROM deltas GROUP BY 1, 2),
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
}

/**
 * The same chart when every recorded entry counts (no recordedBy): the months before D's are
 * those of today's summary "StatusMonthDelta" (a month that ended before D depends only on
 * entries in effect before D), and D's own month is the status counts as of D. A few hundred
 * summary rows instead of the whole history; as-of.test.ts proves it equal to the history's.
 */
function readStatusOverTimeFromSummary(snapshot: Snapshot, db: PrismaClient) {
  return db.$queryRaw<{ month: string; status: string; count: number }[]>`
    WITH bounds AS (
      SELECT date_trunc('month', min(t."heldOn"))::date AS first_month,
             (date_trunc('month', ${snapshot.asOf}::date) - interval '1 month')::date AS last_month
      FROM "Talk" t
    ),
    monthly AS (
      SELECT greatest(d.month, b.first_month) AS month, d.status, sum(d.delta) AS delta
      FROM "StatusMonthDelta" d, bounds b
      WHERE ${countedSql("d")} AND d.month <= b.last_month
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
}

function pivotMonths(rows: { month: string; status: string; count: number }[]): StatusOverTimeRow[] {
  const months = [...new Set(rows.map((row) => row.month))];
  const pivot = pivotByStatus(months, rows.map((row) => ({ key: row.month, status: row.status, count: row.count })));
  return months.map((month) => ({ month, ...pivot.get(month)! }));
}

/** Status over time as of the snapshot (see the two readers above). */
export async function getStatusOverTimeAsOf(
  snapshot: Snapshot,
  db: PrismaClient = getPrisma(),
  { fromHistory = false, groups: givenGroups }: { fromHistory?: boolean; groups?: Promise<Group[]> } = {},
): Promise<StatusOverTimeRow[]> {
  if (fromHistory || snapshot.recordedBy) return pivotMonths(await readStatusOverTimeFromHistory(snapshot, db));
  const [before, groups, [bounds]] = await Promise.all([
    readStatusOverTimeFromSummary(snapshot, db),
    givenGroups ?? readGroups(snapshot, db),
    db.$queryRaw<{ first: string | null }[]>`SELECT to_char(min(t."heldOn"), 'YYYY-MM') AS first FROM "Talk" t`,
  ]);
  const month = snapshot.asOf.slice(0, 7);
  if (!bounds?.first || bounds.first > month) return [];
  const last: StatusOverTimeRow = { month, ...countsOf(groups.filter(isCounted)) };
  return [...pivotMonths(before), last];
}

const isCounted = (group: Group) => group.kind === COUNTED_WHERE.kind;

function countsOf(groups: readonly Group[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const group of groups) counts[group.status] += group.count;
  return counts;
}

/** Talks held by D, each with the counted pledges made by D that quote it. */
function readPledgesPerTalk(snapshot: Snapshot, db: PrismaClient) {
  return db.$queryRaw<PledgesPerTalkRow[]>`
    WITH made AS MATERIALIZED (
      SELECT c.id FROM ${commitmentsAsOfSql(snapshot)} c WHERE ${countedSql("c")}
    )
    SELECT t.id AS "talkId", t.title, to_char(t."heldOn", 'YYYY-MM-DD') AS "heldOn",
           count(DISTINCT made.id)::int AS count
    FROM "Talk" t
    LEFT JOIN "Quote" q ON q."talkId" = t.id
    LEFT JOIN made ON made.id = q."commitmentId"
    WHERE t."heldOn" <= ${snapshot.asOf}::date
    GROUP BY t.id
    ORDER BY count DESC, t."heldOn" DESC, t.id`;
}

/** Open pledges with a deadline, the nearest to D first: still ahead on D, then missed by D. */
async function readDeadlines(snapshot: Snapshot, db: PrismaClient, limit = 6): Promise<DeadlineRow[]> {
  const select = (overdue: boolean) => Prisma.sql`
    SELECT c.slug, c.title, c.status::text AS status, to_char(c.deadline, 'YYYY-MM-DD') AS deadline,
           c."deadlinePrecision"::text AS precision, ${Prisma.raw(overdue ? "true" : "false")} AS overdue
    FROM ${commitmentsAsOfSql(snapshot)} c
    WHERE ${countedSql("c")} AND c.status <> 'FULFILLED' AND c.deadline ${Prisma.raw(overdue ? "<" : ">=")} ${snapshot.asOf}::date
    ORDER BY c.deadline ${Prisma.raw(overdue ? "DESC" : "ASC")}, c.id LIMIT ${limit}`;
  const [upcoming, missed] = await Promise.all([db.$queryRaw<DeadlineRow[]>(select(false)), db.$queryRaw<DeadlineRow[]>(select(true))]);
  return [...upcoming, ...missed].slice(0, limit).map((row) => ({ ...row, precision: row.precision as DatePrecision | null }));
}

/**
 * The latest status changes in the snapshot, newest recorded first as on today's dashboard: with
 * recordedBy, the list as the dashboard showed it that day; with asOf alone, the entries in effect
 * by D, a back-dated one recorded since included (it is news about that period).
 */
function readLatestChanges(snapshot: Snapshot, db: PrismaClient, limit = 6) {
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
    WHERE ${countedSql("c")} AND sc."fromStatus" IS NOT NULL AND ${changeInSnapshotSql(snapshot)}
    ORDER BY sc."recordedAt" DESC, sc.id DESC
    LIMIT ${limit}`;
}

/**
 * The headline of an as-of view: as today's, but without the two review figures (null): whether a
 * pledge had been reviewed by a past date is not kept, only its latest review.
 */
export type AsOfHeadline = HeadlineFigures & { notYetReviewed: null; reviewedNoProgress: null };

export type AsOfDashboardData = DashboardData & { headline: AsOfHeadline; recordedBy: string | null };

/** Everything the dashboard shows, as it stood in the snapshot (same shape as today's, JSON-safe). */
export async function getDashboardDataAsOf(snapshot: Snapshot, db: PrismaClient = getPrisma()): Promise<AsOfDashboardData> {
  const groupsRead = readGroups(snapshot, db);
  const [groups, categories, statusOverTime, pledgesPerTalk, deadlines, latestChanges] = await Promise.all([
    groupsRead,
    db.$queryRaw<{ id: number; slug: string; name: string }[]>`SELECT id, slug, name FROM "Category" ORDER BY "sortOrder", slug`,
    getStatusOverTimeAsOf(snapshot, db, { groups: groupsRead }),
    readPledgesPerTalk(snapshot, db),
    readDeadlines(snapshot, db),
    readLatestChanges(snapshot, db),
  ]);
  const counted = groups.filter(isCounted);
  const counts = countsOf(counted);
  const sumOf = (statuses: readonly CommitmentStatus[]) => statuses.reduce((sum, status) => sum + counts[status], 0);
  const headline: AsOfHeadline = {
    tracked: totalOf(counts),
    fulfilled: counts.FULFILLED,
    inProgress: sumOf(STATUS_GROUPS.underWay),
    stalledOrNotFulfilled: sumOf(STATUS_GROUPS.wentWrong),
    announced: counts.ANNOUNCED,
    overdue: counted.reduce((sum, group) => sum + group.overdue, 0),
    notYetReviewed: null,
    reviewedNoProgress: null,
    statements: groups.filter((group) => !isCounted(group)).reduce((sum, group) => sum + group.count, 0),
  };
  const byCategory = pivotByStatus(categories.map((category) => String(category.id)), counted.map((group) => ({ key: String(group.categoryId), status: group.status, count: group.count })));
  const bySide = pivotByStatus(SIDES, counted.map((group) => ({ key: group.committedBy, status: group.status, count: group.count })));
  return {
    asOf: snapshot.asOf,
    recordedBy: snapshot.recordedBy,
    headline,
    statusBreakdown: STATUS_ORDER.map((status) => ({ status, count: counts[status] })),
    statusByCategory: categories.map((category) => ({ category: category.slug, name: category.name, ...byCategory.get(String(category.id))! })),
    statusBySide: SIDES.map((side) => ({ side, ...bySide.get(side)! })),
    statusOverTime,
    pledgesPerTalk,
    deadlines,
    latestChanges,
  };
}
