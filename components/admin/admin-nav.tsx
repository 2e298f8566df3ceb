import Link from "next/link";
import { format, getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin;

export function AdminNav({ user }: { user: { name: string; role: "ANALYST" | "ADMIN" } }) {
  const links = [
    { href: "/admin", label: t.nav.commitments },
    { href: "/admin/talks", label: t.nav.talks },
    { href: "/admin/indicators", label: t.nav.indicators },
    { href: "/admin/import", label: t.nav.import },
    { href: "/admin/tokens", label: t.nav.tokens },
    ...(user.role === "ADMIN"
      ? [
          { href: "/admin/users", label: t.nav.users },
          { href: "/admin/audit", label: t.nav.audit },
          { href: "/admin/webhooks", label: t.nav.webhooks },
        ]
      : []),
  ];
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-rule pb-3">
      <nav aria-label={t.nav.label}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-accent hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-muted">
        {format(t.nav.signedInAs, { name: user.name, role: t.roles[user.role] })} ·{" "}
        <Link href="/sign-out" className="underline">
          {t.nav.signOut}
        </Link>
      </p>
    </div>
  );
}
