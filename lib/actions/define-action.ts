import { randomUUID } from "node:crypto";
import { revalidateTag } from "next/cache";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { isSameOrigin } from "@/lib/auth/origin";
import { getCurrentUser, hasRole, type SessionUser } from "@/lib/auth/session";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { isDatabaseUnavailableError } from "@/lib/db/availability";
import { UserFacingError } from "@/lib/errors";
import { getMessages } from "@/lib/i18n/messages";
import { fieldErrorsOf } from "@/lib/validation";
import { echoValues, formDataToObject } from "./form-data";
import type { FormState } from "./form-state";

export interface ActionResult {
  message?: string;
  /** Where to go after success (e.g. the new record's page). */
  redirectTo?: string;
}

interface ActionDefinition<S extends z.ZodType> {
  role: UserRole;
  schema: S;
  run: (input: z.output<S>, user: SessionUser) => Promise<ActionResult | void>;
}

const t = () => getMessages().admin.form;

/**
 * The one path every admin write takes: Origin (CSRF) → session and role, re-read from the
 * database → zod (strict, NFC, no NUL) → the mutation (one transaction with its audit row) →
 * public cache expired. Failures come back as form state with the user's input kept.
 */
export function defineAction<S extends z.ZodType>({ role, schema, run }: ActionDefinition<S>) {
  return async function action(_previous: FormState | undefined, formData: FormData): Promise<FormState> {
    if (!isSameOrigin(await headers())) return { ok: false, code: "forbidden", message: t().badOrigin };
    const user = await getCurrentUser();
    if (!user) return { ok: false, code: "unauthenticated", message: t().signedOut };
    if (!hasRole(user, role)) return { ok: false, code: "forbidden", message: t().forbidden };
    if (!(formData instanceof FormData)) return { ok: false, code: "bad_request", message: t().badRequest };

    const { input, nulFields } = formDataToObject(formData);
    const values = echoValues(input);
    if (nulFields.length) {
      const fieldErrors = Object.fromEntries(nulFields.map((field) => [field, [t().nul]]));
      return { ok: false, code: "invalid", message: t().invalid, fieldErrors, values };
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, code: "invalid", message: t().invalid, fieldErrors: fieldErrorsOf(parsed.error), values };

    let result: ActionResult | void;
    try {
      result = await run(parsed.data, user);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserFacingError) {
        const code = error.status === 409 ? "conflict" : error.status === 404 ? "not_found" : "invalid";
        return { ok: false, code, message: error.message, fieldErrors: error.fieldErrors, values };
      }
      const errorId = randomUUID();
      const unavailable = isDatabaseUnavailableError(error);
      console.error(`[${errorId}] admin action failed:`, error);
      return { ok: false, code: unavailable ? "unavailable" : "error", message: `${unavailable ? t().unavailable : t().unexpected} (${errorId})`, values };
    }
    // Stale-while-revalidate: readers keep getting the cached pages while one fresh render of
    // each runs, so no reader waits on this write (other instances learn of it from the version
    // the transaction bumped). The analyst's own page is not re-rendered into this answer either:
    // the form fetches it afterwards (components/admin/use-form.ts), so the write answers in the
    // time of its transaction.
    revalidateTag(PUBLIC_DATA_TAG, "max");
    if (result?.redirectTo) redirect(result.redirectTo);
    return { ok: true, message: result?.message ?? t().saved };
  };
}
