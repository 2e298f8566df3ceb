// The shape of a synthetic dataset: one column-oriented table per model, so that each column goes
// to PostgreSQL as one array parameter of a multi-row `INSERT … SELECT FROM unnest(…)`.
export type CellValue = string | number | boolean | null;

/** `pgType` is the array element type sent to unnest; `castTo` converts it (enums, dates). */
export type Column = { name: string; pgType: "int4" | "text" | "bool" | "float8"; castTo?: string; values: CellValue[] };

export type Table = { name: string; columns: Column[] };

export type DatasetSizes = { talks: number; commitments: number; quotes: number; evidence: number; statusChanges: number };

export const FULL_SIZES: DatasetSizes = { talks: 500, commitments: 20_000, quotes: 60_000, evidence: 200_000, statusChanges: 500_000 };
export const SMOKE_SIZES: DatasetSizes = { talks: 10, commitments: 200, quotes: 600, evidence: 2_000, statusChanges: 5_000 };

/** Ten years of history, the span the dates of talks, evidence and status changes fall in. */
export const HISTORY_START = "2016-01-01";
export const HISTORY_END = "2025-12-31";

export function rowCount(table: Table): number {
  return table.columns[0]?.values.length ?? 0;
}

export function column(table: Table, name: string): CellValue[] {
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`${table.name} has no column ${name}`);
  return found.values;
}

type Values = CellValue[];
export const intColumn = (name: string, values: Values): Column => ({ name, pgType: "int4", values });
export const textColumn = (name: string, values: Values): Column => ({ name, pgType: "text", values });
export const boolColumn = (name: string, values: Values): Column => ({ name, pgType: "bool", values });
export const dateColumn = (name: string, values: Values): Column => ({ name, pgType: "text", castTo: "date", values });
export const timestampColumn = (name: string, values: Values): Column => ({ name, pgType: "text", castTo: "timestamptz", values });
export const enumColumn = (name: string, values: Values, enumName: string): Column => ({ name, pgType: "text", castTo: `"${enumName}"`, values });
