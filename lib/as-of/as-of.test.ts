// The as-of view against its definition: for several dates, every figure, list, page and export
// is recomputed from the status-history CSV export (and the pledge export for each pledge's
// category, side, kind and deadline) and must agree exactly. The seed is made harder first: random
// entries for every pledge, back-dated and forward, same-day ties, entries recorded long after they
// took effect, pledges with no history and an archived one.
import { NextRequest } from "next/server";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRandom } from "@/bench/random";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { getCommitmentBySlug } from "@/lib/commitments/queries";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate, toIsoDate, todayUtc } from "@/lib/dates";
import { closeCopyPool } from "@/lib/exports/copy-pool";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { loadSeed } from "@/seed/load";
import { GET as commitmentsCsv } from "@/app/api/export/commitments.csv/route";
import { GET as historyCsv } from "@/app/api/export/status-history.csv/route";
import { GET as evidenceCsv } from "@/app/api/export/evidence.csv/route";
import { GET as listApi } from "@/app/api/commitments/route";
import { getDashboardDataAsOf, getStatusOverTimeAsOf } from "./dashboard";
import { commitmentAsOf, listCommitmentsAsOf } from "./reads";
import type { Snapshot } from "./snapshot";

let database: TestDatabase;
let db: PrismaClient;
const previousUrl = process.env.DATABASE_URL;

const TODAY = toIsoDate(todayUtc());
const DATES = ["2020-05-28", "2020-05-29", "2020-09-30", "2021-02-08", "2022-12-31", "2024-02-29", "2024-06-15", "2025-10-29", TODAY];

beforeAll(async () => {
  database = await createTestDatabase("as_of");
  process.env.DATABASE_URL = database.url; // the routes and reads under test use the app's client
  db = createPrismaClient(database.url);
  await loadSeed(db);
  const random = createRandom(14);
  const pledges = await db.commitment.findMany({ select: { id: true, statusChanges: { select: { effectiveOn: true }, orderBy: { effectiveOn: "asc" }, take: 1 } } });
  const day = (from: Date, spanDays: number) => new Date(from.getTime() + random.int(0, spanDays) * 86_400_000);
  const rows: { commitmentId: number; toStatus: CommitmentStatus; effectiveOn: Date; recordedAt: Date; note: string }[] = [];
  for (const pledge of pledges) {
    const first = pledge.statusChanges[0]!.effectiveOn;
    const span = Math.floor((Date.parse("2026-11-30") - first.getTime()) / 86_400_000);
    for (let n = random.int(0, 6); n > 0; n--) {
      const effectiveOn = day(first, span);
      // Mostly recorded within weeks, some years later (back-dated), a few before they take effect.
      const lag = random.chance(0.2) ? random.int(300, 1500) : random.chance(0.1) ? -random.int(1, 20) : random.int(0, 40);
      const recordedAt = new Date(Math.min(effectiveOn.getTime() + lag * 86_400_000 + random.int(0, 86_399) * 1000, Date.now() - 60_000));
      rows.push({ commitmentId: pledge.id, toStatus: random.pick(STATUS_ORDER), effectiveOn, recordedAt, note: "random" });
      if (random.chance(0.15)) rows.push({ commitmentId: pledge.id, toStatus: random.pick(STATUS_ORDER), effectiveOn, recordedAt, note: "same day" });
    }
  }
  await db.statusChange.createMany({ data: rows });
  // Before the first talk: the earliest months still count it (in the first talk's month).
  await db.statusChange.create({ data: { commitmentId: pledges[0]!.id, toStatus: "STALLED", effectiveOn: parseIsoDate("2019-12-01"), note: "early" } });
  // A pledge with no status history is in no as-of view; an archived one is in none either.
  const category = await db.category.findFirstOrThrow();
  await db.commitment.create({ data: { slug: "no-history", title: "No history", description: "d", categoryId: category.id, committedBy: "CHINA", firmness: "FIRM_PLEDGE" } });
  await db.commitment.update({ where: { id: pledges[1]!.id }, data: { archived: true } });
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await closeCopyPool();
  const global = globalThis as unknown as { prisma?: PrismaClient };
  await global.prisma?.$disconnect();
  global.prisma = undefined;
  process.env.DATABASE_URL = previousUrl;
  await database?.dispose();
});

const csv = async (response: Response) => parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
const request = (path: string) => new NextRequest(`http://localhost${path}`);
const snapshotOf = (asOf: string, recordedBy: string | null = null): Snapshot => ({ asOf, recordedBy });

interface Pledge {
  kind: string;
  category: string;
  side: string;
  deadline: string;
}

/** Each public pledge's attributes, from the pledge export (commitments and statements). */
async function pledgesFromExport(): Promise<Map<string, Pledge>> {
  const rows = await csv(await commitmentsCsv(request("/api/export/commitments.csv?kind=all")));
  return new Map(rows.map((row) => [row.slug!, { kind: row.kind!, category: row.category!, side: row.committed_by!, deadline: row.deadline! }]));
}

/** The status in effect on D (recorded by R) of every pledge, recomputed from the history export alone. */
function statusesFromHistory(history: Record<string, string>[], asOf: string, recordedBy: string | null = null) {
  const cutoff = recordedBy ? Date.parse(`${recordedBy}T00:00:00Z`) + 86_400_000 : Infinity;
  const latest = new Map<string, { status: CommitmentStatus; effectiveOn: string; id: number }>();
  for (const row of history) {
    if (row.effective_on! > asOf || Date.parse(row.recorded_at!) >= cutoff) continue;
    const id = Number(row.change_id);
    const best = latest.get(row.commitment_slug!);
    if (!best || row.effective_on! > best.effectiveOn || (row.effective_on === best.effectiveOn && id > best.id)) {
      latest.set(row.commitment_slug!, { status: row.to_status as CommitmentStatus, effectiveOn: row.effective_on!, id });
    }
  }
  return latest;
}

const countBy = <T,>(items: Iterable<T>, key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
const nonZero = (row: object) => Object.fromEntries(Object.entries(row).filter(([key, value]) => (STATUS_ORDER as readonly string[]).includes(key) && value !== 0));
const monthEnd = (month: string) => toIsoDate(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)));

describe("as-of figures equal a recomputation from the status-history export", () => {
  let history: Record<string, string>[];
  let pledges: Map<string, Pledge>;
  beforeAll(async () => {
    history = await csv(await historyCsv(request("/api/export/status-history.csv")));
    pledges = await pledgesFromExport();
    expect(history.length).toBeGreaterThan(150);
  });

  it.each(DATES)("the dashboard as of %s", async (asOf) => {
    const statuses = statusesFromHistory(history, asOf);
    const counted = [...statuses].filter(([slug]) => pledges.get(slug)?.kind === "commitment");
    const data = await getDashboardDataAsOf(snapshotOf(asOf), db);
    expect(data.asOf).toBe(asOf);
    expect(Object.fromEntries(data.statusBreakdown.filter((row) => row.count).map((row) => [row.status, row.count]))).toEqual(countBy(counted, ([, state]) => state.status));
    expect(data.headline.tracked).toBe(counted.length);
    expect(data.headline.fulfilled).toBe(counted.filter(([, state]) => state.status === "FULFILLED").length);
    expect(data.headline.statements).toBe([...statuses.keys()].filter((slug) => pledges.get(slug)?.kind === "statement").length);
    const overdue = counted.filter(([slug, state]) => pledges.get(slug)!.deadline !== "" && pledges.get(slug)!.deadline < asOf && state.status !== "FULFILLED");
    expect(data.headline.overdue).toBe(overdue.length);
    for (const row of data.statusByCategory) {
      const expected = countBy(counted.filter(([slug]) => pledges.get(slug)!.category === row.category), ([, state]) => state.status);
      expect(nonZero(row), row.category).toEqual(expected);
    }
    for (const row of data.statusBySide) {
      expect(nonZero(row), row.side).toEqual(countBy(counted.filter(([slug]) => pledges.get(slug)!.side === row.side), ([, state]) => state.status));
    }
    for (const row of data.deadlines) {
      expect(row.status).toBe(statuses.get(row.slug)!.status);
      expect(row.overdue).toBe(row.deadline < asOf);
    }
    expect(data.latestChanges.every((row) => row.effectiveOn <= asOf)).toBe(true);
    expect(data.pledgesPerTalk.every((row) => row.heldOn <= asOf)).toBe(true);
  });

  it.each(DATES)("status over time as of %s: every month's end, then the day itself", async (asOf) => {
    const [fast, slow] = await Promise.all([getStatusOverTimeAsOf(snapshotOf(asOf), db), getStatusOverTimeAsOf(snapshotOf(asOf), db, { fromHistory: true })]);
    expect(fast).toEqual(slow);
    expect(fast[0]!.month).toBe("2020-05");
    expect(fast.at(-1)!.month).toBe(asOf.slice(0, 7));
    for (const row of fast) {
      const end = row === fast.at(-1) ? asOf : monthEnd(row.month);
      const expected = countBy([...statusesFromHistory(history, end)].filter(([slug]) => pledges.get(slug)?.kind === "commitment"), ([, state]) => state.status);
      expect(nonZero(row), row.month).toEqual(expected);
    }
  });

  it.each(DATES)("the pledge list and its API as of %s", async (asOf) => {
    const statuses = statusesFromHistory(history, asOf);
    const all = await listCommitmentsAsOf(listParamsSchema.parse({ kind: "all", pageSize: 100 }), snapshotOf(asOf));
    expect(all.total).toBe(statuses.size);
    for (const status of STATUS_ORDER) {
      const expected = [...statuses].filter(([slug, state]) => state.status === status && pledges.get(slug)?.kind === "commitment").length;
      const body = await (await listApi(request(`/api/commitments?asOf=${asOf}&status=${status}&pageSize=100`))).json();
      expect(body.total, status).toBe(expected);
      expect(body.asOf).toBe(asOf);
      for (const item of body.items) expect(item.status).toBe(status);
    }
    const sorted = await listCommitmentsAsOf(listParamsSchema.parse({ kind: "all", pageSize: 100, sort: "-updated" }), snapshotOf(asOf));
    for (const item of sorted.items) expect(item.statusEffectiveOn && toIsoDate(item.statusEffectiveOn)).toBe(statuses.get(item.slug)!.effectiveOn);
  });

  it.each(DATES)("the CSV exports as of %s", async (asOf) => {
    const statuses = statusesFromHistory(history, asOf);
    const rows = await csv(await commitmentsCsv(request(`/api/export/commitments.csv?kind=all&asOf=${asOf}`)));
    expect(rows.map((row) => row.slug).sort()).toEqual([...statuses.keys()].sort());
    for (const row of rows) {
      expect(row.status, row.slug).toBe(statuses.get(row.slug!)!.status);
      expect(row.status_effective_on).toBe(statuses.get(row.slug!)!.effectiveOn);
      expect(row.overdue).toBe(String(row.kind === "commitment" && row.deadline !== "" && row.deadline! < asOf && row.status !== "FULFILLED"));
    }
    const historyThen = await csv(await historyCsv(request(`/api/export/status-history.csv?asOf=${asOf}`)));
    expect(historyThen).toEqual(history.filter((row) => row.effective_on! <= asOf));
    const evidence = await csv(await evidenceCsv(request(`/api/export/evidence.csv?asOf=${asOf}`)));
    for (const row of evidence) {
      expect(row.published_on! <= asOf).toBe(true);
      expect(statuses.has(row.commitment_slug!)).toBe(true);
    }
  });

  it("the pledge page as of each date: the same status as the SQL, or not yet made", async () => {
    const slugs = [...pledges.keys()].slice(0, 25);
    for (const asOf of DATES) {
      const statuses = statusesFromHistory(history, asOf);
      for (const slug of slugs) {
        const then = commitmentAsOf((await getCommitmentBySlug(slug))!, snapshotOf(asOf));
        expect(then?.status ?? null, `${slug} ${asOf}`).toBe(statuses.get(slug)?.status ?? null);
        if (then) {
          expect(then.statusChanges.every((change) => toIsoDate(change.effectiveOn) <= asOf)).toBe(true);
          expect(then.quotes.every((quote) => toIsoDate(quote.talk.heldOn) <= asOf)).toBe(true);
          expect(then.evidence.every((item) => toIsoDate(item.publishedOn) <= asOf)).toBe(true);
        }
      }
    }
  });

  it("names the download after its date", async () => {
    const response = await historyCsv(request("/api/export/status-history.csv?asOf=2024-02-29"));
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="status-history-as-of-2024-02-29.csv"');
    await response.text();
  });
});

describe("bad dates", () => {
  it.each(["asOf=2024-02-30", "asOf=24-01-01", "asOf=2024-1-1", "asOf=9999-01-01", "asOf=1800-01-01", "asOf=2024-01-01&asOf=2024-02-01", "recordedBy=yesterday", "asOf=%00"])(
    "%s is a 400 with a field error, on the API and every export",
    async (query) => {
      for (const [handler, path] of [
        [listApi, "/api/commitments"],
        [commitmentsCsv, "/api/export/commitments.csv"],
        [historyCsv, "/api/export/status-history.csv"],
        [evidenceCsv, "/api/export/evidence.csv"],
      ] as const) {
        const response = await handler(request(`${path}?${query}`));
        expect(response.status, path).toBe(400);
        const body = await response.json();
        expect(body.error.code).toBe("bad_request");
        expect(Object.keys(body.error.fieldErrors)).toEqual([query.startsWith("asOf") ? "asOf" : "recordedBy"]);
      }
    },
  );

  it("an empty date is no date: today's record", async () => {
    const body = await (await listApi(request("/api/commitments?asOf=&pageSize=1"))).json();
    expect(body.asOf).toBeUndefined();
    expect(body.total).toBeGreaterThan(0);
  });
});
