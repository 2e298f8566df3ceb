"use client";
import { Pie, PieChart, Sector, Tooltip, type PieLabelRenderProps, type PieSectorShapeProps } from "recharts";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { useListHref } from "@/components/public/snapshot-links";
import { ChartKeyboard } from "./chart-keyboard";
import { countText, markProps, PIE_HEIGHT, TOOLTIP_ITEM_STYLE, type ChartUnits, type StatusLegend } from "./chart-types";
import { statusFillClass } from "./status-patterns";
import { StatusKey } from "./status-key";

interface Props {
  rows: { status: CommitmentStatus; count: number }[];
  legend: StatusLegend;
  units: ChartUnits;
}

/**
 * Current status of all pledges, drawn with Recharts: each slice carries its count, the total
 * stands in the centre, and a slice (clicked, or reached with Tab and the arrow keys and opened
 * with Enter) opens the list filtered to that status.
 */
export function StatusPieChart({ rows, legend, units }: Props) {
  const listHref = useListHref();
  const data = rows.filter((row) => row.count > 0).map((row) => ({ ...row, name: legend.labels[row.status], fill: legend.fills[row.status] }));
  const total = data.reduce((sum, row) => sum + row.count, 0);
  const shape = (props: PieSectorShapeProps) => {
    const row = data[props.index]!;
    return (
      <a {...markProps(row.status, listHref({ status: row.status }), `${row.name}: ${countText(units, row.count)}`, row.count, props.index === 0)} className="chart-mark">
        <Sector {...props} />
      </a>
    );
  };
  const label = (props: PieLabelRenderProps) => {
    const row = data[props.index]!;
    return (
      <text x={props.x} y={props.y} textAnchor={props.textAnchor} dominantBaseline="central" fill="#1f2933" fontSize={14} fontWeight={600} data-pie-label={row.status} pointerEvents="none">
        {row.count}
      </text>
    );
  };
  return (
    <ChartKeyboard>
      <div className="relative">
        <PieChart responsive accessibilityLayer={false} style={{ width: "100%", height: PIE_HEIGHT }}>
          <Pie
            data={data}
            dataKey="count"
            nameKey="name"
            innerRadius="48%"
            outerRadius="78%"
            startAngle={90}
            endAngle={-270}
            isAnimationActive={false}
            rootTabIndex={-1}
            shape={shape}
            label={label}
            labelLine={{ stroke: "#52606d" }}
            stroke="#ffffff"
          />
          <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
        </PieChart>
        {/* The total in the hole: the pie is centred in the chart box, so plain centred HTML lands there. */}
        <p className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center" data-pie-total={total}>
          <span className="font-serif text-3xl font-semibold tabular-nums text-ink" data-total-number>
            {total}
          </span>
          <span className="text-sm text-muted">{units.total}</span>
        </p>
      </div>
      <StatusKey items={data.map((row) => ({ key: row.status, label: row.name, fill: statusFillClass(row.status), count: row.count }))} />
    </ChartKeyboard>
  );
}
