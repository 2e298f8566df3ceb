import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";
import { NavLink } from "./nav-link";

export function SiteHeader({ messages }: { messages: Messages }) {
  const links = [
    { href: "/", label: messages.nav.dashboard },
    { href: "/commitments", label: messages.nav.commitments },
    { href: "/talks", label: messages.nav.talks },
    { href: "/methodology", label: messages.nav.methodology },
  ];
  return (
    <header className="border-b border-rule bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-serif text-lg font-semibold text-accent no-underline sm:text-xl">
          {messages.site.name}
        </Link>
        <nav aria-label={messages.nav.mainLabel}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink href={link.href} label={link.label} />
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
