"use client";
import { useRouter } from "next/navigation";
import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { StatusLegend } from "./chart-types";

interface Props {
  rows: (Record<string, string | number> & { month: string; label: string })[];
  legend: StatusLegend;
}

/** Pledges in each status at each month's end, stacked; an area opens the list filtered to that status (as of today). */
export function StatusAreaChart({ rows, legend }: Props) {
  const router = useRouter();
  return (
    <AreaChart responsive data={rows} margin={{ left: 0, right: 16 }} style={{ width: "100%", height: 300 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
      <YAxis allowDecimals={false} width={36} />
      <Tooltip />
      <Legend itemSorter={null} />
      {legend.order.map((status) => (
        <Area
          key={status}
          type="stepAfter"
          dataKey={status}
          name={legend.labels[status]}
          stackId="status"
          stroke={legend.colors[status]}
          fill={legend.colors[status]}
          fillOpacity={0.85}
          isAnimationActive={false}
          className="cursor-pointer"
          onClick={() => router.push(`/commitments?status=${status}`)}
        />
      ))}
    </AreaChart>
  );
}
