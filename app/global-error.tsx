"use client";
import Link from "next/link";
import { getErrorMessages } from "@/lib/i18n/error-messages";
import "./globals.css";

/** Replaces the root layout when it fails itself, so it brings its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = getErrorMessages();
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl px-4 py-12">
        <main role="alert">
          <h1 className="font-serif text-3xl font-semibold">{text.errorTitle}</h1>
          <p className="mt-3 text-lg text-muted">{text.errorBody}</p>
          {error.digest && <p className="mt-2 font-mono text-xs text-muted">{error.digest}</p>}
          <button type="button" onClick={reset} className="mt-4 rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white">{text.retry}</button>
                    <p className="mt-6 flex gap-4">
            <Link href="/" className="text-accent underline">{text.goDashboard}</Link>
            <Link href="/commitments" className="text-accent underline">{text.goList}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
