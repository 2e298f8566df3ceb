// Statements are on the site but in no figure: adding one, however it stands, changes nothing a
// chart or headline shows; the same record as a commitment changes them (so the test can fail).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACTOR } from "@/lib/audit";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendStatusChange } from "@/lib/status-history/append";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { loadSeed } from "@/seed/load";
import { getDeadlines } from "./deadlines";
import { getHeadlineFigures } from "./headline";
import { getPledgesPerTalk } from "./pledges-per-talk";
import { getStatusBreakdown } from "./status-breakdown";
import { getStatusByCategory } from "./status-by-category";
import { getStatusBySide } from "./status-by-side";
import { getStatusOverTime } from "./status-over-time";

const TODAY = parseIsoDate("2026-11-23");

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase("statements");
  db = createPrismaClient(database.url);
  await loadSeed(db);
});
afterAll(async () => {
  await db.$disconnect();
  await database.dispose();
});

async function everyFigure() {
  const [headline, breakdown, byCategory, bySide, overTime, perTalk, deadlines] = await Promise.all([
    getHeadlineFigures(TODAY, db),
    getStatusBreakdown(db),
    getStatusByCategory(db),
    getStatusBySide(db),
    getStatusOverTime(TODAY, db),
    getPledgesPerTalk(db),
    getDeadlines(TODAY, 50, db),
  ]);
  // The statement count is the one figure that is about statements.
  const { statements, ...counted } = headline;
  return { figures: { counted, breakdown, byCategory, bySide, overTime, perTalk, deadlines }, statements };
}

/** A fulfilled, overdue-looking pledge quoted from the first talk, of the given kind. */
async function addPledge(kind: "COMMITMENT" | "STATEMENT") {
  const talk = await db.talk.findFirstOrThrow({ orderBy: { heldOn: "asc" } });
  const category = await db.category.findFirstOrThrow();
  const pledge = await db.commitment.create({
    data: {
      slug: `probe-${kind.toLowerCase()}`, title: "Probe", description: "d", kind, categoryId: category.id,
      committedBy: "CHINA", firmness: "FIRM_PLEDGE", deadline: parseIsoDate("2021-01-01"), deadlinePrecision: "DAY",
      quotes: { create: { talkId: talk.id, text: talk.text.slice(0, 10), startOffset: 0, endOffset: 10 } },
    },
  });
  await db.$transaction(async (tx) => {
    await appendStatusChange(tx, SEED_ACTOR, { commitmentId: pledge.id, toStatus: "ANNOUNCED", effectiveOn: talk.heldOn, note: "n" });
    await appendStatusChange(tx, SEED_ACTOR, { commitmentId: pledge.id, toStatus: "IN_PROGRESS", effectiveOn: parseIsoDate("2024-02-01"), note: "n" });
  });
}

describe("statements in the figures", () => {
  it("are in no headline figure, chart or deadline list; a commitment is in all of them", async () => {
    const before = await everyFigure();
    await addPledge("STATEMENT");
    const withStatement = await everyFigure();
    expect(withStatement.figures).toEqual(before.figures);
    expect(withStatement.statements).toBe(before.statements + 1);

    await addPledge("COMMITMENT");
    const withCommitment = await everyFigure();
    expect(withCommitment.figures.counted.tracked).toBe(before.figures.counted.tracked + 1);
    expect(withCommitment.figures.counted.overdue).toBe(before.figures.counted.overdue + 1);
    expect(withCommitment.figures.breakdown).not.toEqual(before.figures.breakdown);
    expect(withCommitment.figures.byCategory).not.toEqual(before.figures.byCategory);
    expect(withCommitment.figures.bySide).not.toEqual(before.figures.bySide);
    expect(withCommitment.figures.overTime).not.toEqual(before.figures.overTime);
    expect(withCommitment.figures.perTalk).not.toEqual(before.figures.perTalk);
    expect(withCommitment.figures.deadlines).not.toEqual(before.figures.deadlines);
  });
});
