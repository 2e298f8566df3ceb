"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { listHref } from "@/lib/stats/chart-tables";
import { ChartKeyboard, MarkLink } from "./chart-marks";
import { countText, TOOLTIP_ITEM_STYLE, type ChartUnits } from "./chart-types";

interface Props {
  rows: { talkId: number; label: string; count: number }[];
  seriesName: string;
  units: ChartUnits;
}

/** "29 May 2020" as "29 May" over "2020", so five talks fit side by side on a phone. */
function TwoLineTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const text = String(payload?.value ?? "");
  const split = text.lastIndexOf(" ");
  const [first, second] = split > 0 ? [text.slice(0, split), text.slice(split + 1)] : [text, ""];
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="middle" fontSize={12} fill="#1f2933">
      <tspan x={Number(x)} dy="0.9em">{first}</tspan>
      <tspan x={Number(x)} dy="1.2em">{second}</tspan>
    </text>
  );
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
        <XAxis dataKey="label" tick={TwoLineTick} interval={0} height={40} />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} />
        <Bar dataKey="count" name={seriesName} fill="#7a1f2b" isAnimationActive={false} shape={shape}>
          <LabelList dataKey="count" position="top" fill="#1f2933" fontSize={13} fontWeight={600} />
        </Bar>
      </BarChart>
    </ChartKeyboard>
  );
}
