import Link from "next/link";
import { listCommitmentsForAdmin, listCategories } from "@/lib/commitments/admin-queries";
import { getWorkQueue } from "@/lib/commitments/work-queue";
import { WorkQueueSection } from "@/components/admin/work-queue";
import { listParamsSchema, searchParamsToObject } from "@/lib/commitments/list-params";
import { STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import { requirePageRole } from "@/lib/auth/page-guard";
import { format, getMessages } from "@/lib/i18n/messages";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/form-parts";

const t = getMessages().admin;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminCommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageRole("ANALYST", "/admin");
  const raw = await searchParams;
  const archived = raw.archived === "1";
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (key !== "archived" && value !== undefined) for (const item of [value].flat()) query.append(key, item);
  // Bad filter values fall back to no filter here: an analyst's typo should not blank the page.
  const parsed = listParamsSchema.safeParse(searchParamsToObject(query));
  const params = parsed.success ? { ...parsed.data, pageSize: 100 } : listParamsSchema.parse({ pageSize: 100 });
  // The queue is the landing view; a search or filter asks for the list alone.
  const landing = !archived && query.size === 0;
  const [{ total, items }, categories, queue] = await Promise.all([listCommitmentsForAdmin(params, archived), listCategories(), landing ? getWorkQueue() : null]);

  return (
    <div>
      {queue ? <WorkQueueSection queue={queue} /> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-semibold">{archived ? t.commitments.showArchived : t.commitments.title}</h1>
        <Link href="/admin/commitments/new" className={buttonClass}>
          {t.commitments.new}
        </Link>
      </div>
      <form method="get" className="mt-4 grid gap-2 sm:grid-cols-5" role="search">
        <input name="q" defaultValue={params.q ?? ""} placeholder={t.commitments.search} aria-label={t.commitments.search} className={inputClass} />
        <select name="status" defaultValue={params.status[0] ?? ""} aria-label={t.status.toStatus} className={inputClass}>
          <option value="">{t.commitments.allStatuses}</option>
          {STATUS_ORDER.map((status) => <option key={status} value={status}>{STATUS_DEFINITIONS[status].label}</option>)}
        </select>
        <select name="category" defaultValue={params.category[0] ?? ""} aria-label={t.commitments.fields.categoryId} className={inputClass}>
          <option value="">{t.commitments.allCategories}</option>
          {categories.map((category) => <option key={category.slug} value={category.slug}>{category.name}</option>)}
        </select>
        <select name="side" defaultValue={params.side[0] ?? ""} aria-label={t.commitments.fields.committedBy} className={inputClass}>
          <option value="">{t.commitments.allSides}</option>
          {Object.entries(t.sides).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        <div className="flex items-center gap-3">
          <label className="flex items-center gap-1 text-sm">
            <input type="checkbox" name="archived" value="1" defaultChecked={archived} /> {t.commitments.archived}
          </label>
          <button type="submit" className={secondaryButtonClass}>{t.commitments.filter}</button>
        </div>
      </form>
      <p className="mt-4 text-sm text-muted">{format(t.commitments.count, { count: total })}</p>
      {items.length === 0 ? <p className="mt-4">{t.commitments.none}</p> : null}
      <ul className="mt-2 divide-y divide-rule rounded border border-rule bg-white">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2">
            <Link href={`/admin/commitments/${item.id}`} className="font-medium text-ink hover:text-accent hover:underline">
              {item.title}
            </Link>
            <span className="text-xs text-muted">
              {item.category.name} · {t.sides[item.committedBy]} · {STATUS_DEFINITIONS[item.status].label}{item.kind === "STATEMENT" ? ` · ${t.kinds.STATEMENT}` : ""}{item.reviewedOn ? "" : ` · ${t.commitments.review.never}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
