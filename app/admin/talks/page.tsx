import Link from "next/link";
import { buttonClass } from "@/components/admin/form-parts";
import { requirePageRole } from "@/lib/auth/page-guard";
import { format, getMessages } from "@/lib/i18n/messages";
import { listTalksForAdmin } from "@/lib/talks/admin-queries";

const t = getMessages().admin;

export default async function AdminTalksPage() {
  await requirePageRole("ANALYST", "/admin/talks");
  const talks = await listTalksForAdmin();
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-semibold">{t.talks.title}</h1>
        <Link href="/admin/talks/new" className={buttonClass}>{t.talks.new}</Link>
      </div>
      <ul className="mt-4 divide-y divide-rule rounded border border-rule bg-white">
        {talks.map((talk) => (
          <li key={talk.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2">
            <Link href={`/admin/talks/${talk.id}`} className="font-medium text-ink hover:text-accent hover:underline">{talk.title}</Link>
            <span className="text-xs text-muted">
              {talk.heldOn.toISOString().slice(0, 10)} · {t.formats[talk.format]} · {format(t.talks.quoteCount, { count: talk._count.quotes })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
