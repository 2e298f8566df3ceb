"use client";
import { useRouter } from "next/navigation";
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { listHref } from "@/lib/stats/chart-tables";
import { TOOLTIP_ITEM_STYLE, type StatusLegend } from "./chart-types";
import { StatusKey } from "./status-key";

interface Props {
  rows: (Record<string, string | number> & { month: string; label: string })[];
  legend: StatusLegend;
}

/**
 * Pledges in each status at each month's end, stacked; an area, or its entry in the key, opens the
 * list filtered to that status (as of today). A status no pledge ever had gets no band, no key
 * entry and no tooltip line; the tooltip lists the rest in status order, not alphabetically. The
 * chart's own keyboard layer (focus it, then the arrow keys) walks the tooltip through the months.
 */
export function StatusAreaChart({ rows, legend }: Props) {
  const router = useRouter();
  const statuses = legend.order.filter((status) => rows.some((row) => Number(row[status] ?? 0) > 0));
  return (
    <div>
      <AreaChart responsive data={rows} margin={{ left: 0, right: 12 }} style={{ width: "100%", height: 280 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#1f2933" }} minTickGap={24} />
        <YAxis allowDecimals={false} width={32} />
        {/* Stacked bottom-up in status order; the tooltip reads top-down in the same order. */}
        <Tooltip itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={(item) => legend.order.indexOf(item.dataKey as CommitmentStatus)} />
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
            onClick={() => router.push(listHref({ status }))}
          />
        ))}
      </AreaChart>
      <StatusKey items={statuses.map((status) => ({ key: status, label: legend.labels[status], color: legend.fills[status], href: listHref({ status }) }))} />
    </div>
  );
}
