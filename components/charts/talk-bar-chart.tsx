"use client";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

interface Props {
  rows: { talkId: number; label: string; count: number }[];
  seriesName: string;
}

/** Pledges quoted from each talk; a bar opens the list filtered to that talk. */
export function TalkBarChart({ rows, seriesName }: Props) {
  const router = useRouter();
  return (
    <BarChart responsive data={rows} margin={{ left: 0, right: 16 }} style={{ width: "100%", height: 300 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} width={36} />
      <Tooltip />
      <Bar
        dataKey="count"
        name={seriesName}
        fill="#7a1f2b"
        isAnimationActive={false}
        className="cursor-pointer"
        onClick={(_data, index) => router.push(`/commitments?talk=${rows[index]!.talkId}`)}
      />
    </BarChart>
  );
}
