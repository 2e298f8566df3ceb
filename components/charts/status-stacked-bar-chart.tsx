"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { StatusLegend } from "./chart-types";

interface Props {
  rows: (Record<string, string | number> & { key: string; label: string })[];
  legend: StatusLegend;
  /** The list filter a bar stands for, e.g. "category" or "side". */
  filter: "category" | "side";
}

/** Pledges per group, stacked by status; a segment opens the list filtered to group and status. */
export function StatusStackedBarChart({ rows, legend, filter }: Props) {
  const router = useRouter();
  return (
    <BarChart responsive data={rows} layout="vertical" margin={{ left: 8, right: 16 }} style={{ width: "100%", height: Math.max(220, rows.length * 44 + 80) }}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} />
      <Tooltip />
      <Legend itemSorter={null} />
      {legend.order.map((status) => (
        <Bar
          key={status}
          dataKey={status}
          name={legend.labels[status]}
          stackId="status"
          fill={legend.colors[status]}
          isAnimationActive={false}
          className="cursor-pointer"
          onClick={(_data, index) => router.push(`/commitments?${filter}=${encodeURIComponent(rows[index]!.key)}&status=${status}`)}
        />
      ))}
    </BarChart>
  );
}
