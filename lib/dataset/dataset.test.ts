import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SEED_ACTOR } from "@/lib/audit";
import { createPrismaClient } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { appendStatusChange } from "@/lib/status-history/append";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { loadSeed } from "@/seed/load";
import { datasetChunks } from "./export";
import { DatasetRejectedError, importDataset, parseDataset } from "./import";
import { DATASET_FORMAT_VERSION, type DatasetDocument } from "./format";

// Checklist row 21: export → import into a fresh database → export is byte-identical.
let source: TestDatabase;
let sourcePrisma: PrismaClient;
let exported: string;
const copies: { db: TestDatabase; prisma: PrismaClient }[] = [];

async function exportText(prisma: PrismaClient): Promise<string> {
  let text = "";
  for await (const chunk of datasetChunks(prisma)) text += chunk;
  return text;
}

async function freshCopy(): Promise<PrismaClient> {
  const db = await createTestDatabase("dataset_copy");
  const prisma = createPrismaClient(db.url);
  copies.push({ db, prisma });
  return prisma;
}

async function tableCounts(prisma: PrismaClient) {
  return {
    categories: await prisma.category.count(),
    talks: await prisma.talk.count(),
    commitments: await prisma.commitment.count(),
    evidence: await prisma.evidence.count(),
    statusChanges: await prisma.statusChange.count(),
    audit: await prisma.auditLog.count(),
  };
}

function rejection(run: () => unknown): DatasetRejectedError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetRejectedError) return error;
    throw error;
  }
  throw new Error("the document was accepted");
}

beforeAll(async () => {
  source = await createTestDatabase("dataset_source");
  sourcePrisma = createPrismaClient(source.url);
  await loadSeed(sourcePrisma);
  // Beyond the seed: a back-dated entry (history order differs from id order), an evidence link,
  // and an archived pledge, which the public dataset leaves out.
  const [first, second] = await sourcePrisma.commitment.findMany({ orderBy: { id: "asc" }, take: 2, include: { evidence: true } });
  await sourcePrisma.$transaction(async (tx) => {
    await appendStatusChange(tx, SEED_ACTOR, {
      commitmentId: first!.id,
      toStatus: "STALLED",
      effectiveOn: parseIsoDate("2024-01-15"),
      note: "A back-dated entry, \"quoted\", with a comma, a line\nbreak and =formula.",
      evidenceIds: first!.evidence.map((item) => item.id),
    });
    await tx.commitment.update({ where: { id: second!.id }, data: { archived: true } });
    // An actual value with the evidence that reports it (a CHECK ties the two: the import must
    // write them together, after the evidence).
    const target = await tx.commitment.findFirstOrThrow({ where: { targetValue: { not: null }, archived: false }, orderBy: { id: "asc" } });
    const report = await tx.evidence.create({ data: { commitmentId: target.id, url: "https://example.org/running-total", title: "A running total", publisher: "Test", publishedOn: parseIsoDate("2025-06-01"), summary: "120 awarded so far.", stance: "PROGRESS" } });
    await tx.commitment.update({ where: { id: target.id }, data: { actualValue: 120, actualEvidenceId: report.id } });
  });
  exported = await exportText(sourcePrisma);
}, 120_000);

afterAll(async () => {
  await sourcePrisma?.$disconnect();
  await source?.dispose();
  for (const copy of copies) {
    await copy.prisma.$disconnect();
    await copy.db.dispose();
  }
});

describe("the public dataset", () => {
  it("holds every public record and leaves archived pledges out", async () => {
    expect(JSON.parse(exported).commitments.filter((c: { actualValue: number | null }) => c.actualValue !== null)).toHaveLength(1);
    const document = parseDataset(exported);
    expect(document.talks).toHaveLength(5);
    expect(document.commitments).toHaveLength((await sourcePrisma.commitment.count({ where: { archived: false } })));
    expect(document.statusChanges).toHaveLength(
      await sourcePrisma.statusChange.count({ where: { commitment: { archived: false } } }),
    );
    const archived = await sourcePrisma.commitment.findFirstOrThrow({ where: { archived: true } });
    expect(document.commitments.map((commitment) => commitment.slug)).not.toContain(archived.slug);
    expect(document.talks.every((talk) => talk.text.length > 1000)).toBe(true);
    expect(document.indicators.length).toBeGreaterThanOrEqual(4);
    expect(document.indicators.flatMap((indicator) => indicator.points)).toHaveLength(await sourcePrisma.indicatorPoint.count());
  });

  it("still reads a file written before indicators existed", () => {
    const older = JSON.parse(exported);
    delete older.indicators;
    delete older.targetPaths;
    expect(parseDataset(JSON.stringify(older)).indicators).toEqual([]);
  });

  it("imports into a fresh database with the same ids, and exports byte-identically", async () => {
    const copy = await freshCopy();
    const report = await importDataset(copy, parseDataset(exported));
    expect(report.talks).toBe(5);
    expect(await exportText(copy)).toBe(exported);
  }, 120_000);

  it("writes one audit row per imported record, and new records get fresh ids", async () => {
    const copy = copies[0]!.prisma;
    const document = parseDataset(exported);
    const records =
      document.categories.length + document.talks.length + document.commitments.length + document.evidence.length + document.statusChanges.length +
      document.indicators.length + document.indicators.flatMap((indicator) => indicator.points).length + document.targetPaths.length;
    expect(await copy.auditLog.count({ where: { actorLabel: "import", action: "import" } })).toBe(records);
    const change = document.statusChanges.at(-1)!;
    const audited = await copy.auditLog.findFirstOrThrow({ where: { entityType: "StatusChange", entityId: String(change.id) } });
    expect(audited.after).toMatchObject({ toStatus: change.toStatus, note: change.note });

    const maxId = Math.max(...document.categories.map((category) => category.id));
    const created = await copy.category.create({ data: { slug: "after-import", name: "After import", description: "x" } });
    expect(created.id).toBeGreaterThan(maxId);
  });

  it("refuses a database that already holds data, and writes nothing", async () => {
    const before = await tableCounts(sourcePrisma);
    const error = await importDataset(sourcePrisma, parseDataset(exported)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetRejectedError);
    expect((error as Error).message).toMatch(/only into an empty database.*nothing was written/);
    expect(await tableCounts(sourcePrisma)).toEqual(before);
  });

  describe("refuses a broken file, naming what is wrong", () => {
    const edit = (change: (document: DatasetDocument) => void) => {
      const document = JSON.parse(exported) as DatasetDocument;
      change(document);
      return JSON.stringify(document);
    };

    it.each([
      ["not JSON", () => exported.slice(0, 200), /not valid JSON/],
      ["another format", () => edit((d) => Object.assign(d, { format: "something-else" })), /format/],
      ["an acknowledged proposal labelled an agreement", () => edit((d) => Object.assign(d.commitments.find((c) => c.response === "ACKNOWLEDGED")!, { committedBy: "CHINA", firmness: "AGREEMENT" })), /is VIETNAM\/PROPOSAL, not CHINA\/AGREEMENT/],
      ["an actual value without its evidence", () => edit((d) => Object.assign(d.commitments.find((c) => c.actualEvidenceId === null)!, { actualValue: 5 })), /actual value comes with the evidence/],
      ["a newer version", () => edit((d) => Object.assign(d, { formatVersion: DATASET_FORMAT_VERSION + 1 })), /formatVersion/],
      ["an unknown key", () => edit((d) => Object.assign(d.commitments[0]!, { createdById: 1 })), /commitments\.0/],
      ["a NUL character", () => edit((d) => (d.talks[0]!.title += "\u0000")), /NUL/],
      ["a javascript: URL", () => edit((d) => (d.evidence[0]!.url = "javascript:alert(1)")), /http\(s\) URL/],
      ["an impossible date", () => edit((d) => (d.statusChanges[0]!.effectiveOn = "2023-02-30")), /statusChanges\.0\.effectiveOn: must be a YYYY-MM-DD date/],
      ["a data point without an http(s) source", () => edit((d) => (d.indicators[0]!.points[0]!.sourceUrl = "")), /indicators\.0\.points\.0\.sourceUrl: must be an http\(s\) URL/],
    ])("%s", (_label, text, problem) => {
      const error = rejection(() => parseDataset(text()));
      expect([error.message, ...error.problems].join("\n")).toMatch(problem);
    });

    it.each([
      ["a quote that is not verbatim", (d: DatasetDocument) => (d.commitments[0]!.quotes[0]!.text += " (edited)"), /quote \d+ is not verbatim/],
      ["a quote of a missing talk", (d: DatasetDocument) => (d.commitments[0]!.quotes[0]!.talk = "no-such-talk"), /no-such-talk, which is not in the file/],
      ["a duplicate slug", (d: DatasetDocument) => (d.commitments[1]!.slug = d.commitments[0]!.slug), /Pledge slug .* more than once/],
      ["a status out of step with history", (d: DatasetDocument) => (d.commitments[0]!.status = "FULFILLED"), /is not its latest history entry/],
      ["evidence of another pledge", (d: DatasetDocument) => {
        const foreign = d.evidence.find((item) => item.commitment !== d.statusChanges[0]!.commitment)!;
        d.statusChanges[0]!.evidenceIds = [foreign.id];
      }, /is not evidence of pledge/],
      ["a series linked to a target in another unit", (d: DatasetDocument) => {
        d.indicators.find((indicator) => indicator.unit === "billion USD")!.pledges.push("china-1000-government-scholarships");
      }, /is not the target unit of china-1000-government-scholarships/],
      ["a point whose period is not its frequency's", (d: DatasetDocument) => (d.indicators[0]!.points[0]!.period = "2024-Q1"), /is not a YEAR period/],
      ["a pledge without history", (d: DatasetDocument) => {
        const slug = d.commitments[3]!.slug;
        d.statusChanges = d.statusChanges.filter((change) => change.commitment !== slug);
      }, /has no status history/],
    ])("%s", (_label, change, problem) => {
      const error = rejection(() => parseDataset(edit(change)));
      expect(error.problems.join("\n")).toMatch(problem);
    });
  });
});
