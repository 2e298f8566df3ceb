// The dashboard's "measured pledges": each numeric pledge's latest published figure against its
// target, with its period and source. A bounded list (the page stays small at any size).
import Link from "next/link";
import { formatNumber, safeHref } from "@/components/ui/format";
import type { MeasuredPledges } from "@/lib/indicators/measured-pledges";
import { format } from "@/lib/i18n/messages";
import { indicatorMessages } from "@/lib/i18n/en-indicators";

const text = indicatorMessages.panel;

export function MeasuredPledgesPanel({ data }: { data: MeasuredPledges }) {
  return (
    <section aria-labelledby="measured-title" className="mt-10 rounded-lg border border-rule bg-white p-4 sm:p-5" data-testid="measured-pledges">
      <h2 id="measured-title" className="font-serif text-xl font-semibold">{text.title}</h2>
      <p className="mt-1 text-sm text-muted">{text.intro}</p>
      {data.rows.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{text.none}</p>
      ) : (
        <ul className="mt-3 divide-y divide-rule">
          {data.rows.map((row) => (
            <li key={row.slug} className="py-2 text-sm" data-slug={row.slug} data-progress={row.progress}>
              <Link href={`/commitments/${row.slug}`} className="font-medium text-accent underline">{row.title}</Link>
              <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                {row.progress !== null && (
                  <span className="h-2 w-24 overflow-hidden rounded-full bg-rule" aria-hidden>
                    <span className="block h-full bg-ink" style={{ width: `${Math.min(100, row.progress)}%` }} />
                  </span>
                )}
                <span>
                  {row.progress !== null ? (
                    <><strong>{formatNumber(row.progress)}%</strong>: {formatNumber(row.value)} of {formatNumber(row.targetValue)} {row.targetUnit} in {row.period}</>
                  ) : (
                    format(text.notComparable, { value: formatNumber(row.value), unit: row.targetUnit, period: row.period, target: formatNumber(row.targetValue) })
                  )}
                  {row.estimate && ` (${indicatorMessages.estimate.toLowerCase()})`} ·{" "}
                  <a href={safeHref(row.sourceUrl)} className="text-accent underline" rel="noopener noreferrer">{indicatorMessages.source}</a>
                  <span className="text-muted"> ({row.publisher})</span>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
