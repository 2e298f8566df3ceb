import { inject, afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { ConflictError } from "@/lib/errors";
import { appendStatusChange } from "./append";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "test" };
let commitmentId: number;

beforeAll(async () => {
  const category = await prisma.category.findFirstOrThrow();
  const created = await prisma.commitment.create({
    data: { slug: `history-test-${Date.now()}`, title: "History test", description: "x", categoryId: category.id, committedBy: "BOTH", firmness: "AGREEMENT" },
  });
  commitmentId = created.id;
  await prisma.$transaction((tx) =>
    appendStatusChange(tx, actor, { commitmentId, toStatus: "ANNOUNCED", effectiveOn: parseIsoDate("2022-01-01"), note: "made" }),
  );
});
afterAll(() => prisma.$disconnect());

const current = () =>
  prisma.commitment.findUniqueOrThrow({ where: { id: commitmentId }, select: { status: true, version: true, statusEffectiveOn: true } });

describe("appendStatusChange", () => {
  it("moves the current status and records from → to, with one audit row", async () => {
    const auditsBefore = await prisma.auditLog.count({ where: { entityType: "Commitment", entityId: String(commitmentId) } });
    await prisma.$transaction((tx) =>
      appendStatusChange(tx, actor, { commitmentId, toStatus: "IN_PROGRESS", effectiveOn: parseIsoDate("2023-05-01"), note: "work began" }),
    );
    expect(await current()).toMatchObject({ status: "IN_PROGRESS" });
    const last = await prisma.statusChange.findFirstOrThrow({ where: { commitmentId }, orderBy: { id: "desc" } });
    expect([last.fromStatus, last.toStatus]).toEqual(["ANNOUNCED", "IN_PROGRESS"]);
    expect(await prisma.auditLog.count({ where: { entityType: "Commitment", entityId: String(commitmentId) } })).toBe(auditsBefore + 1);
  });

  it("inserts a back-dated change into the past without changing the present", async () => {
    await prisma.$transaction((tx) =>
      appendStatusChange(tx, actor, { commitmentId, toStatus: "STALLED", effectiveOn: parseIsoDate("2022-06-01"), note: "paused" }),
    );
    const now = await current();
    expect(now.status).toBe("IN_PROGRESS");
    expect(now.statusEffectiveOn?.toISOString().slice(0, 10)).toBe("2023-05-01");
  });

  it("refuses a stale version as a conflict and writes nothing", async () => {
    const { version } = await current();
    const before = await prisma.statusChange.count({ where: { commitmentId } });
    await expect(
      prisma.$transaction((tx) =>
        appendStatusChange(tx, actor, { commitmentId, toStatus: "FULFILLED", effectiveOn: parseIsoDate("2024-01-01"), note: "done", expectedVersion: version - 1 }),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await prisma.statusChange.count({ where: { commitmentId } })).toBe(before);
    expect((await current()).version).toBe(version);
  });

  it("keeps the history and audit trail append-only at the database", async () => {
    await expect(prisma.$executeRaw`UPDATE "StatusChange" SET "note" = 'rewritten' WHERE "commitmentId" = ${commitmentId}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
  });
});

describe("a status change and its history entry", () => {
  it("commit together or not at all: when the pledge update fails after the history insert, neither is kept", async () => {
    const before = await current();
    const historyBefore = await prisma.statusChange.count({ where: { commitmentId } });
    const auditBefore = await prisma.auditLog.count();
    // Make the pledge's own update fail, after appendStatusChange has inserted the history row.
    await prisma.$executeRaw`CREATE FUNCTION test_refuse_commitment_update() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated failure'; END; $$ LANGUAGE plpgsql`;
    await prisma.$executeRaw`CREATE TRIGGER test_refuse_commitment_update BEFORE UPDATE ON "Commitment" FOR EACH ROW EXECUTE FUNCTION test_refuse_commitment_update()`;
    try {
      await expect(
        prisma.$transaction((tx) =>
          appendStatusChange(tx, actor, { commitmentId, toStatus: "NOT_FULFILLED", effectiveOn: parseIsoDate("2026-06-01"), note: "never kept" }),
        ),
      ).rejects.toThrow(/simulated failure/);
    } finally {
      await prisma.$executeRaw`DROP TRIGGER test_refuse_commitment_update ON "Commitment"`;
      await prisma.$executeRaw`DROP FUNCTION test_refuse_commitment_update()`;
    }
    expect(await prisma.statusChange.count({ where: { commitmentId } })).toBe(historyBefore);
    expect(await prisma.auditLog.count()).toBe(auditBefore);
    expect(await current()).toEqual(before);
  });
});
