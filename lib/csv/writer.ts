// RFC 4180 CSV for spreadsheets: CRLF line ends, every field quoted when needed, a UTF-8 byte
// order mark so Excel reads Vietnamese diacritics correctly, and cells that a spreadsheet would
// run as a formula neutralised (OWASP "CSV injection").

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = "\uFEFF";
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\n"]);
// A spreadsheet set to split on `;` or tabs (many locales, or "text to columns") starts a new cell
// after one, so `a;=cmd` holds a formula there. Such a cell is always quoted (RFC 4180 allows it,
// and the spreadsheets that honour quotes then keep it whole) and gets the apostrophe as well.
const HIDDEN_CELL_START = /[;\t][=+\-@]/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A text cell that starts with a formula trigger, or holds one after a `;` or tab, gets a leading
 * apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && (FORMULA_TRIGGERS.has(text[0]!) || HIDDEN_CELL_START.test(text)) ? `'${text}` : text;
}

/**
 * One cell. Numbers are written as numbers (a negative number is data, not a formula); every
 * text value, including one that looks like a number, goes through the formula guard.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

/** The whole file as text: for small tables (a chart's data). Exports stream instead. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  let text = CSV_BOM + csvRow(columns.map((column) => column.header));
  for (const row of rows) text += csvRow(columns.map((column) => column.value(row)));
  return text;
}

/**
 * Streams a CSV file from an async source of rows: header first, then one chunk per row as the
 * source yields it, so memory stays constant whatever the number of rows. Pulls only when the
 * consumer asks for more (backpressure), and stops the source when the download is cancelled.
 */
export function csvStream<Row>(columns: readonly CsvColumn<Row>[], rows: AsyncIterable<Row>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(columns.map((column) => column.header))));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(csvRow(columns.map((column) => column.value(next.value)))));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** `commitments-2026-11-23.csv`, for Content-Disposition. */
export function datedFilename(base: string, today: Date): string {
  return `${base}-${today.toISOString().slice(0, 10)}.csv`;
}
