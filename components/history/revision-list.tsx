// A pledge's revisions as a list: what changed, when, by whom (a role), with a word diff for text.
import { StatusBadge } from "@/components/public/status-badge";
import { formatDate, safeHref } from "@/components/ui/format";
import type { FieldChange } from "@/lib/history/fields";
import type { Revision } from "@/lib/history/revisions";
import { wordDiff } from "@/lib/history/word-diff";
import type { Messages } from "@/lib/i18n/en";
import { format } from "@/lib/i18n/messages";

type Text = Messages["time"]["history"];

function TextDiff({ change, text }: { change: FieldChange; text: Text }) {
  const parts = wordDiff(change.before ?? "", change.after ?? "");
  return (
    <p className="whitespace-pre-wrap" data-diff={change.field}>
      {parts.map((part, index) =>
        part.type === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.type === "removed" ? (
          <del key={index} className="bg-[#fde2e1] text-[#7f1d1d]">
            <span className="sr-only">[{text.removedText}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="bg-[#dcfce7] text-[#14532d] no-underline">
            <span className="sr-only">[{text.addedText}: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

export function FieldChanges({ changes, text }: { changes: FieldChange[]; text: Text }) {
  if (!changes.length) return null;
  return (
    <dl className="mt-2 space-y-2 text-sm">
      {changes.map((change) => (
        <div key={change.field} data-field={change.field}>
          <dt className="font-semibold">{change.label}</dt>
          <dd>
            {change.text ? (
              <TextDiff change={change} text={text} />
            ) : (
              <span>
                <del className="bg-[#fde2e1] text-[#7f1d1d]"><span className="sr-only">{text.before}: </span>{change.before ?? text.none}</del>
                {" → "}
                <ins className="bg-[#dcfce7] text-[#14532d] no-underline"><span className="sr-only">{text.after}: </span>{change.after ?? text.none}</ins>
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const time = (iso: string) => iso.slice(11, 16);

export function RevisionList({ revisions, text, statusLabels }: { revisions: Revision[]; text: Text; statusLabels: Record<string, string> }) {
  if (!revisions.length) return <p className="mt-6 text-muted">{text.empty}</p>;
  return (
    <ol className="mt-6 space-y-4" data-testid="revisions">
      {revisions.map((revision) => (
        <li key={revision.key} id={revision.key} className="rounded-lg border border-rule bg-white p-4" data-kind={revision.kind}>
          <h2 className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="font-serif text-lg font-semibold">{text.kinds[revision.kind]}</span>
            {revision.correction && <span className="rounded bg-[#fff7ed] px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-[#9a3412]">{text.correction}</span>}
            <span className="text-sm text-muted">
              <time dateTime={revision.at}>{format(text.when, { date: formatDate(revision.at), time: time(revision.at) })}</time> {format(text.by, { who: revision.who })}
            </span>
          </h2>
          {revision.correction && <p className="mt-2 border-l-4 border-[#b45309] pl-3 text-sm" data-testid="correction-note">{revision.correction}</p>}
          {revision.status && (
            <div className="mt-2 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                {revision.status.from && <StatusBadge status={revision.status.from} />}
                {revision.status.from && <span aria-hidden>→</span>}
                <StatusBadge status={revision.status.to} />
                <span className="text-muted">
                  {revision.status.from
                    ? format(text.statusLine, { from: statusLabels[revision.status.from]!, to: statusLabels[revision.status.to]!, date: formatDate(revision.status.effectiveOn) })
                    : format(text.statusFirst, { to: statusLabels[revision.status.to]!, date: formatDate(revision.status.effectiveOn) })}
                </span>
              </p>
              <p className="mt-1">{revision.subject}</p>
              {revision.status.evidence.length > 0 && (
                <p className="mt-1 text-muted">
                  {text.evidence}{" "}
                  {revision.status.evidence.map((item, index) => (
                    <span key={index}>{index > 0 && "; "}<a href={safeHref(item.url)} rel="noopener noreferrer" className="text-accent underline">{item.title}</a></span>
                  ))}
                </p>
              )}
            </div>
          )}
          {!revision.status && revision.subject && revision.kind !== "created" && (
            <p className="mt-2 text-sm">
              {revision.kind.startsWith("quote") ? <q className="font-serif">{revision.subject}</q> : revision.url ? <a href={safeHref(revision.url)} rel="noopener noreferrer" className="text-accent underline">{revision.subject}</a> : revision.subject}
              {revision.source && <span className="text-muted"> · {revision.source}</span>}
            </p>
          )}
          <FieldChanges changes={revision.changes} text={text} />
        </li>
      ))}
    </ol>
  );
}
