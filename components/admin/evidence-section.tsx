import type { CommitmentForEdit } from "@/lib/commitments/admin-queries";
import { getMessages } from "@/lib/i18n/messages";
import { ButtonForm } from "./button-form";
import { FieldsForm } from "./fields-form";
import { evidenceFields, hidden } from "./field-specs";
import type { FormAction } from "./use-form";

const t = getMessages().admin;

interface Props {
  commitment: CommitmentForEdit;
  actions: { add: FormAction; update: FormAction; remove: FormAction };
}

export function EvidenceSection({ commitment, actions }: Props) {
  return (
    <section aria-labelledby="evidence-heading" className="mt-10">
      <h2 id="evidence-heading" className="font-serif text-xl font-semibold">{t.evidence.title}</h2>
      {commitment.evidence.length === 0 ? <p className="mt-2 text-sm text-muted">{t.evidence.none}</p> : null}
      <ul className="mt-3 space-y-3">
        {commitment.evidence.map((item) => (
          <li key={item.id} className="rounded border border-rule bg-white p-3" data-testid="evidence-item">
            <a href={item.url} rel="noopener noreferrer" target="_blank" className="font-medium text-accent underline break-words">
              {item.title}
            </a>
            <p className="text-xs text-muted">
              {item.publisher} · {item.publishedOn.toISOString().slice(0, 10)} · {t.stances[item.stance]}
            </p>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm">{t.evidence.edit}</summary>
              <div className="mt-3 space-y-4">
                <FieldsForm action={actions.update} fields={[...hidden({ id: item.id, version: item.version }), ...evidenceFields(item)]} submitLabel={t.common.save} />
                <ButtonForm
                  action={actions.remove}
                  hidden={{ id: String(item.id), version: String(item.version) }}
                  label={t.evidence.remove}
                  confirm={t.evidence.confirmRemove}
                  hint={item._count.statusChanges > 0 ? t.evidence.linked.replace("{count}", String(item._count.statusChanges)) : undefined}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <details className="mt-4 rounded border border-rule bg-white p-3">
        <summary className="cursor-pointer text-sm font-semibold">{t.evidence.add}</summary>
        <div className="mt-3">
          <FieldsForm action={actions.add} fields={[...hidden({ commitmentId: commitment.id }), ...evidenceFields()]} submitLabel={t.evidence.add} testId="add-evidence-form" />
        </div>
      </details>
    </section>
  );
}
