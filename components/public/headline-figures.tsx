import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import type { HeadlineFigures as Figures } from "@/lib/stats/headline";
import { formatNumber } from "@/components/ui/format";
import { STATUS_COLORS, STATUS_GROUPS } from "@/lib/commitments/status";
import { format } from "@/lib/i18n/messages";
import { withSnapshot, type Snapshot } from "@/lib/as-of/snapshot";

/**
 * The five numbers a reader needs first; each opens the list of the pledges it counts (as of the
 * same date, in a view of a past date, where the review figures are not kept: `reviewNotKept`).
 */
export function HeadlineFigures({ figures, messages, snapshot = null, reviewNotKept }: { figures: Figures; messages: Messages["public"]["dashboard"]; snapshot?: Snapshot | null; reviewNotKept?: string }) {
  const then = (href: string) => withSnapshot(href, snapshot);
  const items = [
    { key: "tracked", value: figures.tracked, href: "/commitments", color: "#1f2933" },
    { key: "fulfilled", value: figures.fulfilled, href: "/commitments?status=FULFILLED", color: STATUS_COLORS.FULFILLED },
    { key: "inProgress", value: figures.inProgress, href: `/commitments?status=${STATUS_GROUPS.underWay.join(",")}`, color: STATUS_COLORS.PARTIALLY_FULFILLED },
    { key: "stalledOrNotFulfilled", value: figures.stalledOrNotFulfilled, href: `/commitments?status=${STATUS_GROUPS.wentWrong.join(",")}`, color: STATUS_COLORS.STALLED },
    { key: "overdue", value: figures.overdue, href: "/commitments?overdue=true", color: STATUS_COLORS.NOT_FULFILLED },
  ] as const;
  // Two figures apart: what the tracker has not looked at, and what it looked at and found nothing.
  const review = [
    { key: "notYetReviewed", value: figures.notYetReviewed, href: "/commitments?review=never" },
    { key: "reviewedNoProgress", value: figures.reviewedNoProgress, href: "/commitments?status=ANNOUNCED&review=reviewed" },
  ] as const;
  return (
    <section aria-label={messages.figuresLabel}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={then(item.href)}
              className="block h-full rounded-lg border border-rule bg-white p-4 no-underline transition hover:border-accent"
              style={{ borderTopWidth: 4, borderTopColor: item.color }}
              data-figure={item.key}
            >
              <span className="block font-serif text-3xl font-semibold tabular-nums text-ink">
                {formatNumber(item.value)}
              </span>
              <span className="mt-1 block text-sm leading-snug text-ink">{messages.figures[item.key]}</span>
            </Link>
          </li>
        ))}
      </ul>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {review.map((item) =>
          item.value === null ? null : (
            <li key={item.key}>
              <Link href={item.href} className="text-ink underline" data-figure={item.key}>
                <span className="font-semibold tabular-nums">{formatNumber(item.value)}</span> {messages.figures[item.key]}
              </Link>
            </li>
          ),
        )}
        {figures.notYetReviewed === null && reviewNotKept && <li className="text-muted">{reviewNotKept}</li>}
      </ul>
      <p className="mt-2 text-sm text-muted" data-testid="statements-note">
        {format(messages.statementsNote, { count: formatNumber(figures.statements) })}{" "}
        <Link href={then("/commitments?kind=statement")} className="text-accent underline">{messages.statementsLink}</Link>
      </p>
    </section>
  );
}
