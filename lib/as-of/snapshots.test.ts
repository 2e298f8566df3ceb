// Reproducible snapshots (issue 14): a back-dated status entry changes the record as of the dates
// after its effective date, and nothing that had been published before it was recorded
// (`recordedBy`); the dataset export of the same dates is the same bytes, before and after.
import { NextRequest } from "next/server";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACTOR } from "@/lib/audit";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { getCommitmentBySlug } from "@/lib/commitments/queries";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate, toIsoDate, todayUtc } from "@/lib/dates";
import { datasetChunks } from "@/lib/dataset/export";
import { importDataset, parseDataset } from "@/lib/dataset/import";
import { closeCopyPool } from "@/lib/exports/copy-pool";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendStatusChange } from "@/lib/status-history/append";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { GET as commitmentsCsv } from "@/app/api/export/commitments.csv/route";
import { GET as datasetJson } from "@/app/api/export/dataset.json/route";
import { getDashboardDataAsOf } from "./dashboard";
import { commitmentAsOf, listCommitmentsAsOf } from "./reads";
import type { Snapshot } from "./snapshot";

let database: TestDatabase;
let db: PrismaClient;
const previousUrl = process.env.DATABASE_URL;
const copies: TestDatabase[] = [];
let pledgeA: number;

const day = parseIsoDate;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  database = await createTestDatabase("snapshots");
  process.env.DATABASE_URL = database.url;
  db = createPrismaClient(database.url);
  const category = await db.category.create({ data: { slug: "trade", name: "Trade", description: "Trade." } });
  const text = "Both sides agreed to build a railway and to open markets, and stated their friendship.";
  const talk = await db.talk.create({ data: { slug: "t1", title: "Talks", heldOn: day("2024-01-10"), format: "MEETING", participants: "A – B", publisher: "P", text } });
  const pledge = (slug: string, kind: "COMMITMENT" | "STATEMENT", quote: string, deadline?: string) =>
    db.commitment.create({
      data: {
        slug, title: slug, description: `${slug} described`, kind, categoryId: category.id, committedBy: "BOTH", firmness: "AGREEMENT",
        ...(deadline ? { deadline: day(deadline), deadlinePrecision: "DAY" as const } : {}),
        quotes: { create: { talkId: talk.id, text: quote, startOffset: text.indexOf(quote), endOffset: text.indexOf(quote) + quote.length } },
      },
    });
  const a = await pledge("railway", "COMMITMENT", "build a railway", "2025-01-01");
  const b = await pledge("markets", "COMMITMENT", "open markets");
  const s = await pledge("friendship", "STATEMENT", "stated their friendship");
  pledgeA = a.id;
  const evidence = await db.evidence.create({
    data: { commitmentId: a.id, url: "https://example.org/works", title: "Works begin", publisher: "P", publishedOn: day("2024-06-01"), summary: "Works began.", stance: "PROGRESS" },
  });
  // Entries recorded in the past, as an analyst would have recorded them then.
  await db.statusChange.createMany({
    data: [
      { commitmentId: a.id, toStatus: "ANNOUNCED", effectiveOn: day("2024-01-10"), recordedAt: at("2024-01-11T09:00:00Z"), note: "made" },
      { commitmentId: b.id, toStatus: "ANNOUNCED", effectiveOn: day("2024-01-10"), recordedAt: at("2024-01-11T09:00:00Z"), note: "made" },
      { commitmentId: s.id, toStatus: "ANNOUNCED", effectiveOn: day("2024-01-10"), recordedAt: at("2024-01-11T09:00:00Z"), note: "made" },
      { commitmentId: a.id, fromStatus: "ANNOUNCED", toStatus: "IN_PROGRESS", effectiveOn: day("2024-06-01"), recordedAt: at("2024-06-05T09:00:00Z"), note: "works" },
      { commitmentId: b.id, fromStatus: "ANNOUNCED", toStatus: "FULFILLED", effectiveOn: day("2025-03-01"), recordedAt: at("2025-03-02T09:00:00Z"), note: "open" },
    ],
  });
  const works = await db.statusChange.findFirstOrThrow({ where: { note: "works" } });
  await db.statusChangeEvidence.create({ data: { statusChangeId: works.id, evidenceId: evidence.id } });
  // The pledges' current status, as record_status_change keeps it.
  await db.commitment.update({ where: { id: a.id }, data: { status: "IN_PROGRESS", statusEffectiveOn: day("2024-06-01"), reviewedOn: day("2025-05-05") } });
  await db.commitment.update({ where: { id: b.id }, data: { status: "FULFILLED", statusEffectiveOn: day("2025-03-01") } });
  await db.commitment.update({ where: { id: s.id }, data: { statusEffectiveOn: day("2024-01-10") } });
});

afterAll(async () => {
  await db?.$disconnect();
  await closeCopyPool();
  const global = globalThis as unknown as { prisma?: PrismaClient };
  await global.prisma?.$disconnect();
  global.prisma = undefined;
  process.env.DATABASE_URL = previousUrl;
  await database?.dispose();
  for (const copy of copies) await copy.dispose();
});

const snapshot = (asOf: string, recordedBy: string | null = null): Snapshot => ({ asOf, recordedBy });

/** Everything a snapshot shows of the railway pledge and the figures, to compare before and after. */
async function view(of: Snapshot) {
  const [dashboard, list, detail, csv] = await Promise.all([
    getDashboardDataAsOf(of, db),
    listCommitmentsAsOf(listParamsSchema.parse({ kind: "all" }), of),
    getCommitmentBySlug("railway"),
    commitmentsCsv(new NextRequest(`http://localhost/api/export/commitments.csv?kind=all&asOf=${of.asOf}${of.recordedBy ? `&recordedBy=${of.recordedBy}` : ""}`)).then((response) => response.text()),
  ]);
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  return {
    breakdown: dashboard.statusBreakdown,
    headline: dashboard.headline,
    railwayInList: list.items.find((item) => item.slug === "railway")?.status ?? null,
    railwayPage: commitmentAsOf(detail!, of)?.status ?? null,
    railwayCsv: rows.find((row) => row.slug === "railway")?.status ?? null,
    csv,
  };
}

async function exportText(of: Snapshot | null, prisma: PrismaClient = db): Promise<string> {
  let text = "";
  for await (const chunk of datasetChunks(prisma, of)) text += chunk;
  return text;
}

describe("a back-dated status entry", () => {
  const TODAY = toIsoDate(todayUtc());
  const cases = {
    beforeEffective: snapshot("2024-02-15"),
    afterEffective: snapshot("2024-04-01"),
    afterEffectiveRecordedBefore: snapshot("2024-04-01", "2025-12-31"),
    recordedBefore: snapshot("2025-12-31", "2025-12-31"),
    afterEffectiveRecordedToday: snapshot("2024-04-01", TODAY),
  };
  let before: Record<keyof typeof cases, Awaited<ReturnType<typeof view>>>;
  let after: typeof before;
  let datasetsBefore: Record<keyof typeof cases, string>;

  beforeAll(async () => {
    const read = async () => Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([name, of]) => [name, await view(of)]))) as typeof before;
    const datasets = async () => Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([name, of]) => [name, await exportText(of)]))) as typeof datasetsBefore;
    before = await read();
    datasetsBefore = await datasets();
    // Recorded today, in effect since 2024-03-01: the railway had stalled before works began.
    await appendStatusChange(db, SEED_ACTOR, { commitmentId: pledgeA, toStatus: "STALLED", effectiveOn: day("2024-03-01"), note: "found late: stalled in spring" }, { ownTransaction: true });
    after = await read();
  });

  it("alters the as-of view for the dates after its effective date", () => {
    expect(before.afterEffective.railwayPage).toBe("ANNOUNCED");
    for (const shown of [after.afterEffective.railwayPage, after.afterEffective.railwayInList, after.afterEffective.railwayCsv]) expect(shown).toBe("STALLED");
    expect(after.afterEffective.breakdown).not.toEqual(before.afterEffective.breakdown);
    expect(after.afterEffective.headline.stalledOrNotFulfilled).toBe(before.afterEffective.headline.stalledOrNotFulfilled + 1);
    expect(after.afterEffectiveRecordedToday.railwayPage).toBe("STALLED");
  });

  it("leaves the as-of view before its effective date as it was", () => {
    expect(after.beforeEffective).toEqual(before.beforeEffective);
    expect(after.beforeEffective.railwayPage).toBe("ANNOUNCED");
  });

  it("leaves the recordedBy view from before it was recorded as it was, byte for byte", () => {
    expect(after.afterEffectiveRecordedBefore).toEqual(before.afterEffectiveRecordedBefore);
    expect(after.afterEffectiveRecordedBefore.railwayPage).toBe("ANNOUNCED");
    expect(after.recordedBefore).toEqual(before.recordedBefore);
    expect(after.recordedBefore.railwayPage).toBe("IN_PROGRESS");
  });

  it("leaves the dataset export of a date recorded before it the same bytes, and changes the as-of one", async () => {
    expect(await exportText(cases.afterEffectiveRecordedBefore)).toBe(datasetsBefore.afterEffectiveRecordedBefore);
    expect(await exportText(cases.recordedBefore)).toBe(datasetsBefore.recordedBefore);
    expect(await exportText(cases.beforeEffective)).toBe(datasetsBefore.beforeEffective);
    expect(await exportText(cases.afterEffective)).not.toBe(datasetsBefore.afterEffective);
  });
});

describe("the dataset export of a snapshot", () => {
  it("is byte-identical for the same arguments, through the route too", async () => {
    const of = snapshot("2024-04-01", "2025-12-31");
    const fetch = async () => {
      const response = await datasetJson(new NextRequest("http://localhost/api/export/dataset.json?asOf=2024-04-01&recordedBy=2025-12-31"));
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="dataset-as-of-2024-04-01-recorded-by-2025-12-31.json"');
      return response.text();
    };
    const [first, second] = [await fetch(), await fetch()];
    expect(second).toBe(first);
    expect(first).toBe(await exportText(of));
  });

  it("holds only what the record held then, and loads into an empty database whose export is the same bytes", async () => {
    const text = await exportText(snapshot("2024-04-01", "2025-12-31"));
    const document = parseDataset(text);
    expect(document.commitments.map((pledge) => [pledge.slug, pledge.status, pledge.statusEffectiveOn, pledge.reviewedOn])).toEqual([
      ["railway", "ANNOUNCED", "2024-01-10", null],
      ["markets", "ANNOUNCED", "2024-01-10", null],
      ["friendship", "ANNOUNCED", "2024-01-10", null],
    ]);
    expect(document.evidence).toEqual([]); // published in June
    expect(document.statusChanges.map((change) => change.note)).toEqual(["made", "made", "made"]);
    const copy = await createTestDatabase("snapshot_copy");
    copies.push(copy);
    const copyPrisma = createPrismaClient(copy.url);
    try {
      await importDataset(copyPrisma, document);
      expect(await exportText(null, copyPrisma)).toBe(text);
    } finally {
      await copyPrisma.$disconnect();
    }
  });

  it("refuses a bad date with 400", async () => {
    const response = await datasetJson(new NextRequest("http://localhost/api/export/dataset.json?recordedBy=2024-02-30"));
    expect(response.status).toBe(400);
    expect((await response.json()).error.fieldErrors.recordedBy).toHaveLength(1);
  });
});
