// A pledge's measured indicators: per unit, a chart of both sides' series against the target, a
// reading, and the table with every figure's source (the chart's accessible alternative).
import { LazyIndicatorChart } from "@/components/charts/lazy-indicator-chart";
import { formatDate, formatDeadline, formatNumber, safeHref } from "@/components/ui/format";
import type { PublicCommitment } from "@/lib/commitments/public-reads";
import { indicatorGroups } from "@/lib/indicators/chart-groups";
import { indicatorMessages as text } from "@/lib/i18n/en-indicators";
import { format } from "@/lib/i18n/messages";

export function IndicatorPanel({ commitment }: { commitment: PublicCommitment }) {
  if (commitment.indicators.length === 0) return null;
  const target = commitment.target ? { value: commitment.target.value, unit: commitment.target.unit } : null;
  const groups = indicatorGroups(commitment.indicators, target);
  return (
    <section className="mt-8" aria-labelledby="indicators-title" data-testid="indicators">
      <h2 id="indicators-title" className="font-serif text-xl font-semibold">{text.section}</h2>
      <p className="mt-1 max-w-3xl text-sm text-muted">{text.intro}</p>
      <TargetPathNote commitment={commitment} />
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {groups.map((group) => {
          const names = group.series.map((series) => series.name).join("; ");
          const latest = [...group.points].sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0))[0];
          return (
            <figure key={group.unit} className="min-w-0 rounded-lg border border-rule bg-white p-4" data-testid="indicator-chart" data-unit={group.unit}>
              <figcaption>
                <h3 className="font-semibold">{names}</h3>
                <p className="text-sm text-muted">
                  {format(text.chartLabel, { names: group.series.map((series) => text.sides[series.side]).join(" and "), frequency: text.frequencies[group.series[0]!.frequency] ?? "", unit: group.unit })}
                  {group.series.length > 1 && <> ({group.series.map((series) => `${text.sides[series.side]}: ${text.sideMarks[series.side]}`).join("; ")})</>}
                </p>
                {latest ? (
                  <p className="mt-1 text-sm">{format(text.latest, { value: formatNumber(latest.value), unit: group.unit, period: latest.period, series: latest.series })}{latest.estimate && ` ${text.measuredEstimate}`}</p>
                ) : (
                  <p className="mt-1 text-sm text-muted">{text.noPoints}</p>
                )}
              </figcaption>
              {group.points.length > 0 && (
                <LazyIndicatorChart
                  unit={group.unit}
                  series={group.series.map((series) => ({
                    key: series.slug,
                    name: `${series.name} (${series.publisher})`,
                    side: series.side,
                    sources: Object.fromEntries(commitment.indicators.find((indicator) => indicator.slug === series.slug)!.points.map((point) => [point.period, point.sourceUrl])),
                  }))}
                  rows={group.rows}
                  target={group.target === null ? null : { value: group.target, label: format(text.target, { value: formatNumber(group.target), unit: group.unit }) }}
                />
              )}
              <ul className="mt-2 space-y-1 text-xs text-muted">
                {group.series.map((series) => <li key={series.slug}>{series.name}: {format(text.publisher, { publisher: series.publisher })}. {series.description}</li>)}
              </ul>
              <details className="mt-2" open>
                <summary className="cursor-pointer text-sm font-medium text-accent">{text.table}</summary>
                <div className="mt-2 overflow-x-auto">
                  <table className="w-full text-left text-sm" data-testid="indicator-table">
                    <thead>
                      <tr className="border-b border-rule">
                        <th scope="col" className="py-1 pr-2">{text.columns.series}</th>
                        <th scope="col" className="py-1 pr-2">{text.columns.period}</th>
                        <th scope="col" className="py-1 pr-2 text-right">{text.columns.value} ({group.unit})</th>
                        <th scope="col" className="py-1 pr-2">{text.columns.source}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {group.points.map((point) => (
                        <tr key={`${point.series}-${point.period}`} className="border-b border-rule align-top" data-series={point.series} data-period={point.period} data-value={point.value}>
                          <td className="py-1 pr-2">{text.sides[point.side]}</td>
                          <td className="py-1 pr-2">{point.period}</td>
                          <td className="py-1 pr-2 text-right tabular-nums">{formatNumber(point.value)}{point.estimate && <span className="block text-xs text-muted">{text.estimate}</span>}</td>
                          <td className="py-1 pr-2">
                            <a href={safeHref(point.sourceUrl)} className="text-accent underline" rel="noopener noreferrer" data-source>{text.source}</a>
                            <span className="text-xs text-muted"> ({point.publishedOn ? formatDate(point.publishedOn) : text.noDate})</span>
                            {point.note && <span className="block text-xs text-muted">{point.note}</span>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </figure>
          );
        })}
      </div>
    </section>
  );
}

function TargetPathNote({ commitment }: { commitment: PublicCommitment }) {
  const target = commitment.target;
  if (!target || !commitment.targetPath) return null;
  const baseline = target.baseline === null
    ? text.noBaseline
    : format(commitment.targetPath.baselinePeriod ? text.baseline : text.baselineNoPeriod, { value: formatNumber(target.baseline), period: commitment.targetPath.baselinePeriod ?? "" });
  const due = commitment.deadline ? format(text.due, { date: formatDeadline(commitment.deadline.date!, commitment.deadline.precision) }) : text.noDue;
  return (
    <p className="mt-2 max-w-3xl text-sm" data-testid="target-path">
      <span className="font-semibold">{text.targetPath}:</span> {baseline} → {formatNumber(target.value)} {target.unit} · {due}. {commitment.targetPath.timing}
    </p>
  );
}
