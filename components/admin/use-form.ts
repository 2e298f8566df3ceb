"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

export type FormAction = (previous: FormState | undefined, formData: FormData) => Promise<FormState>;

/** useActionState plus helpers: the value to show (the user's own input after a refusal) and errors. */
export function useForm(action: FormAction) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const value = (name: string, initial = ""): string => {
    const submitted = state.values?.[name];
    if (submitted === undefined) return initial;
    return Array.isArray(submitted) ? submitted.join(",") : submitted;
  };
  const values = (name: string, initial: string[] = []): string[] => {
    const submitted = state.values?.[name];
    if (submitted === undefined) return state.values ? [] : initial;
    return Array.isArray(submitted) ? submitted : [submitted];
  };
  const errors = (name: string) => state.fieldErrors?.[name];
  return { state, formAction, pending, value, values, errors };
}
