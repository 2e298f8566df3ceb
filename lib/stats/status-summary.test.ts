import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { STATUS_ORDER } from "@/lib/commitments/status";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { loadSeed } from "@/seed/load";
import { computeStatusOverTime, getStatusOverTime } from "./status-over-time";

// The summary the chart reads (kept by triggers) against the chart rebuilt from the whole history,
// after every kind of write: new and back-dated changes, same-day changes, bulk inserts,
// archive/restore and kind edits, on a seeded database.
describe("StatusMonthSummary", () => {
  let database: TestDatabase;
  let db: PrismaClient;
  const today = parseIsoDate("2026-11-23");
  let seed = 13;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const randomDay = () => toIsoDate(new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 8 * 365) * 86_400_000));

  beforeAll(async () => {
    database = await createTestDatabase("summary");
    db = createPrismaClient(database.url);
    await loadSeed(db);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.dispose();
  });

  const expectExact = async (step: string) => expect(await getStatusOverTime(today, db), step).toEqual(await computeStatusOverTime(today, db));

  it("equals the from-scratch computation on the seed", async () => {
    expect((await getStatusOverTime(today, db)).some((row) => row.FULFILLED + row.IN_PROGRESS > 0)).toBe(true);
    await expectExact("seed");
  });

  it("stays exact through random writes, back-dated changes, archive/restore and kind edits", async () => {
    const ids = (await db.commitment.findMany({ select: { id: true } })).map((row) => row.id);
    for (let step = 0; step < 60; step++) {
      const id = pick(ids);
      const action = pick(["change", "change", "sameDay", "bulk", "archive", "kind"] as const);
      if (action === "change") {
        await db.statusChange.create({ data: { commitmentId: id, toStatus: pick(STATUS_ORDER), effectiveOn: parseIsoDate(randomDay()), note: "n" } });
      } else if (action === "sameDay") {
        const last = await db.statusChange.findFirst({ where: { commitmentId: id }, orderBy: { id: "desc" }, select: { effectiveOn: true } });
        await db.statusChange.create({ data: { commitmentId: id, toStatus: pick(STATUS_ORDER), effectiveOn: last?.effectiveOn ?? today, note: "n" } });
      } else if (action === "bulk") {
        await db.statusChange.createMany({
          data: Array.from({ length: 5 }, () => ({ commitmentId: pick(ids), toStatus: pick(STATUS_ORDER), effectiveOn: parseIsoDate(randomDay()), note: "n" })),
        });
      } else if (action === "archive") {
        const { archived } = await db.commitment.findUniqueOrThrow({ where: { id }, select: { archived: true } });
        await db.commitment.update({ where: { id }, data: { archived: !archived } });
      } else {
        const { kind } = await db.commitment.findUniqueOrThrow({ where: { id }, select: { kind: true } });
        await db.commitment.update({ where: { id }, data: { kind: kind === "COMMITMENT" ? "STATEMENT" : "COMMITMENT" } });
      }
      await expectExact(`step ${step}: ${action} on ${id}`);
    }
  });

  it("rolls back with the write that failed", async () => {
    const before = await getStatusOverTime(today, db);
    const id = (await db.commitment.findFirstOrThrow({ where: { archived: false, kind: "COMMITMENT" }, select: { id: true } })).id;
    await expect(
      db.$transaction(async (tx) => {
        await tx.statusChange.create({ data: { commitmentId: id, toStatus: "FULFILLED", effectiveOn: parseIsoDate("2020-06-01"), note: "n" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await getStatusOverTime(today, db)).toEqual(before);
  });
});
