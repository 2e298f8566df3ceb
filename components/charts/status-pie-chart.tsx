"use client";
import { useRouter } from "next/navigation";
import { Cell, Legend, Pie, PieChart, Tooltip } from "recharts";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { StatusLegend } from "./chart-types";

interface Props {
  rows: { status: CommitmentStatus; count: number }[];
  legend: StatusLegend;
}

/** Current status of all pledges; a slice opens the list filtered to that status. */
export function StatusPieChart({ rows, legend }: Props) {
  const router = useRouter();
  const data = rows.filter((row) => row.count > 0).map((row) => ({ ...row, name: legend.labels[row.status] }));
  return (
    <PieChart responsive style={{ width: "100%", height: 300 }}>
      <Pie
        data={data}
        dataKey="count"
        nameKey="name"
        innerRadius="45%"
        outerRadius="80%"
        isAnimationActive={false}
        onClick={(_entry, index) => router.push(`/commitments?status=${data[index]!.status}`)}
        className="cursor-pointer"
      >
        {data.map((row) => (
          <Cell key={row.status} fill={legend.colors[row.status]} stroke="#fff" />
        ))}
      </Pie>
      <Tooltip />
      <Legend itemSorter={null} />
    </PieChart>
  );
}
