import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";

/** Where a lost reader can go next (404 and error pages). */
export function HelpLinks({ messages }: { messages: Messages["public"]["errors"] }) {
  const links = [
    { href: "/", label: messages.goDashboard },
    { href: "/commitments", label: messages.goList },
    { href: "/talks", label: messages.goTalks },
  ];
  return (
    <ul className="mt-6 flex flex-wrap gap-3">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className="inline-block rounded border border-accent px-3 py-1.5 text-sm font-semibold text-accent no-underline hover:bg-accent-soft">{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}
