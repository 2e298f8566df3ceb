// The facts a reader needs before citing a pledge: what kind it is, how it was asked and
// answered, when it was last checked, and progress only where something measures it.
import { formatDate, formatNumber } from "@/components/ui/format";
import type { PublicCommitment } from "@/lib/commitments/public-reads";
import { format, getMessages } from "@/lib/i18n/messages";
import { indicatorMessages } from "@/lib/i18n/en-indicators";
import { unitsMatch } from "@/lib/indicators/units";

const messages = getMessages().public;
const text = messages.pledge;
const label = "text-xs uppercase tracking-wide text-muted";

function ProgressBar({ progress, summary }: { progress: number; summary: string }) {
  // Delivery can exceed the target: the bar stops at full, the number says how far beyond.
  return (
    <div className="h-2 w-40 overflow-hidden rounded-full bg-rule" role="progressbar" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={Math.max(100, progress)} aria-label={summary}>
      <div className="h-full bg-ink" style={{ width: `${Math.min(100, progress)}%` }} />
    </div>
  );
}

export function MeasuredProgress({ commitment }: { commitment: PublicCommitment }) {
  const target = commitment.target;
  const measured = commitment.measuredBy;
  if (commitment.progress !== null && target && measured) {
    // From the latest published figure of a series in the target's unit (lib/indicators/progress.ts).
    const summary = format(indicatorMessages.measuredBy, {
      progress: formatNumber(commitment.progress),
      value: formatNumber(measured.value),
      target: formatNumber(target.value),
      unit: target.unit ?? "",
      period: measured.period,
      series: `${measured.indicator.name} (${measured.indicator.publisher})`,
    });
    return (
      <div className="mt-1 text-sm" data-testid="progress" data-measured-period={measured.period}>
        <ProgressBar progress={commitment.progress} summary={summary} />
        <p className="mt-1 font-medium">{summary}{measured.estimate && ` ${indicatorMessages.measuredEstimate}`}</p>
        <a href={measured.sourceUrl} className="text-accent underline" rel="noopener noreferrer">{indicatorMessages.source}</a>
        {measured.publishedOn && <span className="text-muted"> ({formatDate(measured.publishedOn)})</span>}
      </div>
    );
  }
  if (commitment.progress === null || !target || target.actual === null || !target.actualEvidence) {
    // A total target beside yearly figures: say why the figures below are no percentage of it.
    const totalBesideSeries = target && commitment.targetPath?.basis === "TOTAL" && commitment.indicators.some((indicator) => indicator.points.length > 0 && unitsMatch(indicator.unit, target.unit ?? ""));
    const why = totalBesideSeries ? format(indicatorMessages.totalTarget, { target: formatNumber(target.value), unit: target.unit ?? "" }) : text.notMeasured;
    return <p className="mt-1 text-sm text-muted" data-testid="progress">{why}</p>;
  }
  const summary = format(text.measured, {
    progress: formatNumber(commitment.progress),
    actual: formatNumber(target.actual),
    target: formatNumber(target.value),
    unit: target.unit ?? "",
  });
  return (
    <div className="mt-1 text-sm" data-testid="progress">
      <ProgressBar progress={commitment.progress} summary={summary} />
      <p className="mt-1 font-medium">{summary}</p>
      <p className="text-muted">
        {format(text.measuredSource, { date: formatDate(target.actualEvidence.publishedOn!) })}{" "}
        <a href={target.actualEvidence.url} className="text-accent underline" rel="noopener noreferrer">{target.actualEvidence.title}</a> ({target.actualEvidence.publisher})
      </p>
    </div>
  );
}

export function ReviewFact({ commitment }: { commitment: PublicCommitment }) {
  return (
    <div>
      <dt className={label}>{text.review}</dt>
      <dd className="mt-1 text-sm" data-testid="reviewed">
        {commitment.reviewedOn ? (
          <>
            <time dateTime={commitment.reviewedOn}>{formatDate(commitment.reviewedOn)}</time>
          </>
        ) : (
          <span className="text-muted">{text.notReviewed}</span>
        )}
      </dd>
    </div>
  );
}

export function StatementNote({ commitment }: { commitment: PublicCommitment }) {
  if (commitment.kind !== "statement") return null;
  return (
    <p className="mt-4 max-w-3xl rounded border border-rule bg-white p-3 text-sm" data-testid="kind">
      <span className="font-semibold">{text.kinds.statement}.</span> {text.statementNote}
    </p>
  );
}

export function RequestFact({ commitment }: { commitment: PublicCommitment }) {
  const request = commitment.request;
  if (!request) return null;
  return (
    <section className="mt-6 max-w-3xl" aria-labelledby="request-title" data-testid="request">
      <h2 id="request-title" className="font-serif text-xl font-semibold">{text.request}</h2>
      <p className="mt-1">
        {format(text.requestSummary, {
          requester: messages.common.sides[request.by],
          addressee: format(text.addressee[request.of], { other: messages.common.sides[request.by === "CHINA" ? "VIETNAM" : "CHINA"] }),
          response: text.responses[request.response],
        })}
      </p>
    </section>
  );
}
