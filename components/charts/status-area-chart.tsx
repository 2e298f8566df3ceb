"use client";
import { useState, type KeyboardEvent, type PointerEvent } from "react";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { listHref } from "@/lib/stats/chart-tables";
import { niceTicks, runningStarts, type StatusLegend } from "./chart-types";
import { statusFillClass } from "./status-patterns";
import { StatusKey } from "./status-key";

interface Props {
  /** One label per month, oldest first ("Jan 2024"). */
  labels: string[];
  /** Per status, its count at each month's end (same order as `labels`). */
  counts: Partial<Record<CommitmentStatus, number[]>>;
  legend: StatusLegend;
  /** The plot's accessible name, which also says how to walk it with the keyboard. */
  plotLabel: string;
}

/** The plot's height in SVG units: counts are scaled to it and rounded, finer than the 240 px drawn. */
const PLOT_UNITS = 500;

/**
 * The top edge of a stack of bands, as a step path closed down to the axis: month i spans [i, i+1].
 * Each band is drawn as everything up to its top, the highest first, so each one's visible part
 * is exactly its own; only the top edges are written, which halves the path data.
 */
function stackPath(top: number[], scale: (value: number) => number): string {
  let path = `M0 ${PLOT_UNITS}`;
  let last: number | undefined;
  top.forEach((value) => {
    const y = scale(value);
    if (y !== last) path += `V${y}`;
    path += "h1";
    last = y;
  });
  return `${path}V${PLOT_UNITS}Z`;
}

/**
 * Pledges in each status at each month's end, stacked bottom-up in status order and drawn on the
 * server as SVG (stretched to the card's width, so the HTML axes keep their text size). In plain
 * colours, without the hatching: stretched, a pattern would smear into streaks; the bands stay
 * apart by lightness and by their order in the stack. A band, or
 * its entry in the key, opens the list filtered to that status (as of today). A status no pledge
 * ever had gets no band, no key entry and no tooltip line; the tooltip lists the rest in status
 * order. The plot is one tab stop: the arrow keys walk the tooltip through the months.
 */
export function StatusAreaChart({ labels, counts, legend, plotLabel }: Props) {
  const [month, setMonth] = useState<number | undefined>(undefined);
  const statuses = legend.order.filter((status) => counts[status]?.some((value) => value > 0));
  const months = labels.length;
  const totals = labels.map((_, i) => statuses.reduce((sum, status) => sum + counts[status]![i]!, 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const ceiling = ticks.at(-1)!;
  const scale = (value: number) => Math.round(PLOT_UNITS - (value / ceiling) * PLOT_UNITS);
  // Stacked bottom-up in status order: a band's top is the sum of its count and those below it.
  const bands = statuses
    .map((status, s) => ({ status, d: stackPath(labels.map((_, i) => runningStarts(statuses.map((other) => counts[other]![i]!))[s]! + counts[status]![i]!), scale) }))
    .reverse();
  // About five month labels whatever the span, each at a month's centre; every other one on a phone.
  const every = Math.max(1, Math.ceil(months / 5));
  const labelled = labels.map((_, i) => i).filter((i) => (months - 1 - i) % every === 0);

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setMonth(Math.max(0, Math.min(months - 1, Math.floor(((event.clientX - box.left) / box.width) * months))));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    const jump = { Home: 0, End: months - 1 }[event.key];
    if (step === undefined && jump === undefined) return;
    event.preventDefault();
    setMonth((current) => jump ?? Math.max(0, Math.min(months - 1, (current ?? months - 1) + step!)));
  };

  return (
    <div>
      <div className="grid grid-cols-[2.5rem_1fr] text-xs text-muted">
        <div className="relative h-60" aria-hidden>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-1 -translate-y-1/2 tabular-nums" style={{ top: `${(1 - tick / ceiling) * 100}%` }}>{tick}</span>
          ))}
        </div>
        <div
          className="relative h-60 border-b border-l border-muted"
          tabIndex={0}
          role="group"
          aria-label={plotLabel}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setMonth(undefined)}
          onKeyDown={onKeyDown}
          onBlur={() => setMonth(undefined)}
          data-plot
        >
          <svg viewBox={`0 0 ${months} ${PLOT_UNITS}`} preserveAspectRatio="none" className="absolute inset-0 h-full w-full" aria-hidden data-chart-svg>
            {ticks.slice(1).map((tick) => (
              <line key={tick} x1={0} x2={months} y1={scale(tick)} y2={scale(tick)} stroke="#d9dee3" strokeDasharray="3 3" vectorEffect="non-scaling-stroke" />
            ))}
            {bands.map((band) => (
              <a key={band.status} href={listHref({ status: band.status })} tabIndex={-1} className="cursor-pointer" data-band={band.status}>
                <path d={band.d} fill={legend.colors[band.status]} />
              </a>
            ))}
            {month !== undefined && <line x1={month + 0.5} x2={month + 0.5} y1={0} y2={PLOT_UNITS} stroke="#1f2933" vectorEffect="non-scaling-stroke" />}
          </svg>
          <div aria-live="polite">
          {month !== undefined && (
            <div
              className={`pointer-events-none absolute top-2 z-10 min-w-40 rounded border border-rule bg-white p-2 text-sm text-ink shadow ${month > months / 2 ? "-translate-x-full" : ""}`}
              style={{ left: `${((month + 0.5) / months) * 100}%` }}
              data-tooltip
            >
              <p className="font-semibold" data-tooltip-month>{labels[month]}</p>
              <ul>
                {statuses.map((status) => (
                  <li key={status} className="flex justify-between gap-3" data-tooltip-item={status}>
                    <span data-tooltip-name>{legend.labels[status]}</span>
                    <span className="tabular-nums">{counts[status]![month]}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          </div>
        </div>
        <span />
        <div className="relative h-5" aria-hidden>
          {labelled.map((i, n) => (
            // The last label ends at the plot's edge instead of centring on its month, so it never overflows the card.
            <span key={i} className={`absolute top-0.5 whitespace-nowrap ${i === months - 1 ? "-translate-x-full" : "-translate-x-1/2"} ${(labelled.length - 1 - n) % 2 === 1 ? "max-sm:hidden" : ""}`} style={{ left: i === months - 1 ? "100%" : `${((i + 0.5) / months) * 100}%` }} data-month-tick>
              {labels[i]}
            </span>
          ))}
        </div>
      </div>
      <StatusKey items={statuses.map((status) => ({ key: status, label: legend.labels[status], fill: statusFillClass(status, true), href: listHref({ status }) }))} />
    </div>
  );
}
