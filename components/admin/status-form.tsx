"use client";

import { useId, useState } from "react";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { statusMove } from "@/lib/commitments/status-moves";
import { format, getMessages } from "@/lib/i18n/messages";
import type { FieldSpec } from "./field-spec";
import { Field, FieldErrors, FormMessage, buttonClass, inputClass } from "./form-parts";
import { useForm, type FormAction } from "./use-form";

const t = getMessages().admin;

interface Props {
  action: FormAction;
  commitmentId: number;
  version: number;
  /** The pledge's status now: where the form starts, and what a move is judged against. */
  current: CommitmentStatus;
  statuses: { value: CommitmentStatus; label: string }[];
  evidence: { id: number; title: string; publishedOn: string }[];
  inlineEvidenceFields: FieldSpec[];
}

export function StatusForm({ action, commitmentId, version, current, statuses, evidence, inlineEvidenceFields }: Props) {
  const { state, formAction, pending, value, values, errors } = useForm(action);
  const [chosen, setChosen] = useState<CommitmentStatus | null>(null);
  // React resets the form after each answer, which would show the first option whatever was
  // sent; so the menu is drawn afresh after each answer: after a save it starts at the new
  // current status, after a refusal at the status the user sent (kept in the answer's values).
  const [answered, setAnswered] = useState({ state, count: 0 });
  if (answered.state !== state) {
    setAnswered({ state, count: answered.count + 1 });
    setChosen(null);
  }
  const startAt = (value("toStatus", current) || current) as CommitmentStatus;
  const toStatus = chosen ?? startAt;
  const move = statusMove(current, toStatus);
  const labelOf = (status: string) => statuses.find((item) => item.value === status)?.label ?? status;
  const linked = values("evidenceIds");
  const formId = useId();
  const idOf = (name: string) => `${formId}-${name}`;
  const input = (name: string, type = "text") => (
    <input key={`${name}:${value(name)}`} id={idOf(name)} name={name} type={type} defaultValue={value(name)} aria-invalid={errors(name) ? true : undefined} className={inputClass} />
  );
  return (
    <form action={formAction} className="space-y-4" data-testid="status-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={idOf("toStatus")} label={t.status.toStatus} errors={errors("toStatus")}>
          <select
            key={`toStatus:${answered.count}:${current}`}
            id={idOf("toStatus")}
            name="toStatus"
            defaultValue={startAt}
            onChange={(event) => setChosen(event.target.value as CommitmentStatus)}
            aria-describedby={move === "forward" ? undefined : idOf("toStatus-warning")}
            className={inputClass}
          >
            {statuses.map((status) => (
              <option key={status.value} value={status.value}>
                {status.label}
              </option>
            ))}
          </select>
          {move === "forward" ? null : (
            <p id={idOf("toStatus-warning")} role="status" className="mt-1 rounded border border-amber-700 bg-amber-50 px-2 py-1 text-xs text-amber-900" data-testid="status-move-warning">
              {format(move === "unchanged" ? t.status.unchangedWarning : t.status.backwardWarning, { from: labelOf(current), to: labelOf(toStatus) })}
            </p>
          )}
        </Field>
        <Field id={idOf("effectiveOn")} label={`${t.status.effectiveOn} (${t.form.required})`} hint={t.status.effectiveHint} errors={errors("effectiveOn")}>
          {input("effectiveOn", "date")}
        </Field>
      </div>
      <Field id={idOf("note")} label={`${t.status.note} (${t.form.required})`} errors={errors("note")} wide>
        <textarea key={`note:${value("note")}`} id={idOf("note")} name="note" rows={3} defaultValue={value("note")} aria-invalid={errors("note") ? true : undefined} className={inputClass} />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">{t.status.evidenceIds}</legend>
        <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto text-sm">
          {evidence.map((item) => (
            <li key={item.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" name="evidenceIds" value={item.id} defaultChecked={linked.includes(String(item.id))} className="mt-1" />
                <span>
                  {item.title} <span className="text-muted">({item.publishedOn})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldErrors id={idOf("evidenceIds-errors")} errors={errors("evidenceIds")} />
      </fieldset>
      <details open={Boolean(value("newEvidenceUrl"))} className="rounded border border-rule bg-white p-3">
        <summary className="cursor-pointer text-sm font-medium">{t.status.inline}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {inlineEvidenceFields.map((field) => (
            <Field key={field.name} id={idOf(field.name)} label={field.label} errors={errors(field.name)} wide={field.type === "textarea"}>
              {field.type === "select" ? (
                <select key={`${field.name}:${value(field.name)}`} id={idOf(field.name)} name={field.name} defaultValue={value(field.name)} className={inputClass}>
                  {field.options?.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : field.type === "textarea" ? (
                <textarea key={`${field.name}:${value(field.name)}`} id={idOf(field.name)} name={field.name} rows={2} defaultValue={value(field.name)} className={inputClass} />
              ) : (
                input(field.name, field.type)
              )}
            </Field>
          ))}
        </div>
      </details>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t.form.saving : t.status.submit}
      </button>
    </form>
  );
}
