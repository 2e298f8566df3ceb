import type { Metadata } from "next";
import { CommitmentFilters } from "@/components/public/commitment-filters";
import { CommitmentList } from "@/components/public/commitment-list";
import { Pagination } from "@/components/public/pagination";
import { getCachedCommitmentList, getCachedListFilterOptions } from "@/lib/commitments/cached";
import { parseListSearchParams, toListQuery } from "@/lib/commitments/list-query";
import { formatNumber } from "@/components/ui/format";
import { format, getMessages } from "@/lib/i18n/messages";
import { AsOfNotices } from "@/components/public/as-of";
import { getCachedCommitmentListAsOf } from "@/lib/as-of/cached";
import { pageSnapshot, withSnapshot } from "@/lib/as-of/snapshot";

const messages = getMessages();

/** The list's title, and its feed: a category's when the list shows one category, else the site's. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const category = (await searchParams).category;
  const slug = typeof category === "string" && /^[a-z0-9-]{1,80}$/.test(category) ? category : null;
  const feed = slug ? { url: `/categories/${slug}/feed.atom`, title: format(messages.time.feeds.categoryTitle, { name: slug }) } : { url: "/feed.atom", title: messages.time.feeds.siteTitle };
  return { title: messages.public.list.title, alternates: { types: { "application/atom+xml": [feed] } } };
}

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const text = messages.public.list;
  // `?asOf=` (and `recordedBy=`): the list as it stood then (lib/as-of); a bad date is a notice.
  const view = pageSnapshot(await searchParams);
  const { snapshot } = view;
  const { params, invalid } = parseListSearchParams(view.rest);
  // A page past the end (after a filter narrowed the list) shows the last page rather than nothing
  // (listPublicCommitments); the filter options are cached apart and read at the same time.
  const [list, options] = await Promise.all([snapshot ? getCachedCommitmentListAsOf(params, snapshot) : getCachedCommitmentList(params), getCachedListFilterOptions()]);
  const exportHref = withSnapshot(`/api/export/commitments.csv${toListQuery(params, { withPaging: false })}`, snapshot);
  return (
    <div>
      <AsOfNotices page={view} todayHref={`/commitments${toListQuery(params)}`} messages={messages.time.asOf} />
      <h1 className="font-serif text-3xl font-semibold">{text.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{text.intro}</p>
      {invalid.length > 0 && (
        <p role="alert" className="mt-4 rounded border border-[#b45309] bg-[#fff7ed] p-3 text-sm">{format(text.invalid, { fields: invalid.join(", ") })}</p>
      )}
      <div className="mt-6">
        <CommitmentFilters params={params} options={options} messages={messages.public} snapshot={snapshot} />
      </div>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="font-medium" aria-live="polite" data-testid="result-count">
          {list.total === 1 ? text.countOne : format(text.count, { total: formatNumber(list.total) })}
        </p>
        {params.category.length === 1 && (
          <a href={`/categories/${params.category[0]}/feed.atom`} type="application/atom+xml" className="text-sm text-accent underline" data-testid="category-feed">{messages.time.feeds.categoryLink}</a>
        )}
        <a href={exportHref} download className="rounded border border-accent px-3 py-1.5 text-sm font-semibold text-accent no-underline hover:bg-accent-soft" title={text.exportHint} data-testid="export-csv">
          {text.exportCsv}
        </a>
      </div>
      <div className="mt-3">
        {list.items.length ? <CommitmentList items={list.items} messages={messages.public} snapshot={snapshot} /> : <p className="rounded-lg border border-rule bg-white p-6 text-muted">{text.empty}</p>}
      </div>
      <Pagination page={list.page} pageCount={list.pageCount} messages={text} hrefFor={(page) => withSnapshot(`/commitments${toListQuery({ ...params, page })}`, snapshot)} />
    </div>
  );
}
