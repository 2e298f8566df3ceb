import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { listCommitments } from "@/lib/commitments/queries";
import { parseIsoDate } from "@/lib/dates";
import { COMMITMENT_COLUMNS, commitmentExportRows } from "./commitments";
import { pagesById } from "./keyset";
import { csvDownload } from "./response";

const today = parseIsoDate("2026-11-23");

describe("pagesById", () => {
  it("reads every row once, page by page after the last id, never by offset", async () => {
    const ids = Array.from({ length: 25 }, (_, index) => index * 2 + 1);
    const calls: number[] = [];
    const fetchPage = async (afterId: number, take: number) => {
      calls.push(afterId);
      return ids.filter((id) => id > afterId).slice(0, take).map((id) => ({ id }));
    };
    const seen: number[] = [];
    for await (const row of pagesById(fetchPage, 10)) seen.push(row.id);
    expect(seen).toEqual(ids);
    expect(calls).toEqual([0, 19, 39]);
  });
});

describe("commitment export", () => {
  it("holds exactly the pledges the list shows for the same filters", async () => {
    for (const input of [{}, { status: "IN_PROGRESS" }, { q: "rail" }, { overdue: "true" }, { side: "CHINA", category: "education" }]) {
      const params = listParamsSchema.parse({ ...input, pageSize: 100 });
      const listed = (await listCommitments(params)).items.map((item) => item.slug).sort();
      const exported: string[] = [];
      for await (const row of commitmentExportRows(params, today)) exported.push(row.slug);
      expect(exported.sort(), JSON.stringify(input)).toEqual(listed);
    }
  });

  it("answers a dated CSV attachment that parses back", async () => {
    const response = await csvDownload("commitments", today, COMMITMENT_COLUMNS, commitmentExportRows(listParamsSchema.parse({}), today));
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="commitments-2026-11-23.csv"');
    const records: string[][] = parse(await response.text(), { bom: true });
    expect(records[0]).toEqual(COMMITMENT_COLUMNS.map((column) => column.header));
    expect(records.length - 1).toBe((await listCommitments(listParamsSchema.parse({}))).total);
  });

  it("turns a failure before the first row into a JSON error, not a broken download", async () => {
    async function* failing(): AsyncGenerator<never> {
      throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    }
    const response = await csvDownload("commitments", today, [], failing());
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("database_unavailable");
  });
});
