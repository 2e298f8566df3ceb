import type { CommitmentForEdit } from "@/lib/commitments/admin-queries";
import { STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import { format, getMessages } from "@/lib/i18n/messages";
import { evidenceFields } from "./field-specs";
import { StatusForm } from "./status-form";
import type { FormAction } from "./use-form";

const t = getMessages().admin;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : t.common.empty);

export function StatusSection({ commitment, action }: { commitment: CommitmentForEdit; action: FormAction }) {
  return (
    <section aria-labelledby="status-heading" className="mt-6">
      <h2 id="status-heading" className="font-serif text-xl font-semibold">{t.status.title}</h2>
      <p className="mt-1 text-sm" data-testid="current-status">
        {format(t.status.current, { status: STATUS_DEFINITIONS[commitment.status].label, date: day(commitment.statusEffectiveOn) })}
      </p>
      <div className="mt-3 rounded border border-rule bg-white p-3">
        <StatusForm
          action={action}
          commitmentId={commitment.id}
          version={commitment.version}
          current={commitment.status}
          statuses={STATUS_ORDER.map((status) => ({ value: status, label: STATUS_DEFINITIONS[status].label }))}
          evidence={commitment.evidence.map((item) => ({ id: item.id, title: item.title, publishedOn: day(item.publishedOn) }))}
          inlineEvidenceFields={evidenceFields(undefined, "newEvidence").map((field) => ({ ...field, required: false }))}
        />
      </div>
      <h3 className="mt-6 font-semibold">{t.status.history}</h3>
      <ol className="mt-2 space-y-2 text-sm">
        {commitment.statusChanges.map((change) => (
          <li key={change.id} className="border-l-2 border-rule pl-3">
            <span className="font-medium">{day(change.effectiveOn)}</span> · {change.fromStatus ? `${STATUS_DEFINITIONS[change.fromStatus].label} → ` : ""}
            {STATUS_DEFINITIONS[change.toStatus].label}{change.recordedBy ? ` · ${change.recordedBy.name}` : ""}
            <p className="text-muted">{change.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
