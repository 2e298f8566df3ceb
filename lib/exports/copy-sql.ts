import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CsvColumn } from "@/lib/csv/writer";
import { csvLine } from "./copy-cells";

/** An export column: its header, its value for the keyset writer, its cell for COPY. */
export interface ExportColumn<Row> extends CsvColumn<Row> {
  /** An SQL expression over the export's inner query (alias `t`) writing the cell. */
  sql: string;
}

/** The COPY select: the inner query's rows, one CSV line each, in the inner query's order. */
export const copyLineSql = (columns: readonly ExportColumn<never>[], innerSql: string) =>
  `SELECT ${csvLine(columns.map((column) => column.sql))} FROM (${innerSql}) AS t`;

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
