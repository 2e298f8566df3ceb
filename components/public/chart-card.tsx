import Link from "next/link";
import type { ReactNode } from "react";
import type { ChartTable } from "@/lib/stats/chart-tables";

interface Props {
  id: string;
  title: string;
  reading: string;
  hint: string;
  table: ChartTable;
  headers: Record<string, string>;
  tableCaption: string;
  showTableLabel: string;
  csvLabel: string;
  /** Said under the table too, where the chart needs a word of explanation (e.g. restatements). */
  footnote?: string;
  children: ReactNode;
}

/**
 * A chart with its title, a one-line plain reading, the same data as a table (in a disclosure that
 * keyboard and screen-reader users reach) and a CSV of exactly those rows.
 */
export function ChartCard({ id, title, reading, hint, table, headers, tableCaption, showTableLabel, csvLabel, footnote, children }: Props) {
  return (
    <section aria-labelledby={`chart-${id}-title`} className="rounded-lg border border-rule bg-white p-4 sm:p-5" data-chart={id}>
      <h3 id={`chart-${id}-title`} className="font-serif text-lg font-semibold">
        {title}
      </h3>
      <p className="mt-1 text-sm text-muted">{reading}</p>
      <figure className="mt-3" aria-label={title} data-chart-figure>
        {children}
        <figcaption className="mt-1 text-xs text-muted">{hint}</figcaption>
      </figure>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
        <details className="w-full" data-chart-table={id}>
          <summary className="cursor-pointer font-medium text-accent underline-offset-2 hover:underline">{showTableLabel}</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-left text-xs sm:text-sm">
              <caption className="sr-only">{tableCaption}</caption>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column.header} scope="col" className="border-b border-rule px-2 py-1 font-semibold">
                      {headers[column.header] ?? column.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={index} className="odd:bg-paper">
                    {table.columns.map((column) => {
                      const text = String(column.value(row) ?? "");
                      const href = table.link?.(row, column.header);
                      return (
                        <td key={column.header} className="px-2 py-1 tabular-nums" data-column={column.header}>
                          {href ? (
                            <Link href={href} className="text-accent underline underline-offset-2" data-table-link>
                              {text}
                            </Link>
                          ) : (
                            text
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {footnote && <p className="mt-2 text-xs text-muted sm:text-sm" data-table-footnote>{footnote}</p>}
        </details>
        <a href={`/api/stats/${id}.csv`} download className="font-medium text-accent underline" data-chart-csv={id}>
          {csvLabel}
        </a>
      </div>
    </section>
  );
}
