import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";

export const inputClass =
  "mt-1 block w-full rounded border border-rule bg-white px-2 py-1.5 text-sm text-ink aria-[invalid=true]:border-red-700";
export const buttonClass =
  "inline-flex items-center rounded bg-accent no-underline px-3 py-1.5 text-sm font-semibold text-white hover:bg-[#5e1721] disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center rounded border border-rule bg-white no-underline px-3 py-1.5 text-sm font-medium text-ink hover:border-accent hover:text-accent disabled:opacity-60";

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-800">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

/** Ids are per form (`${formId}-${name}`): one page holds several forms with the same fields. */
export function Field({ id, label, hint, errors, children, wide }: { id: string; label: string; hint?: string; errors?: string[]; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

/** The result of the last submission, announced to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <p role="status" aria-live="polite" className="sr-only" />;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      aria-live="polite"
      data-code={state.code ?? (state.ok ? "ok" : undefined)}
      className={`rounded border px-3 py-2 text-sm ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}
    >
      {state.message}
    </p>
  );
}
