// A CSV's header checked against the columns an import knows: the export's columns, of which
// some are required and some are read-only (derived, ignored on import).
import { CsvSyntaxError, parseCsv, unguardCell } from "./csv-read";
import type { RowError } from "./plan";

export interface ColumnSet {
  /** Columns the import reads. */
  writable: readonly string[];
  required: readonly string[];
  /** Columns of the export that are derived or identify another record: accepted and ignored. */
  ignored: readonly string[];
}

export const MAX_IMPORT_ROWS = 5_000;

export interface CsvRecord {
  row: number;
  cells: Record<string, string>;
  /** Columns present in the file (a missing optional column keeps the stored value). */
  present: ReadonlySet<string>;
}

/** The file's records as column → text, or every problem with its header. */
export function readTable(text: string, columns: ColumnSet): { ok: true; records: CsvRecord[] } | { ok: false; errors: RowError[] } {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, errors: [{ row: error.row, column: "", message: error.message }] };
    throw error;
  }
  const [header, ...records] = rows;
  if (!header) return { ok: false, errors: [{ row: 1, column: "", message: "The file is empty: it needs a header row and at least one record." }] };
  const names = header.map((name) => name.trim());
  const errors: RowError[] = [];
  const known = new Set([...columns.writable, ...columns.ignored]);
  names.forEach((name, index) => {
    if (!known.has(name)) errors.push({ row: 1, column: name, message: `Unknown column. Known columns: ${[...columns.writable, ...columns.ignored].join(", ")}.` });
    else if (names.indexOf(name) !== index) errors.push({ row: 1, column: name, message: "This column appears twice." });
  });
  for (const name of columns.required) if (!names.includes(name)) errors.push({ row: 1, column: name, message: "This column is required." });
  if (!records.length) errors.push({ row: 2, column: "", message: "The file has a header but no records." });
  if (records.length > MAX_IMPORT_ROWS) errors.push({ row: MAX_IMPORT_ROWS + 2, column: "", message: `At most ${MAX_IMPORT_ROWS} records per import.` });
  if (errors.length) return { ok: false, errors };
  const present = new Set(names.filter((name) => columns.writable.includes(name)));
  return {
    ok: true,
    records: records.map((cells, index) => ({
      row: index + 2,
      present,
      cells: Object.fromEntries(names.map((name, column) => [name, unguardCell(cells[column] ?? "")])),
    })),
  };
}
