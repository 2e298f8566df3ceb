import Link from "next/link";
import { inputClass, secondaryButtonClass } from "@/components/admin/form-parts";
import { AuditEntryRow } from "@/components/admin/audit-entry";
import { auditHistoryHref, auditRecordHref } from "@/components/admin/audit-links";
import { requirePageRole } from "@/lib/auth/page-guard";
import { auditFilterOptions, auditFilterSchema, listAudit } from "@/lib/audit/queries";
import { diffAudit } from "@/lib/audit/diff";
import { format, getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin.audit;
const filterClass = inputClass.replace("block w-full", "inline-block w-full sm:w-auto");

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("ADMIN", "/admin/audit");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse({ entity: raw.entity, actor: raw.actor, action: raw.action, id: raw.id, page: raw.page });
  const [{ total, page, pageCount, entries }, options] = await Promise.all([listAudit(filter), auditFilterOptions()]);
  const kept = { entity: filter.entity, id: filter.entity ? filter.id : undefined, action: filter.action, actor: filter.actor ? String(filter.actor) : undefined };
  const pageHref = (to: number) => `/admin/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(kept).filter((entry): entry is [string, string] => Boolean(entry[1]))), page: String(to) })}`;

  return (
    <div>
      <h1 className="font-serif text-2xl font-semibold">{t.title}</h1>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
        <select name="entity" defaultValue={filter.entity ?? ""} aria-label={t.entity} className={filterClass}>
          <option value="">{t.allEntities}</option>
          {options.entityTypes.map((type) => <option key={type} value={type}>{type}</option>)}
        </select>
        <select name="action" defaultValue={filter.action ?? ""} aria-label={t.action} className={filterClass}>
          <option value="">{t.allActions}</option>
          {options.actions.map((action) => <option key={action} value={action}>{action}</option>)}
        </select>
        {filter.entity && filter.id ? <input type="hidden" name="id" value={filter.id} /> : null}
        <select name="actor" defaultValue={filter.actor ? String(filter.actor) : ""} aria-label={t.actor} className={filterClass}>
          <option value="">{t.allActors}</option>
          {options.actors.map((actor) => <option key={actor.id} value={actor.id}>{actor.name} ({actor.email})</option>)}
        </select>
        <button type="submit" className={secondaryButtonClass}>{getMessages().admin.common.apply}</button>
      </form>
      <p className="mt-4 text-sm text-muted">
        {format(t.count, { count: total })}
        {filter.entity && filter.id ? <> · {format(t.oneRecord, { entity: `${filter.entity} #${filter.id}` })} · <Link href="/admin/audit" className="underline">{t.allRecords}</Link></> : null}
      </p>
      {entries.length === 0 ? <p className="mt-2">{t.none}</p> : null}
      <ol className="mt-2 space-y-3">
        {entries.map((entry) => (
          <AuditEntryRow
            key={entry.id}
            when={entry.createdAt.toISOString().replace("T", " ").slice(0, 19) + " UTC"}
            who={entry.actor ? `${entry.actor.name} (${entry.actor.email})` : entry.actorLabel}
            action={entry.action}
            entity={`${entry.entityType} #${entry.entityId}`}
            recordHref={auditRecordHref(entry)}
            historyHref={filter.id ? undefined : auditHistoryHref(entry.entityType, entry.entityId)}
            changes={diffAudit(entry.before, entry.after)}
          />
        ))}
      </ol>
      <nav className="mt-4 flex gap-4 text-sm" aria-label={format(t.page, { page, pageCount })}>
        {page > 1 ? <Link href={pageHref(page - 1)} className="underline">{t.previous}</Link> : null}
        <span>{format(t.page, { page, pageCount })}</span>
        {page < pageCount ? <Link href={pageHref(page + 1)} className="underline">{t.next}</Link> : null}
      </nav>
    </div>
  );
}
