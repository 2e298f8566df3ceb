import Link from "next/link";
import { STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import { KIND_FILTERS, SORTS, type ListParams } from "@/lib/commitments/list-params";
import { REVIEW_FILTERS } from "@/lib/commitments/rules";
import type { ListFilterOptions } from "@/lib/commitments/public-reads";
import type { Messages } from "@/lib/i18n/en";
import { formatDate } from "@/components/ui/format";
import { SIDES } from "@/lib/commitments/request";
import { snapshotParams, withSnapshot, type Snapshot } from "@/lib/as-of/snapshot";
import { TalkSelect } from "./talk-select";

const field = "mt-1 block w-full rounded border border-rule bg-white px-2 py-1.5 text-sm";
const label = "block text-sm font-medium";
// Tap targets of at least 20 px, spaced so that each has a 24 px circle of its own (WCAG 2.5.8).
const checkbox = "size-5 shrink-0";

/** A plain GET form: works without JavaScript and puts the whole view in the URL. */
export function CommitmentFilters({ params, options, messages, snapshot = null }: { params: ListParams; options: ListFilterOptions; messages: Messages["public"]; snapshot?: Snapshot | null }) {
  const text = messages.list;
  return (
    <form method="get" action="/commitments" role="search" aria-label={text.filtersLabel} className="rounded-lg border border-rule bg-white p-4">
      {/* A view of a past date stays on that date when the filters change (lib/as-of). */}
      {[...new URLSearchParams(snapshotParams(snapshot))].map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <label htmlFor="filter-q" className={label}>{text.search}</label>
      <div className="mt-1 flex gap-2">
        <input id="filter-q" name="q" type="search" defaultValue={params.q ?? ""} maxLength={200} className="min-w-0 flex-1 rounded border border-rule bg-white px-2 py-1.5" />
        <button type="submit" className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:opacity-90">{text.searchButton}</button>
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <fieldset>
          <legend className={label}>{messages.common.status}</legend>
          <div className="mt-1 grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-1">
            {STATUS_ORDER.map((status) => (
              <label key={status} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="status" value={status} defaultChecked={params.status.includes(status)} className={checkbox} />
                {STATUS_DEFINITIONS[status].label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="space-y-3">
          <div>
            <label htmlFor="filter-category" className={label}>{messages.common.category}</label>
            <select id="filter-category" name="category" defaultValue={params.category[0] ?? ""} className={field}>
              <option value="">{text.anyCategory}</option>
              {options.categories.map((category) => <option key={category.slug} value={category.slug}>{category.name}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="filter-side" className={label}>{messages.common.committedBy}</label>
            <select id="filter-side" name="side" defaultValue={params.side[0] ?? ""} className={field}>
              <option value="">{text.anySide}</option>
              {SIDES.map((side) => <option key={side} value={side}>{messages.common.sides[side]}</option>)}
            </select>
          </div>
        </div>
        <div className="space-y-3">
          <div>
            <label htmlFor="filter-talk" className={label}>{text.talk}</label>
            <TalkSelect
              id="filter-talk"
              className={field}
              anyLabel={text.anyTalk}
              selected={params.talk ?? null}
              talks={options.talks.map((talk): [number, string] => [talk.id, `${formatDate(talk.heldOn)}: ${talk.title.slice(0, 60)}${talk.title.length > 60 ? "…" : ""}`])}
            />
            <noscript>
              <p className="mt-1 text-xs text-muted">
                {text.talkWithoutScript} <Link href="/talks" className="text-accent underline">{text.talkWithoutScriptLink}</Link>
              </p>
            </noscript>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="overdue" value="true" defaultChecked={params.overdue} className={checkbox} />
            {text.overdueOnly}
          </label>
          <div>
            <label htmlFor="filter-kind" className={label}>{text.kind}</label>
            <select id="filter-kind" name="kind" defaultValue={params.kind} className={field}>
              {KIND_FILTERS.map((kind) => <option key={kind} value={kind}>{text.kinds[kind]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="filter-review" className={label}>{text.review}</label>
            <select id="filter-review" name="review" defaultValue={params.review ?? ""} className={field}>
              {(["", ...REVIEW_FILTERS] as const).map((review) => <option key={review} value={review}>{text.reviews[review]}</option>)}
            </select>
          </div>
        </div>
        <div className="space-y-3">
          <div>
            <label htmlFor="filter-sort" className={label}>{text.sort}</label>
            <select id="filter-sort" name="sort" defaultValue={params.sort} className={field}>
              {SORTS.map((sort) => <option key={sort} value={sort}>{text.sorts[sort]}</option>)}
            </select>
          </div>
          <Link href={withSnapshot("/commitments", snapshot)} className="inline-block text-sm text-accent underline">{text.clear}</Link>
        </div>
      </div>
    </form>
  );
}
