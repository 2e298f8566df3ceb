import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CsvColumn } from "@/lib/csv/writer";
import type { CopyCell } from "./copy-cells";
import type { CopyColumn } from "./copy-text";

/** An export column: its header, its value for the keyset writer, its cell for COPY. */
export interface ExportColumn<Row> extends CsvColumn<Row> {
  /** The column of the COPY select, an SQL expression over the export's inner query (alias `t`). */
  cell: CopyCell;
}

/** What ./copy.ts streams: a SELECT, and how ./copy-text.ts writes each of its columns. */
export interface CopySelect {
  sql: string;
  columns: readonly CopyColumn[];
}

/** The COPY select: the inner query's rows, one column per export column, in the inner query's order. */
export const copySelect = (columns: readonly ExportColumn<never>[], innerSql: string): CopySelect => ({
  sql: `SELECT ${columns.map((column) => column.cell.sql).join(", ")} FROM (${innerSql}) AS t`,
  columns: columns.map((column) => column.cell.as),
});

/**
 * COPY takes no bind parameters: a Prisma.Sql fragment is written out with its values as
 * literals, escaped by the pg driver's own escapeLiteral (strings) or checked (numbers).
 */
export function inlineSql(fragment: Prisma.Sql): string {
  return fragment.text.replace(/\$(\d+)/g, (_, index: string) => literal(fragment.values[Number(index) - 1]));
}

function literal(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string") return pg.escapeLiteral(value);
  throw new Error(`cannot inline a ${typeof value} into SQL`);
}
