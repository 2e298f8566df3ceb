import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { getLatestChanges } from "./latest-changes";

describe("getLatestChanges", () => {
  let database: TestDatabase;
  let db: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase("latest-changes");
    db = createPrismaClient(database.url);
    const category = await db.category.create({ data: { slug: "trade", name: "Trade", description: "x" } });
    const pledge = (slug: string, archived = false) =>
      db.commitment.create({ data: { slug, title: slug, description: "x", categoryId: category.id, committedBy: "BOTH", firmness: "AGREEMENT", archived } });
    const change = (commitmentId: number, fromStatus: CommitmentStatus | null, toStatus: CommitmentStatus, effectiveOn: string, recordedAt: string, note: string) =>
      db.statusChange.create({ data: { commitmentId, fromStatus, toStatus, effectiveOn: parseIsoDate(effectiveOn), recordedAt: new Date(recordedAt), note } });
    const a = await pledge("a");
    await change(a.id, null, "ANNOUNCED", "2024-01-15", "2024-01-16T09:00:00.000Z", "a announced");
    await change(a.id, "ANNOUNCED", "IN_PROGRESS", "2026-10-01", "2026-10-02T09:00:00.000Z", "a recent, recorded promptly");
    const b = await pledge("b");
    await change(b.id, null, "ANNOUNCED", "2024-01-15", "2024-01-16T09:00:00.000Z", "b announced");
    // Back-dated: true since 2024, only recorded last week. By effective date it would rank last.
    await change(b.id, "ANNOUNCED", "STALLED", "2024-03-01", "2026-11-20T09:00:00.000Z", "b back-dated");
    const c = await pledge("c");
    await change(c.id, "ANNOUNCED", "FULFILLED", "2025-06-01", "2025-06-03T09:00:00.000Z", "c middle");
    // Same recorded instant as c's: the later row (higher id) comes first.
    await change(c.id, "FULFILLED", "STALLED", "2025-05-01", "2025-06-03T09:00:00.000Z", "c same instant, later row");
    const gone = await pledge("gone", true);
    await change(gone.id, "ANNOUNCED", "FULFILLED", "2026-11-25", "2026-11-25T09:00:00.000Z", "archived");
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.dispose();
  });

  it("orders by when the change was recorded, newest first, so a back-dated change shows", async () => {
    const rows = await getLatestChanges(10, db);
    expect(rows.map((row) => row.note)).toEqual(["b back-dated", "a recent, recorded promptly", "c same instant, later row", "c middle"]);
  });

  it("gives both dates: the effective day and the recorded instant", async () => {
    const [first] = await getLatestChanges(1, db);
    expect(first).toMatchObject({ effectiveOn: "2024-03-01", recordedAt: "2026-11-20T09:00:00.000Z", fromStatus: "ANNOUNCED", toStatus: "STALLED" });
  });

  it("keeps to the limit", async () => {
    expect(await getLatestChanges(2, db)).toHaveLength(2);
  });
});
