"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type LabelProps } from "recharts";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { useListHref } from "@/components/public/snapshot-links";
import { AxisLabel } from "./axis-label";
import { ChartKeyboard } from "./chart-keyboard";
import { countText, markProps, stackedBarHeight, TOOLTIP_ITEM_STYLE, type ChartUnits, type StatusLegend } from "./chart-types";
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

const AXIS_WIDTH = 132;
/** Segments too narrow for their number leave it to the tooltip, the focus line and the table. */
const MIN_LABEL_WIDTH = 12;

/**
 * Pledges per group, stacked by status (Recharts), each segment with its count where it fits and
 * each bar with its total on the axis. The axis starts at zero. A segment (clicked, or reached with
 * Tab and the arrow keys and opened with Enter) opens the list filtered to group and status.
 * Statuses no group has are left out of bars, key and tooltip.
 */
export function StatusStackedBarChart({ rows: table, legend, filter, labels, units }: Props) {
  const listHref = useListHref();
  const statuses = legend.order.filter((status) => table.some((row) => count(row, status) > 0));
  const rows = table.map((row) => {
    const key = String(row[filter]);
    const label = labels?.[key] ?? String(row.name);
    return { ...row, key, label, axisLabel: `${label} (${statuses.reduce((sum, status) => sum + count(row, status), 0)})` };
  });
  const firstMark = rows.flatMap((row) => statuses.filter((status) => count(row, status) > 0).map((status) => `${row.key}:${status}`))[0];
  const shapeFor = (status: CommitmentStatus) =>
    function Segment(props: BarShapeProps) {
      const row = props.payload as (typeof rows)[number];
      const value = count(row, status);
      if (value === 0) return <g />;
      const key = `${row.key}:${status}`;
      return (
        <a {...markProps(key, listHref({ [filter]: row.key, status }), `${row.label}, ${legend.labels[status]}: ${countText(units, value)}`, value, key === firstMark)} className="chart-mark">
          <Rectangle {...props} stroke="#ffffff" strokeWidth={1} />
        </a>
      );
    };
  const labelFor = (status: CommitmentStatus) =>
    function SegmentLabel(props: LabelProps) {
      const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number) as [number, number, number, number];
      if (!props.value || !(width >= MIN_LABEL_WIDTH * String(props.value).length)) return null;
      return (
        <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={600} fill={legend.textColors[status]} pointerEvents="none" data-bar-label={status}>
          {String(props.value)}
        </text>
      );
    };
  return (
    <ChartKeyboard>
      <BarChart responsive accessibilityLayer={false} data={rows} layout="vertical" margin={{ left: 4, right: 12 }} style={{ width: "100%", height: stackedBarHeight(rows.length) }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} domain={[0, "auto"]} />
        <YAxis type="category" dataKey="axisLabel" width={AXIS_WIDTH} tick={<AxisLabel width={AXIS_WIDTH - 8} />} interval={0} />
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={(item) => legend.order.indexOf(item.dataKey as CommitmentStatus)} />
        {statuses.map((status) => (
          <Bar key={status} dataKey={status} name={legend.labels[status]} stackId="status" fill={legend.fills[status]} isAnimationActive={false} shape={shapeFor(status)}>
            <LabelList dataKey={status} content={labelFor(status)} />
          </Bar>
        ))}
      </BarChart>
      <StatusKey items={statuses.map((status) => ({ key: status, label: legend.labels[status], fill: statusFillClass(status) }))} />
    </ChartKeyboard>
  );
}
