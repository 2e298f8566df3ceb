// The work queue against its definitions, read from the base tables in the test itself.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { isOverdue } from "./rules";
import { QUEUE_LIST_SIZE, STALE_AFTER_DAYS, getWorkQueue } from "./work-queue";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());

describe("work queue", () => {
  it("counts each bucket as defined and lists its first pledges by title", async () => {
    const today = todayUtc();
    const queue = await getWorkQueue(today);
    const live = await prisma.commitment.findMany({
      where: { archived: false },
      select: { id: true, title: true, kind: true, deadline: true, status: true, reviewedOn: true, evidence: { select: { createdAt: true, _count: { select: { statusChanges: true } } } } },
    });
    const staleBefore = new Date(today.getTime() - STALE_AFTER_DAYS * 86_400_000);
    const dayAfter = (date: Date) => new Date(date.getTime() + 86_400_000);
    const expected = {
      neverReviewed: live.filter((pledge) => pledge.reviewedOn === null),
      overdue: live.filter((pledge) => isOverdue(pledge, today)),
      stale: live.filter((pledge) => pledge.reviewedOn !== null && pledge.reviewedOn < staleBefore),
      undecidedEvidence: live.filter((pledge) => pledge.evidence.some((item) => item._count.statusChanges === 0 && (pledge.reviewedOn === null || item.createdAt >= dayAfter(pledge.reviewedOn)))),
    };
    expect(expected.neverReviewed.length + expected.overdue.length).toBeGreaterThan(0); // the seed has some
    for (const [bucket, pledges] of Object.entries(expected)) {
      const { total, items } = queue[bucket as keyof typeof expected];
      expect(total, bucket).toBe(pledges.length);
      // Ordered by title in the database's collation, which differs between servers: the listed
      // pledges are the bucket's, as many as fit.
      expect(items, bucket).toHaveLength(Math.min(QUEUE_LIST_SIZE, pledges.length));
      const ids = new Set(pledges.map((pledge) => pledge.id));
      expect(items.every((item) => ids.has(item.id)), bucket).toBe(true);
    }
  });
});
