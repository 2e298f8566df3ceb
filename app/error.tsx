"use client";
import { HelpLinks } from "@/components/ui/help-links";
import { getErrorMessages } from "@/lib/i18n/error-messages";

/** Unexpected errors in a page: no internals shown, the digest lets us find the logged error. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = getErrorMessages();
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="font-serif text-3xl font-semibold">{text.errorTitle}</h1>
      <p className="mt-3 text-lg text-muted">{text.errorBody}</p>
      {error.digest && <p className="mt-2 font-mono text-xs text-muted">{error.digest}</p>}
      <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white">{text.retry}</button>
      <HelpLinks messages={text} />
    </div>
  );
}
