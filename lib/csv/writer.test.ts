import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvRow, csvStream, datedFilename, toCsv } from "./writer";

const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false });

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // TextDecoder with ignoreBOM keeps the byte order mark, which Response.text() would strip.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks per RFC 4180", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
  });

  it("neutralises every formula trigger with a leading apostrophe", () => {
    for (const trigger of ["=", "+", "-", "@", "\t", "\r", "\n"]) {
      const cell = csvCell(`${trigger}HYPERLINK("http://evil.example","x")`);
      const [[parsed]] = parseCsv(cell + "\r\n") as [[string]];
      expect(parsed.startsWith("'")).toBe(true);
    }
    expect(csvCell("=1+2")).toBe("'=1+2");
  });

  it("neutralises a trigger after a ; or a tab, where other separators start a new cell", () => {
    for (const separator of [";", "\t"]) {
      for (const trigger of ["=", "+", "-", "@"]) {
        const value = `total${separator}${trigger}HYPERLINK("http://evil.example","x")`;
        const line = csvRow([value, "next"]);
        expect(parseCsv(line)).toEqual([[`'${value}`, "next"]]);
        // The same line read by a spreadsheet that splits on `;` or tabs: no cell is a formula.
        for (const delimiter of [";", "\t"]) {
          const cells = (parse(line, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]).flat();
          for (const cell of cells) expect(cell, JSON.stringify({ separator, delimiter, cell })).not.toMatch(/^[=+\-@]/);
        }
      }
    }
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("a;=b")).toBe(`"'a;=b"`);
    expect(csvCell("a\t-1")).toBe(`"'a\t-1"`);
    expect(csvCell("a - b; c")).toBe('"a - b; c"');
  });

  it("writes numbers, booleans and empty values plainly", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(1.5)).toBe("1.5");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("keeps Vietnamese diacritics, CJK and emoji intact", () => {
    const text = "Nguyễn Phú Trọng – 习近平 🇻🇳";
    expect(parseCsv(csvRow([text]))).toEqual([[text]]);
  });
});

describe("CSV round trip (property)", () => {
  const trigger = /^[=+\-@\t\r\n]|[;\t][=+\-@]/;
  it("parses back to the same cells, except that triggering cells gain one apostrophe", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^[a;\t=+\-@,"]{0,8}$/)), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ""));
        const text = table.map((row) => csvRow(row)).join("");
        const parsed = parseCsv(text);
        expect(parsed).toEqual(table.map((row) => row.map((cell) => (trigger.test(cell) ? `'${cell}` : cell))));
        for (const row of parsed) for (const cell of row) expect(/^[=+\-@\t\r\n]/.test(cell)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("toCsv and csvStream", () => {
  const columns = [
    { header: "name", value: (row: { name: string; n: number }) => row.name },
    { header: "n", value: (row: { name: string; n: number }) => row.n },
  ];
  const rows = [
    { name: "Hà Nội", n: 1 },
    { name: "=cmd|' /C calc'!A0", n: 2 },
  ];

  it("starts with a BOM, ends every line with CRLF and parses back", () => {
    const text = toCsv(columns, rows);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.split("\r\n")).toHaveLength(4);
    expect(parseCsv(text)).toEqual([["name", "n"], ["Hà Nội", "1"], ["'=cmd|' /C calc'!A0", "2"]]);
  });

  it("streams the same bytes as toCsv, pulling rows one by one", async () => {
    let pulled = 0;
    async function* source() {
      for (const row of rows) {
        pulled++;
        yield row;
      }
    }
    const stream = csvStream(columns, source());
    expect(pulled).toBe(0);
    expect(await readAll(stream)).toBe(toCsv(columns, rows));
    expect(pulled).toBe(2);
  });

  it("stops the source when the reader cancels", async () => {
    let finished = false;
    async function* endless() {
      try {
        for (let n = 0; ; n++) yield { name: "x", n };
      } finally {
        finished = true;
      }
    }
    const reader = csvStream(columns, endless()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });

  it("names files with the date", () => {
    expect(datedFilename("evidence", new Date(Date.UTC(2026, 10, 3)))).toBe("evidence-2026-11-03.csv");
  });
});
