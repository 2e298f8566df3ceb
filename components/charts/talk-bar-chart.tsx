"use client";
import { listHref } from "@/lib/stats/chart-tables";
import { BarLayout, BarRow } from "./bar-layout";
import { ChartKeyboard, useLive } from "./chart-keyboard";
import { countText, markProps, type ChartUnits } from "./chart-types";

interface Props {
  /** The talks drawn, in the order drawn (the most commitments first). */
  rows: { talkId: number; label: string; count: number }[];
  units: ChartUnits;
}

/**
 * Commitments quoted from each talk, a bar per talk with its count; a bar (clicked, or reached with
 * Tab and the arrow keys and opened with Enter) opens the list filtered to that talk.
 */
export function TalkBarChart({ rows, units }: Props) {
  const bars = rows.filter((row) => row.count > 0);
  const live = useLive();
  return (
    <ChartKeyboard>
      <BarLayout max={Math.max(0, ...bars.map((row) => row.count))}>
        {bars.map((row, index) => (
          <BarRow key={row.talkId} label={row.label} total={row.count}>
            {live ? <a {...markProps(String(row.talkId), listHref({ talk: row.talkId }), `${row.label}: ${countText(units, row.count)}`, row.count, index === 0)} className="w-full bg-accent" /> : <span className="w-full bg-accent" />}
          </BarRow>
        ))}
      </BarLayout>
    </ChartKeyboard>
  );
}
