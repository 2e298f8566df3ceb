"use client";
import { useState } from "react";
import { DataTable, type DataTableProps } from "./data-table";

interface Props {
  summary: string;
  table: DataTableProps;
  footnote?: string;
}

/**
 * A chart's table in a disclosure, drawn when it is opened: the page carries the cells once, as
 * data, instead of as markup nobody reads until they open it (the chart's table page has them as
 * HTML without JavaScript).
 */
export function TableDisclosure({ summary, table, footnote }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="w-full" data-chart-table={table.id} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-accent underline-offset-2 hover:underline">{summary}</summary>
      {open && (
        <div className="mt-2 overflow-x-auto">
          <DataTable {...table} />
        </div>
      )}
      {footnote && <p className="mt-2 text-xs text-muted sm:text-sm" data-table-footnote>{footnote}</p>}
    </details>
  );
}
