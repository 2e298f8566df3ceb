import { inject, afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
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

describe("one statement on its own (ownTransaction)", () => {
  const cacheVersionTotal = async () =>
    Number((await prisma.$queryRaw<{ total: bigint | null }[]>`SELECT sum("version") AS total FROM "CacheTagVersion" WHERE "tag" LIKE 'public-data#%'`)[0]?.total ?? 0);

  it("writes the entry, its evidence links, the pledge, an audit row and one cache version move", async () => {
    const { version } = await current();
    const evidence = await prisma.evidence.create({
      data: { commitmentId, url: `https://example.org/one-statement-${Date.now()}`, title: "Proof", publisher: "Test", publishedOn: parseIsoDate("2024-03-01"), summary: "s", stance: "PROGRESS" },
    });
    const cacheBefore = await cacheVersionTotal();
    const result = await appendStatusChange(prisma, { userId: null, label: "one-statement" }, {
      commitmentId, toStatus: "FULFILLED", effectiveOn: parseIsoDate("2024-03-02"), note: "kept", evidenceIds: [evidence.id, evidence.id],
      expectedVersion: version, reviewedOn: parseIsoDate("2024-03-03"),
    }, { ownTransaction: true });
    expect(result.version).toBe(version + 1);
    expect(result.change).toMatchObject({ fromStatus: "IN_PROGRESS", toStatus: "FULFILLED", note: "kept" });
    expect(await current()).toMatchObject({ status: "FULFILLED", version: version + 1 });
    const links = await prisma.statusChangeEvidence.findMany({ where: { statusChangeId: result.change.id } });
    expect(links.map((link) => link.evidenceId)).toEqual([evidence.id]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { actorLabel: "one-statement" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "status-change", entityType: "Commitment", entityId: String(commitmentId) });
    expect(audit.before).toEqual({ status: "IN_PROGRESS", version });
    expect(audit.after).toEqual({
      status: "FULFILLED", reviewedOn: "2024-03-03", version: version + 1,
      statusChange: { id: result.change.id, fromStatus: "IN_PROGRESS", toStatus: "FULFILLED", effectiveOn: "2024-03-02", note: "kept", evidenceIds: [evidence.id] },
    });
    expect(await cacheVersionTotal()).toBe(cacheBefore + 1);
  });

  it("refuses evidence of another pledge, an unknown pledge and a stale version, writing nothing", async () => {
    const other = await prisma.evidence.findFirstOrThrow({ where: { commitmentId: { not: commitmentId } } });
    const { version } = await current();
    const counts = async () => [await prisma.statusChange.count(), await prisma.auditLog.count(), await cacheVersionTotal()];
    const before = await counts();
    const change = { commitmentId, toStatus: "STALLED" as const, effectiveOn: parseIsoDate("2025-01-01"), note: "n", expectedVersion: version };
    const foreign = appendStatusChange(prisma, actor, { ...change, evidenceIds: [other.id] }, { ownTransaction: true });
    await expect(foreign).rejects.toBeInstanceOf(UserFacingError);
    await expect(foreign).rejects.toMatchObject({ status: 422, fieldErrors: { evidenceIds: expect.any(Array) } });
    await expect(appendStatusChange(prisma, actor, { ...change, commitmentId: 2_000_000_000 }, { ownTransaction: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(appendStatusChange(prisma, actor, { ...change, expectedVersion: version - 1 }, { ownTransaction: true })).rejects.toBeInstanceOf(ConflictError);
    expect(await counts()).toEqual(before);
    expect((await current()).version).toBe(version);
  });
});
