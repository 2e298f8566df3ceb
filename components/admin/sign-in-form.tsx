"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { getMessages } from "@/lib/i18n/messages";
import { Field, buttonClass, inputClass } from "./form-parts";

const t = getMessages().admin.signIn;

/** Credentials sign-in without a page reload; on failure the email stays and the reason shows. */
export function SignInForm({ callbackPath, initialError }: { callbackPath: string; initialError?: string }) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", { email: data.get("email"), password: data.get("password"), redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(callbackPath);
        return;
      }
      // A throttled attempt answers 429; signIn() still hands over its code (with the wait).
      setError(signInErrorMessage(result?.error) ?? t.error);
    } catch {
      setError(t.error);
    }
    setPending(false);
  }

  return (
    // method and action keep a submission made before the script loads out of the URL (a GET
    // would put the password in the address bar, history and logs).
    <form onSubmit={submit} method="post" action="/api/auth/callback/credentials" className="space-y-4" data-testid="sign-in-form">
      {error ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <Field id="sign-in-email" label={t.email}>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </Field>
      <Field id="sign-in-password" label={t.password}>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
