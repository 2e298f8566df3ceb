"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { TOOLTIP_ITEM_STYLE } from "./chart-types";

export interface IndicatorSeries {
  key: string;
  name: string;
  side: "CHINA" | "VIETNAM";
  /** period → the point's source address, so each mark opens the page it was read from. */
  sources: Record<string, string>;
}

interface Props {
  unit: string;
  series: IndicatorSeries[];
  /** One row per period, oldest first: `{ period, at, [series key]: value }` (absent where unpublished; `at` places it in time). */
  rows: Record<string, string | number>[];
  target: { value: number; label: string } | null;
}

export const INDICATOR_CHART_HEIGHT = 260;

// The two sides differ by line, marker and colour, so neither depends on seeing colour.
const STYLE = {
  CHINA: { stroke: "#7a1f2b", dash: undefined, legend: "square" as const },
  VIETNAM: { stroke: "#1f4e79", dash: "6 4", legend: "circle" as const },
};

interface DotProps { cx?: number; cy?: number; payload?: Record<string, string | number>; value?: unknown }

function dot(series: IndicatorSeries) {
  const Dot = ({ cx, cy, payload, value }: DotProps) => {
    if (cx === undefined || cy === undefined || value === undefined || value === null || !payload) return <g key={`${series.key}-none`} />;
    const period = String(payload.period);
    const href = series.sources[period];
    const mark = series.side === "CHINA"
      ? <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={STYLE.CHINA.stroke} />
      : <circle cx={cx} cy={cy} r={5.5} fill="#fff" stroke={STYLE.VIETNAM.stroke} strokeWidth={2.5} />;
    return (
      <a key={`${series.key}-${period}`} href={href} rel="noopener noreferrer" aria-label={`${series.name}, ${period}: ${String(value)} (source)`} data-point-source={href}>
        {mark}
      </a>
    );
  };
  return Dot;
}

/**
 * One or two series in the same unit (both sides' figures where both exist) against the pledge's
 * target, on an axis from zero: a line chart that started anywhere else would exaggerate change.
 * Each marker links to the page its figure was read from.
 */
export function IndicatorChart({ unit, series, rows, target }: Props) {
  // Ticks only where something was published; the empty years keep their place between them.
  const positions = rows.filter((row) => series.some((item) => item.key in row)).map((row) => Number(row.at));
  const labelAt = new Map(rows.map((row) => [Number(row.at), String(row.period)]));
  // A time axis, not a category axis: a year with no published figure keeps its place.
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  return (
    <LineChart responsive accessibilityLayer={false} data={rows} margin={{ top: 16, right: 16, left: 8, bottom: 4 }} style={{ width: "100%", height: INDICATOR_CHART_HEIGHT }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="at" type="number" domain={first === last ? [first - 1, last + 1] : [first, last]} ticks={positions} allowDecimals
        tickFormatter={(value: number) => labelAt.get(value) ?? ""} padding={{ left: 24, right: 24 }} />
      <YAxis domain={[0, "auto"]} allowDecimals tickFormatter={(value: number) => value.toLocaleString("en-GB")} width={64}
        label={{ value: unit, angle: -90, position: "insideLeft", offset: 0, style: { textAnchor: "middle", fill: "#1f2933", fontSize: 12 } }} />
      <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} labelFormatter={(value) => labelAt.get(Number(value)) ?? ""} formatter={(value) => `${Number(value).toLocaleString("en-GB")} ${unit}`} />
      <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span style={{ color: "#1f2933" }}>{value}</span>} />
      {target && <ReferenceLine y={target.value} ifOverflow="extendDomain" stroke="#1f2933" strokeDasharray="2 2" label={{ value: target.label, position: "insideTopRight", fill: "#1f2933", fontSize: 12 }} />}
      {series.map((item) => (
        <Line key={item.key} dataKey={item.key} name={item.name} type="linear" connectNulls={false} isAnimationActive={false}
          stroke={STYLE[item.side].stroke} strokeWidth={2} strokeDasharray={STYLE[item.side].dash} legendType={STYLE[item.side].legend}
          dot={dot(item)} activeDot={false} />
      ))}
    </LineChart>
  );
}
