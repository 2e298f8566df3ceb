"use client";
import { useRouter } from "next/navigation";
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { useListHref } from "@/components/public/snapshot-links";
import { AREA_HEIGHT, type StatusLegend } from "./chart-types";
import { statusFillClass } from "./status-patterns";
import { StatusKey } from "./status-key";

interface Props {
  /** One label per month, oldest first ("Jan 2024"). */
  labels: string[];
  /** Per status, its count at each month's end (same order as `labels`): no key repeated per month. */
  counts: Partial<Record<CommitmentStatus, number[]>>;
  legend: StatusLegend;
  /** The plot's accessible name, which also says how to walk it with the keyboard. */
  plotLabel: string;
}

/**
 * Pledges in each status at each month's end, stacked bottom-up in status order (Recharts, the
 * axis from zero); an area, or its entry in the key, opens the list filtered to that status (as of
 * today). A status no pledge ever had gets no band, no key entry and no tooltip line; the tooltip
 * lists the rest in status order, with the month's total. Recharts' keyboard layer (focus the
 * chart, then the left and right arrow keys) walks the tooltip through the months.
 */
export function StatusAreaChart({ labels, counts, legend, plotLabel }: Props) {
  const router = useRouter();
  const listHref = useListHref();
  const statuses = legend.order.filter((status) => counts[status]?.some((value) => value > 0));
  const rows = labels.map((label, i) => ({ label, ...Object.fromEntries(statuses.map((status) => [status, counts[status]![i]!])) }) as Record<string, string | number>);
  // Wide enough for the largest stacked total's digits (36 px cut "20000" to "000" at 20,000 pledges).
  const peak = labels.reduce((most, _, i) => Math.max(most, statuses.reduce((sum, status) => sum + counts[status]![i]!, 0)), 0);
  const axisWidth = Math.max(36, String(peak).length * 8 + 12);
  const content = ({ active, label, payload }: TooltipContentProps<ValueType, NameType>) => {
    if (!active || !payload?.length) return null;
    const row = payload[0]!.payload as Record<string, number>;
    return (
      <div className="pointer-events-none min-w-40 rounded border border-rule bg-white p-2 text-sm text-ink shadow" data-tooltip>
        <p className="font-semibold" data-tooltip-month>{String(label)}</p>
        <ul>
          {statuses.map((status) => (
            <li key={status} className="flex justify-between gap-3" data-tooltip-item={status}>
              <span data-tooltip-name>{legend.labels[status]}</span>
              <span className="tabular-nums">{row[status]}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  };
  return (
    <div>
      <div role="group" aria-label={plotLabel} data-plot>
        <AreaChart responsive data={rows} margin={{ left: 0, right: 12 }} style={{ width: "100%", height: AREA_HEIGHT }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#1f2933" }} minTickGap={24} />
          <YAxis allowDecimals={false} width={axisWidth} domain={[0, "auto"]} />
          <Tooltip content={content} />
          {statuses.map((status) => (
            <Area
              key={status}
              type="stepAfter"
              dataKey={status}
              name={legend.labels[status]}
              stackId="status"
              // No outline: a series that is zero in a stretch would draw its line along the top of the stack there.
              stroke="none"
              fill={legend.fills[status]}
              fillOpacity={1}
              isAnimationActive={false}
              className="cursor-pointer"
              data-band={status}
              onClick={() => router.push(listHref({ status }))}
            />
          ))}
        </AreaChart>
      </div>
      <StatusKey items={statuses.map((status) => ({ key: status, label: legend.labels[status], fill: statusFillClass(status), href: listHref({ status }) }))} />
    </div>
  );
}
