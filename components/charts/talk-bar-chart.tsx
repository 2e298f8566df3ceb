"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { listHref } from "@/lib/stats/chart-tables";
import { ChartKeyboard, MarkLink } from "./chart-marks";
import { countText, type ChartUnits } from "./chart-types";

interface Props {
  rows: { talkId: number; label: string; count: number }[];
  seriesName: string;
  units: ChartUnits;
}

/**
 * Pledges quoted from each talk, each bar with its count; a bar (clicked, or reached with Tab and
 * the arrow keys and opened with Enter) opens the list filtered to that talk.
 */
export function TalkBarChart({ rows, seriesName, units }: Props) {
  const bars = rows.filter((row) => row.count > 0);
  const shape = (props: BarShapeProps) => {
    const row = props.payload as Props["rows"][number];
    if (row.count === 0) return <g />;
    return (
      <MarkLink markKey={String(row.talkId)} href={listHref({ talk: row.talkId })} label={`${row.label}: ${countText(units, row.count)}`} value={row.count}>
        <Rectangle {...props} />
      </MarkLink>
    );
  };
  return (
    <ChartKeyboard keys={bars.map((row) => String(row.talkId))}>
      <BarChart responsive accessibilityLayer={false} data={rows} margin={{ top: 20, left: 0, right: 8 }} style={{ width: "100%", height: 280 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#1f2933" }} interval={0} />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip />
        <Bar dataKey="count" name={seriesName} fill="#7a1f2b" isAnimationActive={false} shape={shape}>
          <LabelList dataKey="count" position="top" fill="#1f2933" fontSize={13} fontWeight={600} />
        </Bar>
      </BarChart>
    </ChartKeyboard>
  );
}
