import type { ReactNode } from "react";
import { niceTicks } from "./chart-types";

/**
 * Horizontal bars as HTML, so they lay out at any width without measuring and their text keeps
 * its size on a phone: a label column, then a track per row in which a bar's length is its total
 * over the axis maximum. The axis starts at zero and its round ticks are drawn under the bars.
 */
export function BarLayout({ max, children }: { max: number; children: ReactNode }) {
  const ticks = niceTicks(max);
  const top = ticks.at(-1)!;
  return (
    <div className="grid grid-cols-[minmax(6rem,9rem)_1fr] gap-x-2 gap-y-1.5 text-xs sm:text-sm [&>[data-axis-label]]:self-center [&>[data-axis-label]]:text-right [&>[data-axis-label]]:leading-tight" style={{ ["--axis-max" as string]: top }} data-bars>
      {children}
      <span aria-hidden />
      <div className="relative h-5 border-t border-muted text-xs text-muted" aria-hidden data-axis>
        {ticks.map((tick, index) => (
          // Every other tick on a phone, where five would touch.
          <span key={tick} className={`absolute top-0.5 -translate-x-1/2 tabular-nums first:translate-x-0 last:-translate-x-full ${index % 2 === 1 && index < ticks.length - 1 ? "max-sm:hidden" : ""}`} style={{ left: `${(tick / top) * 100}%` }} data-tick>
            {tick}
          </span>
        ))}
      </div>
    </div>
  );
}

/** One row: its label (with the row's total, so no length has to be read) and its bar. */
export function BarRow({ label, total, children }: { label: string; total: number; children: ReactNode }) {
  return (
    <>
      <span data-axis-label>
        {`${label} `}
        <span className="tabular-nums">{`(${total})`}</span>
      </span>
      <div className="flex h-7" style={{ width: `calc(${total}/var(--axis-max)*100%)` }} data-bar>
        {children}
      </div>
    </>
  );
}

/** A segment's number, hidden by CSS (globals.css, .rN) when the segment is too narrow for its digits. */
export function SegmentLabel({ value }: { value: number }) {
  return <span className={`r${Math.min(String(value).length, 5)}`}>{value}</span>;
}

/** A share as a CSS width, to a hundredth of a per cent (finer is invisible and only weighs). */
export const percent = (part: number, whole: number) => `${Math.round((part / whole) * 10_000) / 100}%`;
