import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { COUNTED_WHERE } from "@/lib/commitments/rules";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { getStatusOverTime } from "./status-over-time";

/** The obvious (slow) definition: for each month's end, each pledge's latest change on or before it. */
async function referenceCounts(db: PrismaClient, today: Date) {
  const changes = await db.statusChange.findMany({
    where: { commitment: COUNTED_WHERE },
    select: { commitmentId: true, toStatus: true, effectiveOn: true, id: true },
    orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
  });
  const firstTalk = await db.talk.findFirstOrThrow({ orderBy: { heldOn: "asc" }, select: { heldOn: true } });
  const result = new Map<string, Record<string, number>>();
  let year = firstTalk.heldOn.getUTCFullYear();
  let month = firstTalk.heldOn.getUTCMonth();
  while (year < today.getUTCFullYear() || (year === today.getUTCFullYear() && month <= today.getUTCMonth())) {
    const monthEnd = new Date(Date.UTC(year, month + 1, 0));
    const latest = new Map<number, string>();
    for (const change of changes) if (change.effectiveOn <= monthEnd) latest.set(change.commitmentId, change.toStatus);
    const counts: Record<string, number> = {};
    for (const status of latest.values()) counts[status] = (counts[status] ?? 0) + 1;
    result.set(toIsoDate(monthEnd).slice(0, 7), counts);
    month++;
    if (month === 12) [year, month] = [year + 1, 0];
  }
  return result;
}

function nonZero(row: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => key !== "month" && value !== 0));
}

describe("getStatusOverTime on the seeded data", () => {
  const db = createPrismaClient(inject("databaseUrl"));
  afterAll(() => db.$disconnect());

  it("matches the month-by-month definition for every month since the first talk", async () => {
    const today = parseIsoDate("2026-11-23");
    const rows = await getStatusOverTime(today, db);
    const reference = await referenceCounts(db, today);
    expect(rows[0]!.month).toBe("2020-05");
    expect(rows.at(-1)!.month).toBe("2026-11");
    expect(rows.map((row) => row.month)).toEqual([...reference.keys()]);
    for (const row of rows) expect(nonZero({ ...row }), row.month).toEqual(reference.get(row.month));
  });
});

describe("getStatusOverTime edge cases", () => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase("over-time");
    db = createPrismaClient(database.url);
    const category = await db.category.create({ data: { slug: "trade", name: "Trade", description: "x" } });
    await db.talk.create({ data: { slug: "t", title: "T", heldOn: parseIsoDate("2024-01-15"), format: "MEETING", participants: "A – B", publisher: "P", text: "x" } });
    const pledge = (slug: string, archived = false) =>
      db.commitment.create({ data: { slug, title: slug, description: "x", categoryId: category.id, committedBy: "BOTH", firmness: "AGREEMENT", archived } });
    const change = (commitmentId: number, toStatus: "ANNOUNCED" | "IN_PROGRESS" | "FULFILLED" | "STALLED", day: string) =>
      db.statusChange.create({ data: { commitmentId, toStatus, effectiveOn: parseIsoDate(day), note: "n" } });
    const a = await pledge("a");
    await change(a.id, "ANNOUNCED", "2024-01-15");
    await change(a.id, "IN_PROGRESS", "2024-03-31"); // the month's last day counts for March
    await change(a.id, "STALLED", "2024-04-10");
    await change(a.id, "FULFILLED", "2024-04-10"); // same day, recorded later: it is the one that holds
    const b = await pledge("b");
    await change(b.id, "ANNOUNCED", "2024-02-01");
    await change(b.id, "FULFILLED", "2024-05-01");
    await change(b.id, "STALLED", "2024-05-20"); // superseded within May: May ends STALLED
    const archived = await pledge("gone", true);
    await change(archived.id, "ANNOUNCED", "2024-01-15");
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.dispose();
  });

  it("counts each pledge once per month in the status it had at the month's end", async () => {
    const rows = (await getStatusOverTime(parseIsoDate("2024-06-03"), db)).map((row) => ({ month: row.month, ...nonZero({ ...row }) }));
    expect(rows).toEqual([
      { month: "2024-01", ANNOUNCED: 1 },
      { month: "2024-02", ANNOUNCED: 2 },
      { month: "2024-03", ANNOUNCED: 1, IN_PROGRESS: 1 },
      { month: "2024-04", ANNOUNCED: 1, FULFILLED: 1 },
      { month: "2024-05", FULFILLED: 1, STALLED: 1 },
      { month: "2024-06", FULFILLED: 1, STALLED: 1 },
    ]);
  });

  it("has every status as a column, zero when empty", async () => {
    const [first] = await getStatusOverTime(parseIsoDate("2024-01-31"), db);
    expect(first).toEqual({ month: "2024-01", ANNOUNCED: 1, IN_PROGRESS: 0, PARTIALLY_FULFILLED: 0, FULFILLED: 0, STALLED: 0, NOT_FULFILLED: 0 });
  });
});
