import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import type { HeadlineFigures as Figures } from "@/lib/stats/headline";
import { formatNumber } from "@/components/ui/format";
import { STATUS_COLORS } from "@/lib/commitments/status";

/** The five numbers a reader needs first; each opens the list of the pledges it counts. */
export function HeadlineFigures({ figures, messages }: { figures: Figures; messages: Messages["public"]["dashboard"] }) {
  const items = [
    { key: "tracked", value: figures.tracked, href: "/commitments", color: "#1f2933" },
    { key: "fulfilled", value: figures.fulfilled, href: "/commitments?status=FULFILLED", color: STATUS_COLORS.FULFILLED },
    { key: "inProgress", value: figures.inProgress, href: "/commitments?status=IN_PROGRESS,PARTIALLY_FULFILLED", color: STATUS_COLORS.PARTIALLY_FULFILLED },
    { key: "stalledOrNotFulfilled", value: figures.stalledOrNotFulfilled, href: "/commitments?status=STALLED,NOT_FULFILLED", color: STATUS_COLORS.STALLED },
    { key: "overdue", value: figures.overdue, href: "/commitments?overdue=true", color: STATUS_COLORS.NOT_FULFILLED },
  ] as const;
  return (
    <section aria-label={messages.figuresLabel}>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
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
    </section>
  );
}
