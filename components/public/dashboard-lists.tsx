import { STATUS_DEFINITIONS } from "@/lib/commitments/status";
import { format } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/en";
import type { DeadlineRow } from "@/lib/stats/deadlines";
import type { LatestChangeRow } from "@/lib/stats/latest-changes";
import { formatDate, formatDeadline, safeHref } from "@/components/ui/format";
import { DeadlineListView, LatestChangesView } from "./dashboard-list-views";

type PublicMessages = Messages["public"];

/** Dates are formatted here, on the server, so the page and its hydration never disagree on them. */
export function DeadlineList({ rows, messages }: { rows: DeadlineRow[]; messages: PublicMessages }) {
  const { title, empty } = messages.dashboard.deadlines;
  return (
    <DeadlineListView
      text={{ title, empty, deadline: messages.common.deadline, overdue: messages.common.overdue }}
      rows={rows.map((row) => ({ slug: row.slug, title: row.title, status: row.status, deadline: formatDeadline(row.deadline, row.precision), overdue: row.overdue }))}
    />
  );
}

export function LatestChanges({ rows, messages }: { rows: LatestChangeRow[]; messages: PublicMessages }) {
  const { title, intro, empty, evidence, effective, recorded } = messages.dashboard.latest;
  return (
    <LatestChangesView
      text={{ title, intro, empty, evidence, effective, recorded }}
      rows={rows.map((row) => ({
        id: row.id,
        toStatus: row.toStatus,
        from: row.fromStatus ? format(messages.dashboard.latest.from, { status: STATUS_DEFINITIONS[row.fromStatus].label }) : null,
        effectiveOn: [row.effectiveOn, formatDate(row.effectiveOn)],
        recordedAt: [row.recordedAt, formatDate(row.recordedAt)],
        slug: row.commitment.slug,
        title: row.commitment.title,
        note: row.note,
        evidence: row.evidence.map((item) => ({ id: item.id, title: item.title, href: safeHref(item.url), publisher: item.publisher })),
      }))}
    />
  );
}
