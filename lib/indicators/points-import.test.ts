// Pasting a series' points as CSV, against a real database: the dry run says per row what would
// happen (create, update with before → after, unchanged, or the row's error) and writes nothing;
// applying writes every row or none.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { ImportRejected, type RowError } from "@/lib/import/plan";
import { addIndicator, addPoint } from "./mutations";
import { runPointsImport } from "./points-import";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "points-import-test" };
afterAll(() => prisma.$disconnect());

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => { throw new Error("expected a rejection"); },
    (error: unknown) => { expect(error).toBeInstanceOf(ImportRejected); return (error as ImportRejected).errors; },
  );
const errorAt = (errors: RowError[], row: number) => errors.filter((error) => error.row === row);

let slug = "";
let indicatorId = 0;

beforeAll(async () => {
  slug = `test-paste-${Date.now()}`;
  const indicator = await addIndicator(actor, { slug, name: "Pasted series", unit: "TEU", publisher: "Test office", side: "CHINA", frequency: "YEAR" });
  indicatorId = indicator.id;
  await addPoint(actor, indicatorId, { period: "2022", value: 100, sourceUrl: "https://example.org/2022", note: "first" });
  await addPoint(actor, indicatorId, { period: "2023", value: 200, sourceUrl: "https://example.org/2023" });
});

const storedPoints = () => prisma.indicatorPoint.findMany({ where: { indicatorId }, orderBy: { period: "asc" }, select: { period: true, value: true, sourceUrl: true, note: true, estimate: true, version: true } });

describe("pasting a series' points", () => {
  const header = "period,value,source_url,published_on,note,estimate";
  const good = [header, "2022,100,https://example.org/2022,,first,false", "2023,\"1,250\",https://example.org/2023-revised,2024-03-01,Revised,", "2024,300,https://example.org/2024,,,true"].join("\n");

  it("plans create, update (before → after) and unchanged rows, and writes nothing", async () => {
    const audits = await prisma.auditLog.count();
    const plan = await runPointsImport(actor, slug, good, { dryRun: true });
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    expect(plan.rows.map((row) => [row.row, row.action, row.key])).toEqual([[2, "unchanged", "2022"], [3, "update", "2023"], [4, "create", "2024"]]);
    expect(plan.rows[1]!.diff).toEqual({
      value: { before: "200", after: "1250" },
      source_url: { before: "https://example.org/2023", after: "https://example.org/2023-revised" },
      published_on: { before: "", after: "2024-03-01" },
      note: { before: "", after: "Revised" },
    });
    expect(await storedPoints()).toHaveLength(2);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it("refuses the whole paste when a row is bad, naming each row and column, and writes nothing", async () => {
    const bad = [
      header,
      "2023,999,https://example.org/x,,,",
      "2024-Q1,5,https://example.org/q,,,", // not a year
      "2025,6,,,,", // no source
      "2023,7,https://example.org/dup,,,", // the same period twice
      "2026,seven,https://example.org/v,,,maybe",
      "2027,8,https://example.org/8,,,yes",
    ].join("\n");
    const before = await storedPoints();
    const errors = await rejection(runPointsImport(actor, slug, bad, { dryRun: false }));
    expect(errorAt(errors, 2)).toEqual([]);
    expect(errorAt(errors, 3)).toEqual([expect.objectContaining({ column: "period", message: expect.stringContaining("2024") })]);
    expect(errorAt(errors, 4)).toEqual([expect.objectContaining({ column: "source_url" })]);
    expect(errorAt(errors, 5)).toEqual([expect.objectContaining({ column: "period", message: expect.stringContaining("row 2") })]);
    expect(errorAt(errors, 6).map((error) => error.column)).toEqual(["estimate"]);
    expect(errorAt(errors, 7).map((error) => error.column)).toEqual(["estimate"]);
    expect(await storedPoints()).toEqual(before);
  });

  it("refuses rows of another series: another slug, unit or frequency (an indicators.csv export pasted whole)", async () => {
    const file = [
      "indicator_slug,unit,frequency,period,value,source_url",
      `${slug},teu,YEAR,2024,1,https://example.org/a`,
      `some-other-series,TEU,YEAR,2024,1,https://example.org/b`,
      `${slug},billion USD,YEAR,2025,1,https://example.org/c`,
      `${slug},TEU,MONTH,2026,1,https://example.org/d`,
    ].join("\n");
    const errors = await rejection(runPointsImport(actor, slug, file, { dryRun: true }));
    expect(errors.map((error) => [error.row, error.column])).toEqual([[3, "indicator_slug"], [4, "unit"], [5, "frequency"]]);
  });

  it("refuses an unknown column and a file without a required one", async () => {
    const errors = await rejection(runPointsImport(actor, slug, "period,value,colour\n2024,1,red", { dryRun: true }));
    expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ row: 1, column: "colour" }), expect.objectContaining({ row: 1, column: "source_url" })]));
  });

  it("applies every row in one go, each write audited, and a second apply changes nothing", async () => {
    const applied = await runPointsImport(actor, slug, good, { dryRun: false });
    expect(applied.counts).toEqual({ create: 1, update: 1, unchanged: 1 });
    expect(await storedPoints()).toEqual([
      { period: "2022", value: 100, sourceUrl: "https://example.org/2022", note: "first", estimate: false, version: 1 },
      { period: "2023", value: 1250, sourceUrl: "https://example.org/2023-revised", note: "Revised", estimate: false, version: 2 },
      { period: "2024", value: 300, sourceUrl: "https://example.org/2024", note: "", estimate: true, version: 1 },
    ]);
    const ids = (await prisma.indicatorPoint.findMany({ where: { indicatorId }, select: { id: true } })).map((point) => String(point.id));
    expect(await prisma.auditLog.count({ where: { entityType: "IndicatorPoint", entityId: { in: ids }, actorLabel: actor.label, action: "update" } })).toBe(1);
    expect((await runPointsImport(actor, slug, good, { dryRun: false })).counts).toEqual({ create: 0, update: 0, unchanged: 3 });
  });

  it("keeps the stored value of a column left out of the file", async () => {
    const plan = await runPointsImport(actor, slug, "period,value,source_url\n2022,100,https://example.org/2022", { dryRun: true });
    expect(plan.rows[0]!.action).toBe("unchanged");
  });

  it("answers a series that does not exist as not found", async () => {
    await expect(runPointsImport(actor, "no-such-series", good, { dryRun: true })).rejects.toMatchObject({ status: 404 });
  });
});
