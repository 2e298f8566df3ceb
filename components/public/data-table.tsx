"use client";
import Link from "next/link";
import { tableSpec, type ChartId, type Row } from "@/lib/stats/chart-tables";
import { useThen } from "./snapshot-links";

export interface DataTableProps {
  id: ChartId;
  /** The rows shown, as lib/stats/chart-tables.ts makes them; columns and links follow from `id`. */
  rows: Row[];
  /** The last month of "status over time" (its only row with links). */
  lastMonth?: string;
  /** Header text per column (by CSV header); a column without one shows its CSV header. */
  headers: Record<string, string>;
  caption: string;
}

/**
 * A chart's data as a table. A client component for its size, not for behaviour: handed the rows
 * as plain data, the page carries them once, where a server-rendered table would carry every
 * cell's markup twice (HTML and React payload) and cells with links once more.
 */
export function DataTable({ id, rows, lastMonth, headers, caption }: DataTableProps) {
  const { columns, link } = tableSpec(id, lastMonth);
  const then = useThen();
  return (
    <table className="w-full border-collapse text-left text-xs tabular-nums sm:text-sm [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2 [&_td]:px-2 [&_td]:py-1">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className="border-b border-rule px-2 py-1 font-semibold">
              {headers[column.header] ?? column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index} className="odd:bg-paper">
            {columns.map((column) => {
              const text = String(column.value(row) ?? "");
              const href = link?.(row, column.header);
              return (
                <td key={column.header} data-column={column.header}>
                  {href ? <Link href={then(href)} prefetch={false} data-table-link>{text}</Link> : text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
