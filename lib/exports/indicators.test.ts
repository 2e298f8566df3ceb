import { afterAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { parseIsoDate } from "@/lib/dates";
import { copyCsvStream } from "./copy";
import { closeCopyPool } from "./copy-pool";
import { INDICATOR_COLUMNS, INDICATOR_COPY_SQL, indicatorExportRows } from "./indicators";
import { csvDownload } from "./response";

afterAll(closeCopyPool);
const bytes = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

describe("the indicators export", () => {
  it("is written by COPY byte for byte as the keyset writer writes it", async () => {
    const copied = await bytes(await copyCsvStream(INDICATOR_COLUMNS.map((column) => column.header), INDICATOR_COPY_SQL));
    const written = Buffer.from(await (await csvDownload("x", parseIsoDate("2026-12-02"), INDICATOR_COLUMNS, indicatorExportRows())).arrayBuffer());
    expect(copied.toString("utf8")).toBe(written.toString("utf8"));
  });

  it("has one row per seeded data point, each with its source URL and the indicator's fields", async () => {
    const copied = await bytes(await copyCsvStream(INDICATOR_COLUMNS.map((column) => column.header), INDICATOR_COPY_SQL));
    const rows: Record<string, string>[] = parse(copied.toString("utf8").replace(/^\uFEFF/, ""), { columns: true });
    const scholarships = rows.filter((row) => row.indicator_slug === "cgs-awards-vietnam-embassy");
    expect(scholarships.map((row) => [row.period, row.value])).toEqual([["2019", "79"], ["2022", "39"], ["2025", "34"]]);
    expect(scholarships[0]).toMatchObject({ unit: "scholarships", side: "CHINA", frequency: "YEAR", published_on: "2019-08-12", pledge_slugs: "china-1000-government-scholarships" });
    expect(scholarships[2]!.published_on).toBe("");
    for (const row of rows) expect(row.source_url).toMatch(/^https?:\/\//);
  });
});
