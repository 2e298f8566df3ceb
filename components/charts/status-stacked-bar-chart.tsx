"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type LabelProps } from "recharts";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { listHref } from "@/lib/stats/chart-tables";
import { ChartKeyboard, MarkLink } from "./chart-marks";
import { countText, TOOLTIP_ITEM_STYLE, type ChartUnits, type StatusLegend } from "./chart-types";
import { StatusKey } from "./status-key";

type Row = Record<string, string | number> & { key: string; label: string };

interface Props {
  /** In the order drawn, top to bottom (already sorted where the order means something). */
  rows: Row[];
  legend: StatusLegend;
  /** The list filter a bar stands for, e.g. "category" or "side". */
  filter: "category" | "side";
  units: ChartUnits;
}

const count = (row: Row, status: CommitmentStatus) => Number(row[status] ?? 0);

/** Segments too narrow for their number leave it to the tooltip, the focus line and the table. */
const MIN_LABEL_WIDTH = 12;

/**
 * Pledges per group, stacked by status, each segment with its count and each bar with its total.
 * A segment (clicked, or reached with Tab and the arrow keys and opened with Enter) opens the list
 * filtered to group and status. Statuses no group has are left out of bars, key and tooltip.
 */
export function StatusStackedBarChart({ rows, legend, filter, units }: Props) {
  const statuses = legend.order.filter((status) => rows.some((row) => count(row, status) > 0));
  const keys = rows.flatMap((row) => statuses.filter((status) => count(row, status) > 0).map((status) => `${row.key}:${status}`));
  const data = rows.map((row) => ({ ...row, axisLabel: `${row.label} (${statuses.reduce((sum, status) => sum + count(row, status), 0)})` }));
  const shapeFor = (status: CommitmentStatus) =>
    function Segment(props: BarShapeProps) {
      const row = props.payload as Row;
      const value = count(row, status);
      if (value === 0) return <g />;
      return (
        <MarkLink markKey={`${row.key}:${status}`} href={listHref({ [filter]: row.key, status })} label={`${row.label}, ${legend.labels[status]}: ${countText(units, value)}`} value={value}>
          <Rectangle {...props} stroke="#ffffff" strokeWidth={1} />
        </MarkLink>
      );
    };
  const labelFor = (status: CommitmentStatus) =>
    function SegmentLabel(props: LabelProps) {
      const [x, y, width, height] = [props.x, props.y, props.width, props.height].map(Number) as [number, number, number, number];
      if (!props.value || !(width >= MIN_LABEL_WIDTH)) return null;
      return (
        <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={600} fill={legend.textColors[status]} pointerEvents="none" data-bar-label={status}>
          {String(props.value)}
        </text>
      );
    };
  return (
    <ChartKeyboard keys={keys}>
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{ left: 4, right: 12 }}
        style={{ width: "100%", height: Math.max(180, rows.length * 40 + 40) }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="axisLabel" width={132} tick={{ fontSize: 12, fill: "#1f2933" }} interval={0} />
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={(item) => legend.order.indexOf(item.dataKey as CommitmentStatus)} />
        {statuses.map((status) => (
          <Bar key={status} dataKey={status} name={legend.labels[status]} stackId="status" fill={legend.fills[status]} isAnimationActive={false} shape={shapeFor(status)}>
            <LabelList dataKey={status} content={labelFor(status)} />
          </Bar>
        ))}
      </BarChart>
      <StatusKey items={statuses.map((status) => ({ key: status, label: legend.labels[status], color: legend.fills[status] }))} />
    </ChartKeyboard>
  );
}
