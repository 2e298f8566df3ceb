import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";

export function SiteFooter({ messages }: { messages: Messages }) {
  return (
    <footer className="mt-16 border-t border-rule bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          {messages.site.footer}{" "}
          <Link href="/methodology" className="underline">
            {messages.nav.methodology}
          </Link>
          {" · "}
          <Link href="/coverage" className="underline">
            {messages.nav.coverage}
          </Link>
          {" · "}
          <Link href="/corrections" className="underline" data-testid="footer-corrections">
            {messages.time.corrections.footer}
          </Link>
          {" · "}
          <a href="/feed.atom" className="underline" type="application/atom+xml">
            {messages.time.feeds.link}
          </a>
        </p>
        <p className="mt-1">{messages.site.dataLicence}</p>
      </div>
    </footer>
  );
}
