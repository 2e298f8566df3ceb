import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { csvCell, toCsv } from "@/lib/csv/writer";
import { parseIsoDate } from "@/lib/dates";
import { COMMITMENT_COLUMNS, commitmentCopySql, commitmentExportRows } from "./commitments";
import { csvLine, numberCell, textCell } from "./copy-cells";
import { copyCsvStream } from "./copy";
import { closeCopyPool } from "./copy-pool";
import { EVIDENCE_COLUMNS, EVIDENCE_COPY_SQL, evidenceExportRows } from "./evidence";
import { csvDownload } from "./response";
import { STATUS_HISTORY_COLUMNS, STATUS_HISTORY_COPY_SQL, statusHistoryExportRows } from "./status-history";

const today = parseIsoDate("2026-11-23");
const headers = (columns: readonly { header: string }[]) => columns.map((column) => column.header);
const bytes = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

afterAll(closeCopyPool);

// Leading triggers, the OWASP `;`/tab rule, quotes, escapes COPY's text format must undo, Vietnamese.
const HOSTILE = [
  "=SUM(A1:A9)", "+1", "-2", "@cmd", "\tlead", "\rlead", "\nlead", "a;=b", "a\t+b", "x;-y", "z;@w", "a;b", "a\tb",
  'say "hi"', "a,b", "line\r\nbreak", "back\\slash", "\\N", "\\", "ends\\", "\b\f\v", "Đường sắt 'ưu tiên'", "", " ", "'=already",
];

async function sqlCells(cell: (expr: string) => string, values: readonly string[], type: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ cell: string }>(`SELECT ${cell(`v::${type}`)} AS cell FROM unnest($1::text[]) WITH ORDINALITY AS u(v, i) ORDER BY i`, [values]);
    return rows.map((row) => row.cell);
  } finally {
    await client.end();
  }
}

describe("COPY cells agree with the CSV writer", () => {
  it("writes every hostile text as the writer does, the OWASP rule included", async () => {
    expect(await sqlCells(textCell, HOSTILE, "text")).toEqual(HOSTILE.map(csvCell));
    expect(await sqlCells(textCell, ["a;=b", "a\t+b", "a;b"], "text")).toEqual(['"\'a;=b"', "\"'a\t+b\"", '"a;b"']);
  });

  it("prints numbers as JavaScript does", async () => {
    const numbers = [0, -0, 1, -1.5, 0.1, 1 / 3, 2 / 3 * 1e15, 1e15, 1.2345678901234567e15, 123456789012345680000, 1e21, 1.5e22, 1e-4,
      1e-5, 1.234e-5, 1e-6, 1.5e-7, 5e-324, 1.7976931348623157e308, 2 ** 53, -987654.321, 100, 12.5, 33.3];
    for (let index = 0; index < 200; index++) numbers.push((Math.random() - 0.5) * 10 ** Math.floor(Math.random() * 50 - 25));
    expect(await sqlCells(numberCell, numbers.map(String), "float8")).toEqual(numbers.map(csvCell));
  });

  it("streams lines through COPY's text format byte for byte as the writer writes them", async () => {
    const rows = HOSTILE.map((text, index) => ({ index, text }));
    const values = rows.map((row) => `(${row.index}, ${pg.escapeLiteral(row.text)})`).join(", ");
    const columns = [{ header: "index", value: (row: (typeof rows)[number]) => row.index }, { header: "text", value: (row: (typeof rows)[number]) => row.text }];
    const copied = await bytes(await copyCsvStream(headers(columns), `SELECT ${csvLine(["t.i::text", textCell("t.v")])} FROM (VALUES ${values}) AS t(i, v) ORDER BY t.i`));
    expect(copied.toString("utf8")).toBe(toCsv(columns, rows));
  });
});

describe("COPY exports are the keyset writer's bytes", () => {
  const oldBytes = async <Row>(columns: Parameters<typeof csvDownload<Row>>[2], rows: AsyncIterable<Row>) =>
    Buffer.from(await (await csvDownload("x", today, columns, rows)).arrayBuffer());

  it("pledges, for many filters", async () => {
    for (const input of [{}, { kind: "all" }, { kind: "statement" }, { status: "IN_PROGRESS,ANNOUNCED" }, { q: "rail" }, { overdue: "true" }, { side: "CHINA", category: "education" }, { review: "never" }, { talk: "1" }]) {
      const params = listParamsSchema.parse(input);
      const copied = await bytes(await copyCsvStream(headers(COMMITMENT_COLUMNS), commitmentCopySql(params, today)));
      expect(copied.equals(await oldBytes(COMMITMENT_COLUMNS, commitmentExportRows(params, today))), JSON.stringify(input)).toBe(true);
    }
  });

  it("evidence", async () => {
    const copied = await bytes(await copyCsvStream(headers(EVIDENCE_COLUMNS), EVIDENCE_COPY_SQL));
    expect(copied.toString("utf8")).toBe((await oldBytes(EVIDENCE_COLUMNS, evidenceExportRows())).toString("utf8"));
  });

  it("status history", async () => {
    const copied = await bytes(await copyCsvStream(headers(STATUS_HISTORY_COLUMNS), STATUS_HISTORY_COPY_SQL));
    expect(copied.toString("utf8")).toBe((await oldBytes(STATUS_HISTORY_COLUMNS, statusHistoryExportRows())).toString("utf8"));
  });
});
