import Link from "next/link";
import type { PublicCommitmentListItem } from "@/lib/commitments/public-reads";
import type { Messages } from "@/lib/i18n/en";
import { formatDate, formatDeadline, formatNumber } from "@/components/ui/format";
import { format } from "@/lib/i18n/messages";
import { OverdueBadge, StatusBadge } from "./status-badge";
import { withSnapshot, type Snapshot } from "@/lib/as-of/snapshot";

export function CommitmentList({ items, messages, snapshot = null }: { items: PublicCommitmentListItem[]; messages: Messages["public"]; snapshot?: Snapshot | null }) {
  const common = messages.common;
  return (
    <ol className="divide-y divide-rule rounded-lg border border-rule bg-white" data-testid="commitment-list">
      {items.map((item) => (
        <li key={item.slug} className="p-4" data-slug={item.slug}>
          <div className="flex flex-wrap items-center gap-2">
            {/* A statement has nothing to deliver: no status badge, which would read as "pending". */}
            {item.kind === "statement" ? (
              <span className="rounded-full border border-muted px-2 py-0.5 text-xs font-semibold text-muted">{messages.list.statementBadge}</span>
            ) : (
              <StatusBadge status={item.status} />
            )}
            {item.overdue && <OverdueBadge label={common.overdue} />}
            <span className="text-xs text-muted">{item.category.name} · {common.sides[item.committedBy]} · {common.firmness_[item.firmness]}</span>
          </div>
          <h2 className="mt-1 font-serif text-lg font-semibold leading-snug">
            <Link href={withSnapshot(`/commitments/${item.slug}`, snapshot)} className="text-ink underline-offset-2 hover:underline">{item.title}</Link>
          </h2>
          <p className="mt-1 line-clamp-2 text-sm text-muted">{item.description}</p>
          <p className="mt-1 text-xs text-muted">
            {item.reviewedOn ? format(messages.list.reviewedOn, { date: formatDate(item.reviewedOn) }) : messages.list.notReviewed}
            {item.progress !== null && <> · {format(messages.list.measured, { progress: formatNumber(item.progress) })}</>}
            {item.deadline && <> · {common.deadline}: {formatDeadline(item.deadline.date!, item.deadline.precision)}</>}
          </p>
        </li>
      ))}
    </ol>
  );
}
