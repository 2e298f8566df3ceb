"use client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { listHref } from "@/lib/stats/chart-tables";
import { ChartKeyboard, useLive } from "./chart-keyboard";
import { countText, markProps, runningStarts, type ChartUnits, type StatusLegend } from "./chart-types";
import { statusFillClass } from "./status-patterns";
import { StatusKey } from "./status-key";

interface Props {
  rows: { status: CommitmentStatus; count: number }[];
  legend: StatusLegend;
  units: ChartUnits;
}

const [WIDTH, HEIGHT] = [320, 280];
const [CX, CY, OUTER, INNER] = [WIDTH / 2, HEIGHT / 2, 109, 67];
const round = (value: number) => Math.round(value * 10) / 10;
/** A point at `angle` (0 at the top, clockwise, in turns) on a circle of `radius`. */
const at = (angle: number, radius: number) => [round(CX + radius * Math.sin(2 * Math.PI * angle)), round(CY - radius * Math.cos(2 * Math.PI * angle))] as const;

/** A ring sector from `start` to `end` (turns). A whole ring is two halves: one arc cannot close on itself. */
function sector(start: number, end: number): string {
  if (end - start >= 1) return `${sector(0, 0.5)}${sector(0.5, 1)}`;
  const large = end - start > 0.5 ? 1 : 0;
  const [a, b, c, d] = [at(start, OUTER), at(end, OUTER), at(end, INNER), at(start, INNER)];
  return `M${a}A${OUTER} ${OUTER} 0 ${large} 1 ${b}L${c}A${INNER} ${INNER} 0 ${large} 0 ${d}Z`;
}

/**
 * Current status of all pledges, drawn on the server as SVG: each slice carries its count, the total
 * stands in the centre, and a slice (clicked, or reached with Tab and the arrow keys and opened with
 * Enter) opens the list filtered to that status.
 */
export function StatusPieChart({ rows, legend, units }: Props) {
  const data = rows.filter((row) => row.count > 0);
  const total = data.reduce((sum, row) => sum + row.count, 0);
  const starts = runningStarts(data.map((row) => row.count / total));
  const slices = data.map((row, i) => {
    const [start, end] = [starts[i]!, starts[i]! + row.count / total];
    return { ...row, name: legend.labels[row.status], start, end, middle: (start + end) / 2 };
  });
  const live = useLive();
  const drawn = (slice: (typeof slices)[number]) => <path d={sector(slice.start, slice.end)} fill={legend.fills[slice.status]} stroke="#ffffff" />;
  return (
    <ChartKeyboard>
      <div className="relative mx-auto h-[280px] max-w-[320px]">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-full w-full" role="presentation" data-chart-svg>
          {slices.map((slice, index) => {
            const [x1, y1] = at(slice.middle, OUTER + 2);
            const [x2, y2] = at(slice.middle, OUTER + 12);
            const [lx, ly] = at(slice.middle, OUTER + 20);
            return (
              <g key={slice.status}>
                {live ? (
                  <a {...markProps(slice.status, listHref({ status: slice.status }), `${slice.name}: ${countText(units, slice.count)}`, slice.count, index === 0)} className="pie-mark">
                    {drawn(slice)}
                  </a>
                ) : (
                  drawn(slice)
                )}
                <path d={`M${x1} ${y1}L${x2} ${y2}`} stroke="#52606d" />
                <text x={lx} y={ly} textAnchor={Math.abs(lx - CX) < 8 ? "middle" : lx > CX ? "start" : "end"} className="pie-label" data-pie-label={slice.status}>
                  {slice.count}
                </text>
              </g>
            );
          })}
        </svg>
        {/* The total in the hole: the ring is centred in its box, so plain centred HTML lands there. */}
        <p className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center" data-pie-total={total}>
          <span className="font-serif text-3xl font-semibold tabular-nums text-ink" data-total-number>
            {total}
          </span>
          <span className="text-sm text-muted">{units.total}</span>
        </p>
      </div>
      <StatusKey items={data.map((row) => ({ key: row.status, label: legend.labels[row.status], fill: statusFillClass(row.status), count: row.count }))} />
    </ChartKeyboard>
  );
}
