import Link from "next/link";
import { STATUS_DEFINITIONS } from "@/lib/commitments/status";
import { format } from "@/lib/i18n/messages";
import type { Messages } from "@/lib/i18n/en";
import type { DeadlineRow } from "@/lib/stats/deadlines";
import type { LatestChangeRow } from "@/lib/stats/latest-changes";
import { formatDate, formatDeadline, safeHref } from "@/components/ui/format";
import { OverdueBadge, StatusBadge } from "./status-badge";

type PublicMessages = Messages["public"];

export function DeadlineList({ rows, messages }: { rows: DeadlineRow[]; messages: PublicMessages }) {
  return (
    <section aria-labelledby="deadlines-title" className="rounded-lg border border-rule bg-white p-4 sm:p-5">
      <h2 id="deadlines-title" className="font-serif text-xl font-semibold">{messages.dashboard.deadlines.title}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{messages.dashboard.deadlines.empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-rule">
          {rows.map((row) => (
            <li key={row.slug} className="py-2">
              <Link href={`/commitments/${row.slug}`} className="font-medium text-ink underline-offset-2 hover:underline">{row.title}</Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                <span>{messages.common.deadline}: {formatDeadline(row.deadline, row.precision)}</span>
                <StatusBadge status={row.status} />
                {row.overdue && <OverdueBadge label={messages.common.overdue} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LatestChanges({ rows, messages }: { rows: LatestChangeRow[]; messages: PublicMessages }) {
  const text = messages.dashboard.latest;
  return (
    <section aria-labelledby="latest-title" className="rounded-lg border border-rule bg-white p-4 sm:p-5">
      <h2 id="latest-title" className="font-serif text-xl font-semibold">{text.title}</h2>
      <p className="mt-1 text-sm text-muted">{text.intro}</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{text.empty}</p>
      ) : (
        <ol className="mt-3 divide-y divide-rule">
          {rows.map((row) => (
            <li key={row.id} className="py-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <StatusBadge status={row.toStatus} />
                {row.fromStatus && <span className="text-muted">{format(text.from, { status: STATUS_DEFINITIONS[row.fromStatus].label })}</span>}
              </div>
              {/* Both dates: the list is ordered by the second, so a back-dated change is visibly one. */}
              <p className="mt-1 text-sm text-muted" data-latest-dates>
                {text.effective} <time dateTime={row.effectiveOn} data-effective>{formatDate(row.effectiveOn)}</time>
                {" · "}
                {text.recorded} <time dateTime={row.recordedAt} data-recorded>{formatDate(row.recordedAt)}</time>
              </p>
              <Link href={`/commitments/${row.commitment.slug}`} className="mt-1 block font-medium text-ink underline-offset-2 hover:underline">
                {row.commitment.title}
              </Link>
              <p className="mt-1 text-sm text-muted">{row.note}</p>
              {row.evidence.length > 0 && (
                <p className="mt-1 text-sm">
                  <span className="text-muted">{text.evidence} </span>
                  {row.evidence.map((item, index) => (
                    <span key={item.id}>
                      {index > 0 && "; "}
                      <a href={safeHref(item.url)} rel="noopener noreferrer" target="_blank" className="text-accent underline">{item.title}</a> ({item.publisher})
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
