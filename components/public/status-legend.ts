import type { StatusLegend } from "@/components/charts/chart-types";
import { STATUS_COLORS, STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

export const statusLegend: StatusLegend = {
  order: STATUS_ORDER,
  labels: Object.fromEntries(STATUS_ORDER.map((status) => [status, STATUS_DEFINITIONS[status].label])) as Record<CommitmentStatus, string>,
  colors: STATUS_COLORS,
};
