"use client";

import { useId } from "react";
import { getMessages } from "@/lib/i18n/messages";
import type { FieldSpec } from "./field-spec";
import { Field, FormMessage, buttonClass, inputClass } from "./form-parts";
import { useForm, type FormAction } from "./use-form";

const t = getMessages().admin.form;

/** A form built from field specs: the shape of most admin edits. */
export function FieldsForm({ action, fields, submitLabel, testId }: { action: FormAction; fields: FieldSpec[]; submitLabel: string; testId?: string }) {
  const { state, formAction, pending, value, errors } = useForm(action);
  const formId = useId();
  return (
    <form action={formAction} className="space-y-4" data-testid={testId} noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => {
          const current = value(field.name, field.defaultValue ?? "");
          if (field.type === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.defaultValue ?? ""} />;
          const fieldErrors = errors(field.name);
          const common = {
            id: `${formId}-${field.name}`,
            name: field.name,
            "aria-invalid": fieldErrors ? true : undefined,
            "aria-describedby": fieldErrors ? `${formId}-${field.name}-errors` : undefined,
          };
          // A key per submitted value remounts the input, so a refused form shows what was sent.
          const inputKey = `${field.name}:${current}`;
          const label = field.required ? `${field.label} (${t.required})` : field.label;
          if (field.type === "checkbox") {
            return (
              <div key={field.name} className={field.wide ? "sm:col-span-2" : undefined}>
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" {...common} key={inputKey} defaultChecked={current === "on" || current === "true"} />
                  {field.label}
                </label>
              </div>
            );
          }
          return (
            <Field key={field.name} id={`${formId}-${field.name}`} label={label} hint={field.hint} errors={fieldErrors} wide={field.wide || field.type === "textarea"}>
              {field.type === "textarea" ? (
                <textarea {...common} key={inputKey} defaultValue={current} rows={field.rows ?? 4} className={inputClass} />
              ) : field.type === "select" ? (
                <select {...common} key={inputKey} defaultValue={current} className={inputClass}>
                  {field.options?.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...common} key={inputKey} type={field.type === "number" ? "text" : field.type} inputMode={field.type === "number" ? "decimal" : undefined} defaultValue={current} className={inputClass} autoComplete={field.type === "password" ? "new-password" : undefined} />
              )}
            </Field>
          );
        })}
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t.saving : submitLabel}
      </button>
    </form>
  );
}
