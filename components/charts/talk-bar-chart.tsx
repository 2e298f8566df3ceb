"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { useListHref } from "@/components/public/snapshot-links";
import { AxisLabel } from "./axis-label";
import { ChartKeyboard } from "./chart-keyboard";
import { countText, markProps, talkBarHeight, TOOLTIP_ITEM_STYLE, type ChartUnits } from "./chart-types";

interface Props {
  /** The talks drawn, in the order drawn (the most commitments first): the dashboard's top talks only. */
  rows: { talkId: number; label: string; count: number }[];
  seriesName: string;
  units: ChartUnits;
}

const AXIS_WIDTH = 112;

/**
 * Commitments quoted from each talk (Recharts), a horizontal bar per talk with its count at the
 * bar's end and beside its date on the axis; the axis starts at zero. A bar (clicked, or reached
 * with Tab and the arrow keys and opened with Enter) opens the list filtered to that talk.
 */
export function TalkBarChart({ rows, seriesName, units }: Props) {
  const listHref = useListHref();
  const data = rows.filter((row) => row.count > 0).map((row) => ({ ...row, axisLabel: `${row.label} (${row.count})` }));
  const shape = (props: BarShapeProps) => {
    const row = props.payload as (typeof data)[number];
    return (
      <a {...markProps(String(row.talkId), listHref({ talk: row.talkId }), `${row.label}: ${countText(units, row.count)}`, row.count, row === data[0])} className="chart-mark">
        <Rectangle {...props} />
      </a>
    );
  };
  return (
    <ChartKeyboard>
      <BarChart responsive accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 4, right: 28 }} style={{ width: "100%", height: talkBarHeight(data.length) }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} domain={[0, "auto"]} />
        <YAxis type="category" dataKey="axisLabel" width={AXIS_WIDTH} tick={<AxisLabel width={AXIS_WIDTH - 8} />} interval={0} />
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
        <Bar dataKey="count" name={seriesName} fill="#7a1f2b" isAnimationActive={false} shape={shape}>
          <LabelList dataKey="count" position="right" fill="#1f2933" fontSize={13} fontWeight={600} />
        </Bar>
      </BarChart>
    </ChartKeyboard>
  );
}
