import type { RawInput } from "./form-data";

/** What every admin action returns to its form (useActionState). */
export interface FormState {
  ok: boolean;
  /** Why it was refused, for tests and logs: "unauthenticated", "forbidden", "invalid", "conflict"… */
  code?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** The submitted input, so a refused form keeps everything the user typed. */
  values?: RawInput;
}

export const INITIAL_FORM_STATE: FormState = { ok: false };
