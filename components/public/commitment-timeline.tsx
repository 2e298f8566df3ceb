import { STATUS_COLORS } from "@/lib/commitments/status";
import type { PublicCommitment } from "@/lib/commitments/public-reads";
import type { Messages } from "@/lib/i18n/en";
import { formatDate, safeHref } from "@/components/ui/format";
import { StatusBadge } from "./status-badge";

export function CommitmentTimeline({ timeline, messages }: { timeline: PublicCommitment["timeline"]; messages: Messages["public"] }) {
  return (
    <ol className="relative mt-3 border-l-2 border-rule pl-5" data-testid="timeline">
      {timeline.map((change) => (
        <li key={change.id} className="relative mb-5 last:mb-0">
          <span className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border border-muted ring-2 ring-white" style={{ backgroundColor: STATUS_COLORS[change.toStatus] }} aria-hidden />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <time dateTime={change.effectiveOn} className="font-medium">{formatDate(change.effectiveOn)}</time>
            <StatusBadge status={change.toStatus} />
          </div>
          <p className="mt-1 text-sm">{change.note}</p>
          {change.evidence.length > 0 && (
            <p className="mt-1 text-sm text-muted">
              {messages.pledge.timelineEvidence}{" "}
              {change.evidence.map((item, index) => (
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
  );
}

const STANCE_STYLE = {
  PROGRESS: "border-[#15803d] text-[#15803d]",
  SETBACK: "border-[#b91c1c] text-[#b91c1c]",
  CONTEXT: "border-[#52606d] text-[#52606d]",
} as const;

export function EvidenceList({ evidence, messages }: { evidence: PublicCommitment["evidence"]; messages: Messages["public"] }) {
  if (!evidence.length) return <p className="mt-2 text-sm text-muted">{messages.pledge.noEvidence}</p>;
  return (
    <ul className="mt-3 space-y-3" data-testid="evidence">
      {evidence.map((item) => (
        <li key={item.id} className="rounded border border-rule bg-white p-3" data-stance={item.stance}>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${STANCE_STYLE[item.stance]}`}>{messages.common.stances[item.stance]}</span>
            <time dateTime={item.publishedOn} className="text-muted">
              {formatDate(item.publishedOn)}
              {item.publishedOnApprox && ` (${messages.common.approximate})`}
            </time>
            <span className="text-muted">· {item.publisher}</span>
          </div>
          <a href={safeHref(item.url)} rel="noopener noreferrer" target="_blank" className="mt-1 block font-medium text-accent underline">{item.title}</a>
          <p className="mt-1 text-sm">{item.summary}</p>
        </li>
      ))}
    </ul>
  );
}
