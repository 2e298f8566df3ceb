// One rule for measured progress (lib/indicators/progress.ts) in every place that shows it: the
// dashboard panel, the API and both CSV writers. A yearly series is set against a PER_PERIOD
// target only; the seed's scholarship target is a TOTAL, so its yearly batch is never a share of it.
// Its own database: the test switches the target's basis, which no other test may see half-done.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACTOR } from "@/lib/audit";
import { createPrismaClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/testing/test-database";
import { loadSeed } from "@/seed/load";
import { parseCsv } from "@/lib/import/csv-read";

const SLUG = "china-1000-government-scholarships";
let database: TestDatabase;
let db: PrismaClient;
// Imported after DATABASE_URL points at this file's database (the modules read it once).
let reads: {
  getMeasuredPledges: typeof import("./measured-pledges").getMeasuredPledges;
  apiDetail: typeof import("@/lib/commitments/cached-api").apiDetail;
  csvProgress: () => Promise<{ copied: string | undefined; written: string | undefined }>;
};

beforeAll(async () => {
  database = await createTestDatabase("measured");
  db = createPrismaClient(database.url);
  await loadSeed(db);
  process.env.DATABASE_URL = database.url;
  const [{ getMeasuredPledges }, { apiDetail }, exports, { copyCsvStream }, { csvDownload }, { listParamsSchema }, { parseIsoDate }] = await Promise.all([
    import("./measured-pledges"), import("@/lib/commitments/cached-api"), import("@/lib/exports/commitments"), import("@/lib/exports/copy"),
    import("@/lib/exports/response"), import("@/lib/commitments/list-params"), import("@/lib/dates"),
  ]);
  const params = listParamsSchema.parse({ q: "scholarships" });
  const today = parseIsoDate("2026-12-02");
  const progressOf = (csv: string) => {
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
    const slugAt = header!.indexOf("slug");
    return rows.find((row) => row[slugAt] === SLUG)?.[header!.indexOf("progress")];
  };
  const columns = exports.COMMITMENT_COLUMNS;
  reads = {
    getMeasuredPledges,
    apiDetail,
    csvProgress: async () => ({
      copied: progressOf(await new Response(await copyCsvStream(columns.map((column) => column.header), exports.commitmentCopySql(params, today))).text()),
      written: progressOf(await (await csvDownload("x", today, columns, exports.commitmentExportRows(params, today))).text()),
    }),
  };
});
afterAll(async () => {
  (await import("@/lib/exports/copy-pool")).closeCopyPool();
  await db.$disconnect();
  await database.dispose();
});

const setBasis = async (basis: "PER_PERIOD" | "TOTAL") => {
  const { setTargetPath } = await import("./mutations");
  const { id } = await db.commitment.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const path = await db.targetPath.findUniqueOrThrow({ where: { commitmentId: id } });
  await setTargetPath(SEED_ACTOR, id, { baselinePeriod: path.baselinePeriod ?? undefined, timing: path.timing, basis });
};

describe("measured progress, one rule everywhere", () => {
  it("shows the scholarships' latest yearly batch beside its total target, as no percentage anywhere", async () => {
    const { total, rows } = await reads.getMeasuredPledges();
    const scholarships = rows.find((row) => row.slug === SLUG);
    expect(scholarships).toMatchObject({ value: 34, period: "2025", targetValue: 1000, targetUnit: "scholarships", progress: null });
    const page = JSON.parse(JSON.stringify(await reads.apiDetail(SLUG, "2026-12-02")));
    expect(page).toMatchObject({ progress: null, measuredBy: null, targetPath: { basis: "TOTAL" } });
    expect(await reads.csvProgress()).toEqual({ copied: "", written: "" });
    // Series without a numeric target (trade, rail, farm exports) are not listed at all.
    expect(rows.map((row) => row.slug)).not.toContain("more-balanced-trade");
    expect(total).toBe(rows.length);
  });

  it("sets the latest point against a PER_PERIOD target, the same figure in the panel, the API and both CSV writers", async () => {
    await setBasis("PER_PERIOD");
    try {
      const scholarships = (await reads.getMeasuredPledges()).rows.find((row) => row.slug === SLUG);
      expect(scholarships?.progress).toBe(3.4);
      const page = JSON.parse(JSON.stringify(await reads.apiDetail(SLUG, "2026-12-02")));
      expect(page.progress).toBe(3.4);
      expect(page.measuredBy).toMatchObject({ period: "2025", value: 34, sourceUrl: scholarships!.sourceUrl });
      expect(await reads.csvProgress()).toEqual({ copied: "3.4", written: "3.4" });
    } finally {
      await setBasis("TOTAL");
    }
  });
});
