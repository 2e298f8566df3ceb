import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/page-guard";
import { format, getMessages } from "@/lib/i18n/messages";
import { getWebhook, listDeliveries } from "@/lib/webhooks/queries";

const t = getMessages().admin.webhooks;
const MAX_ID = 2_147_483_647;
const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "—");

const cell = "block px-2 py-0.5 break-words sm:table-cell sm:py-1";

/** A cell that names its column where the table's header is hidden (narrow screens). */
function Cell({ label, title, nowrap, children }: { label: string; title?: string; nowrap?: boolean; children: ReactNode }) {
  return (
    <td className={nowrap ? `${cell} sm:whitespace-nowrap` : cell} title={title}>
      <span className="font-semibold sm:hidden">{label}: </span>
      {children}
    </td>
  );
}

function positive(value: string | string[] | undefined, max = MAX_ID): number | null {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 && number <= max ? number : null;
}

export default async function WebhookLogPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: rawId } = await params;
  await requirePageRole("ADMIN", `/admin/webhooks/${encodeURIComponent(rawId)}`);
  const id = positive(rawId);
  const webhook = id ? await getWebhook(id) : null;
  if (!webhook) notFound();
  const page = positive((await searchParams).page, 100_000) ?? 1;
  const { total, pageCount, rows } = await listDeliveries(webhook.id, page);
  const c = t.columns;
  return (
    <div>
      <p className="text-sm">
        <Link href="/admin/webhooks" className="text-accent underline">← {t.back}</Link>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-semibold break-all">{format(t.logTitle, { url: webhook.url })}</h1>
      <p className="mt-1 text-sm text-muted">{webhook.enabled ? t.enabled : t.disabled} · {t.secret} {webhook.secretHint}</p>
      {rows.length === 0 ? (
        <p className="mt-4 text-sm">{t.noDeliveries}</p>
      ) : (
        <div className="mt-4">
          {/* Below the sm breakpoint each delivery is a card whose cells carry their own labels. */}
          <table className="w-full border-collapse text-left text-sm" data-testid="delivery-log">
            <thead className="hidden sm:table-header-group">
              <tr className="border-b border-rule">
                {[c.event, c.created, c.status, c.attempts, c.code, c.error, c.next, c.delivered].map((label) => (
                  <th key={label} scope="col" className="px-2 py-1 font-semibold">{label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const slug = (row.event.payload as { pledge?: { slug?: string } }).pledge?.slug;
                return (
                  <tr key={row.id} className="block border-b border-rule py-2 align-top sm:table-row sm:py-0" data-testid="delivery-row" data-status={row.status}>
                    <td className={cell}>
                      {t.eventNames[row.event.type as keyof typeof t.eventNames] ?? row.event.type}
                      {slug ? <> · {slug}</> : null}
                      <br />
                      <code className="text-xs break-all text-muted">{row.event.id}</code>
                    </td>
                    <Cell label={c.created} nowrap>{when(row.createdAt)}</Cell>
                    <Cell label={c.status}>{t.states[row.status]}</Cell>
                    <Cell label={c.attempts}>{row.attempts}</Cell>
                    <Cell label={c.code}>{row.lastStatusCode ?? "—"}</Cell>
                    <Cell label={c.error} title={row.responseExcerpt ?? undefined}>{row.lastError ?? "—"}</Cell>
                    <Cell label={c.next} nowrap>{row.status === "PENDING" ? when(row.nextAttemptAt) : "—"}</Cell>
                    <Cell label={c.delivered} nowrap>{when(row.deliveredAt)}</Cell>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-4 flex gap-4 text-sm">
        {page > 1 ? <Link href={`/admin/webhooks/${webhook.id}?page=${page - 1}`} className="underline">{t.previous}</Link> : null}
        <span>{format(t.page, { page: Math.min(page, pageCount), pageCount, total })}</span>
        {page < pageCount ? <Link href={`/admin/webhooks/${webhook.id}?page=${page + 1}`} className="underline">{t.next}</Link> : null}
      </p>
    </div>
  );
}
