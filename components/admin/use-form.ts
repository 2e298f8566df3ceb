"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useTransition } from "react";
import type { FormState } from "@/lib/actions/form-state";

export type FormAction = (previous: FormState | undefined, formData: FormData) => Promise<FormState>;

/**
 * useActionState plus helpers: the value to show (the user's own input after a refusal) and errors.
 * After a save the page is fetched again (router.refresh), so it shows the record as saved with its
 * new version; the action itself answers as soon as the write commits, without rendering the page
 * (lib/actions/define-action.ts), and the form stays busy until the fresh page is in.
 */
export function useForm(action: FormAction) {
  const [state, formAction, saving] = useActionState(action, { ok: false });
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  useEffect(() => {
    if (state.ok) startRefresh(() => router.refresh());
  }, [state, router]);
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
  return { state, formAction, pending: saving || refreshing, value, values, errors };
}
