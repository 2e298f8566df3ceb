// The dashboard's summaries (migration 20261202090000_dashboard_summaries) must give the same
// figures as counting the pledges and replaying the history, after ANY sequence of writes. Random
// writes through every kind of path (record_status_change, multi-row INSERTs like the bulk loader
// and data:import, back-dated and same-day changes, archiving and restoring, kind changes between
// commitment and statement, quotes added and removed, pledges created and deleted), then every
// figure is compared with its definition computed from the base tables.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACTOR } from "@/lib/audit";
import { COUNTED_WHERE, countedSql, overdueWhere } from "@/lib/commitments/rules";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { loadMigrationList, MIGRATIONS_DIR, NO_FILTERS, openSchemaEngine } from "@/lib/db/schema-engine";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { appendStatusChange } from "@/lib/status-history/append";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { loadSeed } from "@/seed/load";
import { readSeedData } from "@/seed/read-data";
import { getHeadlineFigures } from "./headline";
import { getPledgesPerTalk } from "./pledges-per-talk";
import { getStatusBreakdown } from "./status-breakdown";
import { getStatusByCategory } from "./status-by-category";
import { getStatusBySide } from "./status-by-side";
import { pivotByStatus } from "./status-counts";
import { getStatusOverTime } from "./status-over-time";
import { createRandom } from "@/bench/random";

/**
 * The reference: status over time rebuilt from the whole history (the chart's query before the
 * summaries). Each change holds from its effective date to the pledge's next change; +1 in its
 * first month, −1 in the month the next change takes over, a running sum over the months.
 */
async function statusOverTimeFromHistory(db: PrismaClient, today: Date) {
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

/** The other figures counted straight from "Commitment" and "Quote" (the queries before the summaries). */
async function figuresFromBaseTables(db: PrismaClient, today: Date) {
  const [groups, overdue, notYetReviewed, reviewedNoProgress, statements, perTalk] = await Promise.all([
    db.commitment.groupBy({ by: ["categoryId", "committedBy", "status"], where: COUNTED_WHERE, _count: { _all: true } }),
    db.commitment.count({ where: { ...COUNTED_WHERE, ...overdueWhere(today) } }),
    db.commitment.count({ where: { ...COUNTED_WHERE, reviewedOn: null } }),
    db.commitment.count({ where: { ...COUNTED_WHERE, status: "ANNOUNCED", reviewedOn: { not: null } } }),
    db.commitment.count({ where: { archived: false, kind: "STATEMENT" } }),
    db.$queryRaw<{ talkId: number; title: string; heldOn: string; count: number }[]>`
      SELECT t.id AS "talkId", t.title, to_char(t."heldOn", 'YYYY-MM-DD') AS "heldOn", count(DISTINCT c.id)::int AS count
      FROM "Talk" t
      LEFT JOIN "Quote" q ON q."talkId" = t.id
      LEFT JOIN "Commitment" c ON c.id = q."commitmentId" AND ${countedSql("c")}
      GROUP BY t.id
      ORDER BY count DESC, t."heldOn" DESC, t.id`,
  ]);
  const byStatus = (filter: (group: (typeof groups)[number]) => boolean) =>
    Object.fromEntries(STATUS_ORDER.map((status) => [status, groups.filter((g) => g.status === status && filter(g)).reduce((sum, g) => sum + g._count._all, 0)]));
  return { byStatus, overdue, notYetReviewed, reviewedNoProgress, statements, perTalk, categoryIds: [...new Set(groups.map((g) => g.categoryId))] };
}

/** The bench's seeded generator (a failing sequence replays from its seed), counted from zero. */
function generator(seed: number) {
  const random = createRandom(seed);
  return { next: random.next, int: (n: number) => random.int(0, n - 1), pick: random.pick };
}

const day = (iso: string, plusDays: number) => toIsoDate(new Date(parseIsoDate(iso).getTime() + plusDays * 86_400_000));

async function expectSummariesExact(db: PrismaClient, label: string) {
  for (const todayIso of ["2024-06-15", "2025-02-01", "2025-02-28"]) {
    const today = parseIsoDate(todayIso);
    expect(await getStatusOverTime(today, db), `${label}: status over time, today ${todayIso}`).toEqual(await statusOverTimeFromHistory(db, today));
    const [reference, headline, breakdown, byCategory, bySide, perTalk, categories] = await Promise.all([
      figuresFromBaseTables(db, today),
      getHeadlineFigures(today, db),
      getStatusBreakdown(db),
      getStatusByCategory(db),
      getStatusBySide(db),
      getPledgesPerTalk(db),
      db.category.findMany({ select: { id: true, slug: true } }),
    ]);
    const all = reference.byStatus(() => true);
    expect(breakdown, label).toEqual(STATUS_ORDER.map((status) => ({ status, count: all[status] })));
    expect(
      { tracked: headline.tracked, announced: headline.announced, fulfilled: headline.fulfilled, overdue: headline.overdue, notYetReviewed: headline.notYetReviewed, reviewedNoProgress: headline.reviewedNoProgress, statements: headline.statements },
      `${label}: headline, today ${todayIso}`,
    ).toEqual({
      tracked: Object.values(all).reduce((a, b) => a + b, 0), announced: all.ANNOUNCED, fulfilled: all.FULFILLED, overdue: reference.overdue,
      notYetReviewed: reference.notYetReviewed, reviewedNoProgress: reference.reviewedNoProgress, statements: reference.statements,
    });
    for (const row of bySide) expect({ ...row }, label).toEqual({ side: row.side, ...reference.byStatus((g) => g.committedBy === row.side) });
    for (const row of byCategory) {
      const id = categories.find((category) => category.slug === row.category)!.id;
      expect({ ...row, name: undefined }, label).toEqual({ category: row.category, name: undefined, ...reference.byStatus((g) => g.categoryId === id) });
    }
    expect(perTalk, label).toEqual(reference.perTalk);
  }
}

describe("dashboard summaries equal the figures computed from the base tables", () => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase("summaries");
    db = createPrismaClient(database.url);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.dispose();
  });

  it.each([1, 2, 3, 4])("after a random sequence of writes (seed %i)", async (seed) => {
    const random = generator(seed);
    const run = `s${seed}`;
    const categories = await Promise.all([1, 2, 3].map((n) => db.category.create({ data: { slug: `${run}-c${n}`, name: `C${n}`, description: "x" } })));
    // Talks from 2024-01: history before the first talk's month is counted in that month.
    const talks = await Promise.all(
      ["2024-01-15", "2024-03-02", "2024-09-30"].map((heldOn, n) =>
        db.talk.create({ data: { slug: `${run}-t${n}`, title: `T${n}`, heldOn: parseIsoDate(heldOn), format: "MEETING", participants: "A – B", publisher: "P", text: "x".repeat(400) } }),
      ),
    );
    let quoteOffset = 0;
    let pledgeNumber = 0;
    const newPledge = () =>
      db.commitment.create({
        data: {
          slug: `${run}-p${pledgeNumber++}`, title: "P", description: "d", categoryId: random.pick(categories).id,
          committedBy: random.pick(["CHINA", "VIETNAM", "BOTH"] as const), firmness: "AGREEMENT",
          kind: random.next() < 0.25 ? "STATEMENT" : "COMMITMENT", archived: random.next() < 0.15,
          ...(random.next() < 0.7 ? { deadline: parseIsoDate(day("2024-01-01", random.int(500))), deadlinePrecision: "DAY" as const } : {}),
          ...(random.next() < 0.5 ? { reviewedOn: parseIsoDate("2024-05-01") } : {}),
          quotes: { create: Array.from({ length: random.int(3) }, () => ({ talkId: random.pick(talks).id, text: "q", startOffset: quoteOffset, endOffset: ++quoteOffset })) },
        },
        select: { id: true },
      });
    const pledges: number[] = [];
    for (let n = 0; n < 12; n++) pledges.push((await newPledge()).id);
    const statuses = STATUS_ORDER as readonly CommitmentStatus[];
    // Dates from before the first talk to after "today": back-dated, future and same-day changes.
    const randomDay = async (id: number) => {
      if (random.next() < 0.3) {
        const existing = await db.statusChange.findFirst({ where: { commitmentId: id }, orderBy: { id: "desc" }, select: { effectiveOn: true } });
        if (existing) return existing.effectiveOn; // the same day as an earlier change
      }
      return parseIsoDate(day("2023-11-20", random.int(480)));
    };

    for (let step = 0; step < 90; step++) {
      const id = random.pick(pledges);
      const op = random.int(10);
      if (op <= 2) {
        await appendStatusChange(db, SEED_ACTOR, { commitmentId: id, toStatus: random.pick(statuses), effectiveOn: await randomDay(id), note: "n" }, { ownTransaction: true });
      } else if (op === 3) {
        // Several changes in one statement, some to one pledge on one day, as the loaders write them.
        const rows = await Promise.all(Array.from({ length: 1 + random.int(6) }, async () => {
          const target = random.next() < 0.5 ? id : random.pick(pledges);
          return { commitmentId: target, toStatus: random.pick(statuses), effectiveOn: toIsoDate(await randomDay(target)) };
        }));
        await db.$executeRaw`INSERT INTO "StatusChange" ("commitmentId", "toStatus", "effectiveOn", note)
          SELECT c, s::"CommitmentStatus", e::date, 'bulk' FROM unnest(${rows.map((r) => r.commitmentId)}::int[], ${rows.map((r) => r.toStatus)}::text[], ${rows.map((r) => r.effectiveOn)}::text[]) AS x(c, s, e)`;
      } else if (op === 4) {
        await db.commitment.update({ where: { id }, data: { archived: random.next() < 0.5 } });
      } else if (op === 5) {
        // Kind changes, several pledges in one statement.
        const ids = pledges.filter(() => random.next() < 0.3);
        await db.commitment.updateMany({ where: { id: { in: ids } }, data: { kind: random.next() < 0.5 ? "STATEMENT" : "COMMITMENT" } });
      } else if (op === 6) {
        await db.commitment.update({
          where: { id },
          data: {
            status: random.pick(statuses), categoryId: random.pick(categories).id, committedBy: random.pick(["CHINA", "VIETNAM", "BOTH"] as const),
            reviewedOn: random.next() < 0.5 ? null : parseIsoDate("2024-07-01"),
            ...(random.next() < 0.5 ? { deadline: null, deadlinePrecision: null } : { deadline: parseIsoDate(day("2024-01-01", random.int(500))), deadlinePrecision: "DAY" }),
          },
        });
      } else if (op === 7) {
        if (random.next() < 0.5) await db.quote.create({ data: { commitmentId: id, talkId: random.pick(talks).id, text: "q", startOffset: quoteOffset, endOffset: ++quoteOffset } });
        else {
          const quote = await db.quote.findFirst({ where: { commitmentId: id }, select: { id: true } });
          if (quote) await db.quote.delete({ where: { id: quote.id } });
        }
      } else if (op === 8) {
        // A status change and a kind/archive change in one transaction.
        const effectiveOn = await randomDay(id);
        await db.$transaction(async (tx) => {
          await appendStatusChange(tx, SEED_ACTOR, { commitmentId: id, toStatus: random.pick(statuses), effectiveOn, note: "n" });
          await tx.commitment.update({ where: { id }, data: random.next() < 0.5 ? { archived: random.next() < 0.5 } : { kind: random.pick(["COMMITMENT", "STATEMENT"] as const) } });
        });
      } else {
        // A new pledge, or a pledge without history deleted (its quotes go with it).
        const fresh = (await newPledge()).id;
        if (random.next() < 0.5) await db.commitment.delete({ where: { id: fresh } });
        else pledges.push(fresh);
      }
      if (step % 30 === 29) await expectSummariesExact(db, `seed ${seed}, step ${step}`);
    }
  });
});

describe("the migration that adds the summaries", () => {
  it("fills them from a database that already has pledges, quotes and history", async () => {
    const database = await createTestDatabase("summaries-backfill", { migrate: false });
    const db = createPrismaClient(database.url);
    const before = mkdtempSync(join(tmpdir(), "migrations-"));
    try {
      // The history up to the migration before the summaries, then the seed, then the rest.
      for (const name of readdirSync(MIGRATIONS_DIR)) if (name < "20261202090000") cpSync(join(MIGRATIONS_DIR, name), join(before, name), { recursive: true });
      const engine = await openSchemaEngine(database.url);
      try {
        await engine.applyMigrations({ migrationsList: loadMigrationList(before), filters: NO_FILTERS });
      } finally {
        engine.free();
      }
      await loadSeed(db, readSeedData(), { indicators: false }); // their tables come later
      expect(await applyMigrations(database.url)).toContain("20261202090000_dashboard_summaries");
      expect(await db.statusMonthDelta.count()).toBeGreaterThan(0);
      await expectSummariesExact(db, "after the migration");
    } finally {
      rmSync(before, { recursive: true, force: true });
      await db.$disconnect();
      await database.dispose();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("concurrent writers on the PostgreSQL server", () => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase("summaries-concurrent");
    db = createPrismaClient(database.url);
    const category = await db.category.create({ data: { slug: "c", name: "C", description: "x" } });
    await db.talk.create({ data: { slug: "t", title: "T", heldOn: parseIsoDate("2024-01-15"), format: "MEETING", participants: "A – B", publisher: "P", text: "x" } });
    for (let n = 0; n < 20; n++) {
      await db.commitment.create({ data: { slug: `p${n}`, title: "P", description: "d", categoryId: category.id, committedBy: "BOTH", firmness: "AGREEMENT" } });
    }
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.dispose();
  });

  it("does not make one writer wait for another's commit, and stays exact", async () => {
    const [a, b] = await db.commitment.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
    const first = new pg.Client({ connectionString: database.url });
    const second = new pg.Client({ connectionString: database.url });
    await Promise.all([first.connect(), second.connect()]);
    try {
      const record = (client: pg.Client, id: number) =>
        client.query(`SELECT outcome FROM "record_status_change"($1, NULL, 'IN_PROGRESS', '2024-06-01', 'n', '{}', NULL, 'seed', NULL, NULL)`, [id]);
      // Both changes move the same summary rows (June 2024, ANNOUNCED → IN_PROGRESS, same category
      // and side); with one row per key the second would wait for the first's commit and time out.
      await first.query("BEGIN");
      expect((await record(first, a!.id)).rows[0].outcome).toBe("recorded");
      await second.query("BEGIN");
      await second.query("SET LOCAL lock_timeout = '2s'");
      expect((await record(second, b!.id)).rows[0].outcome).toBe("recorded");
      await second.query("COMMIT");
      await first.query("COMMIT");
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    const pledges = await db.commitment.findMany({ select: { id: true } });
    await Promise.all(
      pledges.flatMap(({ id }, n) =>
        [0, 1, 2].map((k) =>
          appendStatusChange(db, SEED_ACTOR, { commitmentId: id, toStatus: STATUS_ORDER[(n + k) % 6]!, effectiveOn: parseIsoDate(day("2024-05-20", k * 7)), note: "n" }, { ownTransaction: true }),
        ),
      ),
    );
    await expectSummariesExact(db, "after concurrent writers");
  });
});
