"use client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { listHref } from "@/lib/stats/chart-tables";
import { BarLayout, BarRow, percent, SegmentLabel } from "./bar-layout";
import { ChartKeyboard, useLive } from "./chart-keyboard";
import { countText, markProps, type ChartUnits, type StatusLegend } from "./chart-types";
import { statusFillClass } from "./status-patterns";
import { StatusKey } from "./status-key";

type Row = Record<string, string | number>;

interface Props {
  /**
   * The chart's table rows (lib/stats/chart-tables.ts), in the order drawn, top to bottom: each
   * has the group's code under `filter` and its counts under the statuses.
   */
  rows: Row[];
  legend: StatusLegend;
  /** The list filter a bar stands for, and the field of its code: "category" or "side". */
  filter: "category" | "side";
  /** Bar labels by code; without, a row's `name`. */
  labels?: Record<string, string>;
  units: ChartUnits;
}

const count = (row: Row, status: CommitmentStatus) => Number(row[status] ?? 0);

/**
 * Pledges per group, stacked by status, each segment with its count (where it fits) and each bar
 * with its total. A segment (clicked, or reached with Tab and the arrow keys and opened with Enter)
 * opens the list filtered to group and status. Statuses no group has are left out of bars and key.
 */
export function StatusStackedBarChart({ rows: table, legend, filter, labels, units }: Props) {
  const rows = table.map((row) => ({ ...row, key: String(row[filter]), label: labels?.[String(row[filter])] ?? String(row.name) }));
  const statuses = legend.order.filter((status) => rows.some((row) => count(row, status) > 0));
  const totals = rows.map((row) => statuses.reduce((sum, status) => sum + count(row, status), 0));
  const firstMark = rows.flatMap((row) => statuses.filter((status) => count(row, status) > 0).map((status) => `${row.key}:${status}`))[0];
  const live = useLive();
  return (
    <ChartKeyboard>
      <BarLayout max={Math.max(0, ...totals)}>
        {rows.map((row, index) => (
          <BarRow key={row.key} label={row.label} total={totals[index]!}>
            {statuses.map((status) => {
              const value = count(row, status);
              if (value === 0) return null;
              const key = `${row.key}:${status}`;
              const drawn = { className: `seg ${statusFillClass(status)}`, style: { width: percent(value, totals[index]!) }, children: <SegmentLabel value={value} /> };
              if (!live) return <span key={status} {...drawn} />;
              return <a key={status} {...markProps(key, listHref({ [filter]: row.key, status }), `${row.label}, ${legend.labels[status]}: ${countText(units, value)}`, value, key === firstMark)} {...drawn} />;
            })}
          </BarRow>
        ))}
      </BarLayout>
      <StatusKey items={statuses.map((status) => ({ key: status, label: legend.labels[status], fill: statusFillClass(status) }))} />
    </ChartKeyboard>
  );
}
