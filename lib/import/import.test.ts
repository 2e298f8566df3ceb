// Bulk import against a real database: a dry run writes nothing; an import applies every row or
// none, names the rows it refuses, and goes through the same write paths as the admin forms.
import { afterAll, describe, expect, inject, it } from "vitest";
import { csvRow } from "@/lib/csv/writer";
import { createPrismaClient } from "@/lib/db/client";
import { parseCsv, unguardCell } from "./csv-read";
import { ImportRejected } from "./plan";
import { runImport } from "./run-import";

const prisma = createPrismaClient(inject("databaseUrl"));
const actor = { userId: null, label: "import-test" };
afterAll(() => prisma.$disconnect());

const csv = (...rows: (string | null)[][]) => rows.map((row) => csvRow(row)).join("");
const rejection = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a rejection"); }, (error: unknown) => { expect(error).toBeInstanceOf(ImportRejected); return (error as ImportRejected).errors; });

describe("CSV reading", () => {
  it("reads what the CSV writer writes, formula guard and quotes included", () => {
    const cells = ["plain", "with, comma", 'say "hi"', "line\nbreak", "=SUM(A1)", "-3 is text", "a;=b", "'quoted", ""];
    const [read] = parseCsv(`\uFEFF${csvRow(cells)}`);
    expect(read!.map(unguardCell)).toEqual(cells);
  });

  it("names the row of a quote left open", () => {
    expect(() => parseCsv('a,b\r\n1,"open\r\n')).toThrow(/not closed/);
  });
});

describe("status-change import", () => {
  it("plans without writing, applies all rows in one go, and a re-import changes nothing", async () => {
    // Dated before the day the dashboard tests read the data as of (lib/stats/dashboard.test.ts,
    // same database), and after the pledges' current status, so that the entry becomes current.
    const effectiveOn = "2026-11-20";
    const pledges = await prisma.commitment.findMany({ where: { archived: false, statusEffectiveOn: { lt: new Date(effectiveOn) } }, orderBy: { id: "asc" }, take: 2, select: { id: true, slug: true, status: true, version: true } });
    expect(pledges).toHaveLength(2);
    const other = (status: string) => (status === "STALLED" ? "IN_PROGRESS" : "STALLED");
    const file = csv(["commitment_slug", "to_status", "effective_on", "note"], ...pledges.map((pledge) => [pledge.slug, other(pledge.status), effectiveOn, `import test ${pledge.id}`]));
    const historyBefore = await prisma.statusChange.count();

    const plan = await runImport(actor, "status-changes", file, { dryRun: true });
    expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 0 });
    expect(plan.rows[0]).toMatchObject({ row: 2, action: "create", key: pledges[0]!.slug, diff: { to_status: { before: "", after: other(pledges[0]!.status) } } });
    expect(await prisma.statusChange.count()).toBe(historyBefore);

    const applied = await runImport(actor, "status-changes", file, { dryRun: false });
    expect(applied.counts.create).toBe(2);
    expect(await prisma.statusChange.count()).toBe(historyBefore + 2);
    for (const pledge of pledges) {
      const now = await prisma.commitment.findUniqueOrThrow({ where: { id: pledge.id }, select: { status: true, version: true } });
      expect(now).toEqual({ status: other(pledge.status), version: pledge.version + 1 });
    }
    expect(await prisma.auditLog.count({ where: { actorLabel: "import-test", action: "status-change" } })).toBeGreaterThanOrEqual(2);

    const again = await runImport(actor, "status-changes", file, { dryRun: false });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 2 });
    expect(await prisma.statusChange.count()).toBe(historyBefore + 2);
  });

  it("refuses the whole file when one row is bad, naming the row and column", async () => {
    const pledge = await prisma.commitment.findFirstOrThrow({ where: { archived: false }, select: { slug: true } });
    const file = csv(
      ["commitment_slug", "to_status", "effective_on", "note"],
      [pledge.slug, "IN_PROGRESS", "2026-01-05", "a good row"],
      [pledge.slug, "HALF_DONE", "2026-01-06", "a bad status"],
      ["no-such-pledge", "STALLED", "2026-13-01", "two problems"],
    );
    const before = await prisma.statusChange.count();
    const errors = await rejection(runImport(actor, "status-changes", file, { dryRun: false }));
    expect(errors).toEqual([
      { row: 3, column: "to_status", message: expect.any(String) },
      { row: 4, column: "effective_on", message: expect.any(String) },
    ]);
    expect(await prisma.statusChange.count()).toBe(before);
    const unknown = await rejection(runImport(actor, "status-changes", csv(["commitment_slug", "to_status", "effective_on", "note"], ["no-such-pledge", "STALLED", "2026-01-01", "x"]), { dryRun: true }));
    expect(unknown).toEqual([{ row: 2, column: "commitment_slug", message: expect.stringContaining("no-such-pledge") }]);
  });

  it("refuses a header without the required columns, or with unknown ones", async () => {
    const errors = await rejection(runImport(actor, "status-changes", csv(["commitment_slug", "to_status", "colour"], ["a", "STALLED", "red"]), { dryRun: true }));
    expect(errors.map((error) => error.column).sort()).toEqual(["colour", "effective_on", "note"]);
    expect(errors.every((error) => error.row === 1)).toBe(true);
  });
});

describe("evidence import", () => {
  it("creates, updates and leaves unchanged, bumping versions and writing audit rows", async () => {
    const pledge = await prisma.commitment.findFirstOrThrow({ where: { archived: false, evidence: { some: {} } }, select: { id: true, slug: true } });
    const existing = await prisma.evidence.findFirstOrThrow({ where: { commitmentId: pledge.id }, orderBy: { id: "asc" } });
    const header = ["evidence_id", "commitment_slug", "stance", "published_on", "published_on_approximate", "publisher", "title", "url", "summary"];
    const day = (date: Date) => date.toISOString().slice(0, 10);
    const same = [String(existing.id), pledge.slug, existing.stance, day(existing.publishedOn), String(existing.publishedOnApprox), existing.publisher, existing.title, existing.url, existing.summary];
    const url = `https://example.org/import-${Date.now()}`;
    const file = csv(header, same, ["", pledge.slug, "CONTEXT", "2026-02-01", "false", "Pub", "New item", url, "Summary"]);
    const plan = await runImport(actor, "evidence", file, { dryRun: true });
    expect(plan.rows.map((row) => row.action)).toEqual(["unchanged", "create"]);

    const renamed = csv(header, [...same.slice(0, 6), `${existing.title} (imported)`, ...same.slice(7)], ["", pledge.slug, "CONTEXT", "2026-02-01", "false", "Pub", "New item", url, "Summary"]);
    const applied = await runImport(actor, "evidence", renamed, { dryRun: false });
    expect(applied.rows[0]).toMatchObject({ action: "update", diff: { title: { before: existing.title, after: `${existing.title} (imported)` } } });
    const after = await prisma.evidence.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after.version).toBe(existing.version + 1);
    const created = await prisma.evidence.findFirstOrThrow({ where: { commitmentId: pledge.id, url } });
    expect(await prisma.auditLog.count({ where: { entityType: "Evidence", entityId: String(created.id), action: "create" } })).toBe(1);
    expect((await runImport(actor, "evidence", renamed, { dryRun: true })).counts).toEqual({ create: 0, update: 0, unchanged: 2 });
  });
});

describe("pledge import", () => {
  it("updates the columns given, keeps the others, and refuses a bad value by column", async () => {
    const pledge = await prisma.commitment.findFirstOrThrow({ where: { archived: false }, orderBy: { id: "desc" }, select: { id: true, slug: true, title: true, description: true, version: true } });
    const file = csv(["slug", "title"], [pledge.slug, `${pledge.title} (renamed)`]);
    const plan = await runImport(actor, "commitments", file, { dryRun: true });
    expect(plan.rows).toEqual([{ row: 2, action: "update", key: pledge.slug, diff: { title: { before: pledge.title, after: `${pledge.title} (renamed)` } } }]);
    await runImport(actor, "commitments", file, { dryRun: false });
    const after = await prisma.commitment.findUniqueOrThrow({ where: { id: pledge.id }, select: { title: true, description: true, version: true } });
    expect(after).toEqual({ title: `${pledge.title} (renamed)`, description: pledge.description, version: pledge.version + 1 });
    expect(await prisma.auditLog.count({ where: { entityType: "Commitment", entityId: String(pledge.id), actorLabel: "import-test", action: "update" } })).toBe(1);

    const bad = csv(["slug", "title", "kind", "category"], [pledge.slug, "ok", "promise", "no-such-category"]);
    const errors = await rejection(runImport(actor, "commitments", bad, { dryRun: false }));
    expect(errors.map((error) => `${error.row}:${error.column}`).sort()).toEqual(["2:category", "2:kind"]);
    expect((await prisma.commitment.findUniqueOrThrow({ where: { id: pledge.id }, select: { title: true } })).title).toBe(`${pledge.title} (renamed)`);
  });
});
