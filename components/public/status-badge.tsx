import { STATUS_COLORS, STATUS_DEFINITIONS } from "@/lib/commitments/status";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_TEXT_COLORS } from "./status-legend";

/** The status in its colour (the same colour as in every chart and legend). */
export function StatusBadge({ status }: { status: CommitmentStatus }) {
  return (
    <span
      className="inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold"
      style={{ backgroundColor: STATUS_COLORS[status], color: STATUS_TEXT_COLORS[status] }}
      data-status={status}
    >
      {STATUS_DEFINITIONS[status].label}
    </span>
  );
}

export function OverdueBadge({ label }: { label: string }) {
  return (
    <span className="inline-flex items-center whitespace-nowrap rounded-full border border-[#b91c1c] px-2 py-0.5 text-xs font-semibold text-[#b91c1c]">
      {label}
    </span>
  );
}
