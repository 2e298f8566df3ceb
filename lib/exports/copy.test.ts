import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { listParamsSchema } from "@/lib/commitments/list-params";
import { csvCell, toCsv } from "@/lib/csv/writer";
import { parseIsoDate } from "@/lib/dates";
import { COMMITMENT_COLUMNS, commitmentCopySql, commitmentExportRows } from "./commitments";
import { integerCell, numberCell, textCell, timestampCell } from "./copy-cells";
import { copyCsvStream } from "./copy";
import { closeCopyPool } from "./copy-pool";
import { copySelect } from "./copy-sql";
import { CopyColumn, CopyTextToCsv } from "./copy-text";
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

async function sqlCells(cell: (expr: string) => { sql: string }, values: readonly string[], type: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ cell: string }>(`SELECT ${cell(`v::${type}`).sql} AS cell FROM unnest($1::text[]) WITH ORDINALITY AS u(v, i) ORDER BY i`, [values]);
    return rows.map((row) => row.cell);
  } finally {
    await client.end();
  }
}

/** A one-text-column COPY of these values (NULL for null), in order, through the transform. */
async function copiedTexts(values: readonly (string | null)[]): Promise<string> {
  const rows = values.map((text, index) => `(${index}, ${text === null ? "NULL" : pg.escapeLiteral(text)})`).join(", ");
  const select = copySelect([{ header: "v", value: () => null, cell: textCell("t.v") }], `SELECT * FROM (VALUES ${rows}) AS v(i, v) ORDER BY i`);
  return (await bytes(await copyCsvStream(["v"], select))).toString("utf8");
}

/** The COPY text format of rows of values (what the server sends), for the transform alone. */
const copyFormat = (rows: readonly (readonly string[])[]) =>
  Buffer.from(rows.map((row) => `${row.map((value) => value.replace(/[\\\b\f\n\r\t\v]/g, (c) => `\\${({ "\\": "\\", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v" } as Record<string, string>)[c]}`)).join("\t")}\n`).join(""));

async function transformed(input: Buffer, split: (input: Buffer) => Buffer[], columns?: CopyColumn[]): Promise<string> {
  const transform = new CopyTextToCsv({ columns });
  const out: Buffer[] = [];
  transform.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve, reject) => transform.on("end", resolve).on("error", reject));
  for (const piece of split(input)) transform.write(piece);
  transform.end();
  await done;
  return Buffer.concat(out).toString("utf8");
}

const TEXT_BETWEEN = [CopyColumn.Cell, CopyColumn.Text, CopyColumn.Cell];

describe("COPY cells agree with the CSV writer", () => {
  it("writes every hostile text as the writer does, the OWASP rule included", async () => {
    expect(await copiedTexts([...HOSTILE, null])).toBe(toCsv([{ header: "v", value: (text: string | null) => text }], [...HOSTILE, null]));
    expect(await copiedTexts(["a;=b", "a\t+b", "a;b"])).toBe(`\uFEFFv\r\n"'a;=b"\r\n"'a\t+b"\r\n"a;b"\r\n`);
  });

  it("transforms COPY's text format the same however it is split into chunks", async () => {
    const rows = [...HOSTILE, '""""""', "=".repeat(5000), `x${'"'.repeat(70_000)}`].map((text, index) => [String(index), text, `n${index}\\\t`]);
    const input = copyFormat(rows);
    // A finished cell (first and last column) is written as COPY had it, escapes undone.
    const whole = await transformed(input, (all) => [all], TEXT_BETWEEN);
    expect(whole).toBe(rows.map(([index, text, cell]) => `${index},${csvCell(text)},${cell}\r\n`).join(""));
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const pieces = (all: Buffer) => Array.from({ length: Math.ceil(all.length / size) }, (_, at) => all.subarray(at * size, (at + 1) * size));
      expect(await transformed(input, pieces, TEXT_BETWEEN), `chunks of ${size}`).toBe(whole);
    }
  });

  it("writes timestamps (milliseconds) as Date#toISOString", async () => {
    const times = [0, -1, 1, 1709634030123, 1709634030000, Date.UTC(2026, 10, 23, 23, 59, 59, 999), Date.UTC(2000, 1, 29), Date.UTC(1900, 1, 28, 12),
      -62167219200000, -62167219200001, -62135596800000, 253402300799999, 253402300800000, 8.64e15, -8.64e15];
    for (let index = 0; index < 2000; index++) times.push(Math.round((Math.random() - 0.5) * 2 * 2.6e14));
    const copied = await transformed(copyFormat([...times.map((time) => [String(time)]), [""]]), (all) => [all], [CopyColumn.Timestamp]);
    expect(copied).toBe([...times.map((time) => new Date(time).toISOString()), ""].map((cell) => `${cell}\r\n`).join(""));
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const stored = ["2026-11-23 23:59:59.999+00", "2016-02-29 00:00:00+00", "1970-01-01 00:00:00.001+00", "1969-12-31 23:59:59.999+00", "2024-03-05 10:20:30.12+07"];
      const { rows } = await client.query<{ ms: string; at: Date }>(`SELECT ${timestampCell("v::timestamptz(3)").sql} AS ms, v::timestamptz(3) AS at FROM unnest($1::text[]) AS u(v)`, [stored]);
      for (const row of rows) expect(new Date(Number(row.ms)).toISOString()).toBe(row.at.toISOString());
    } finally {
      await client.end();
    }
  });

  it("refuses a row with the wrong number of columns, and output that ends inside a row", async () => {
    await expect(transformed(copyFormat([["1", "a"]]), (all) => [all], TEXT_BETWEEN)).rejects.toThrow(/2 columns, expected 3/);
    await expect(transformed(Buffer.from("1\ta"), (all) => [all], [CopyColumn.Cell, CopyColumn.Text])).rejects.toThrow(/inside a row/);
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
    const select = copySelect([{ ...columns[0]!, cell: integerCell("t.i") }, { ...columns[1]!, cell: textCell("t.v") }] as never[], `SELECT * FROM (VALUES ${values}) AS t(i, v) ORDER BY t.i`);
    const copied = await bytes(await copyCsvStream(headers(columns), select));
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
