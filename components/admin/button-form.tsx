"use client";

import { FormMessage, buttonClass, secondaryButtonClass } from "./form-parts";
import { useForm, type FormAction } from "./use-form";

/**
 * A one-button action (archive, remove, disable) carrying its record's id and version. With
 * `confirm`, the browser asks that question first and nothing is sent unless the user agrees.
 */
export function ButtonForm({ action, hidden, label, primary = false, hint, confirm }: { action: FormAction; hidden: Record<string, string>; label: string; primary?: boolean; hint?: string; confirm?: string }) {
  const { state, formAction, pending } = useForm(action);
  return (
    <form action={formAction} className="space-y-2" onSubmit={confirm ? (event) => { if (!window.confirm(confirm)) event.preventDefault(); } : undefined}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={primary ? buttonClass : secondaryButtonClass} disabled={pending}>
        {label}
      </button>
      {hint ? <p className="text-xs text-muted">{hint}</p> : null}
      <FormMessage state={state} />
    </form>
  );
}
