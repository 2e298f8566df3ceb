// What an import would do, row by row, and what is wrong with it.

export const IMPORT_KINDS = ["commitments", "evidence", "status-changes"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A field's value before and after, as the CSV writes it. */
export type Diff = Record<string, { before: string; after: string }>;

export interface PlannedRow {
  /** The row's line in the file: the header is row 1, so the first record is row 2 (as a spreadsheet numbers it). */
  row: number;
  action: "create" | "update" | "unchanged";
  /** The record's stable id: a pledge's slug, an evidence id, or the pledge of a status change. */
  key: string;
  diff: Diff;
}

export interface RowError {
  row: number;
  /** The CSV column the problem is in; empty for the row as a whole. */
  column: string;
  message: string;
}

/** An import refused: every problem found, none written. */
export class ImportRejected extends Error {
  constructor(readonly errors: RowError[]) {
    super(`${errors.length} row${errors.length === 1 ? "" : "s"} of the import cannot be applied: nothing was written.`);
    this.name = "ImportRejected";
  }
}

export function diffOf(before: Record<string, string>, after: Record<string, string>): Diff {
  const diff: Diff = {};
  for (const [column, value] of Object.entries(after)) {
    if ((before[column] ?? "") !== value) diff[column] = { before: before[column] ?? "", after: value };
  }
  return diff;
}
