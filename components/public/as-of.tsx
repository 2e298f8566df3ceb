// The as-of view's parts on the public pages: the banner that says which date the page shows,
// the notice for a date that cannot be shown, and the dashboard's date picker (a plain GET form:
// it works without JavaScript and keeps the date in the address, so the view can be shared).
import Link from "next/link";
import { formatDate } from "@/components/ui/format";
import type { PageSnapshot, Snapshot } from "@/lib/as-of/snapshot";
import { EARLIEST_DATE } from "@/lib/as-of/snapshot";
import { toIsoDate, todayUtc } from "@/lib/dates";
import type { Messages } from "@/lib/i18n/en";
import { format } from "@/lib/i18n/messages";
import { AsOfForm } from "./as-of-form";

type TimeMessages = Messages["time"]["asOf"];

/** Says which date the page shows; links back to today's record of the same page. */
export function AsOfBanner({ snapshot, todayHref, messages }: { snapshot: Snapshot; todayHref: string; messages: TimeMessages }) {
  const text = snapshot.recordedBy
    ? format(messages.bannerRecorded, { date: formatDate(snapshot.asOf), recorded: formatDate(snapshot.recordedBy) })
    : format(messages.banner, { date: formatDate(snapshot.asOf) });
  return (
    <section aria-label={messages.bannerLabel} className="mb-6 rounded-lg border-2 border-[#b45309] bg-[#fff7ed] p-4" data-testid="as-of-banner" data-as-of={snapshot.asOf} data-recorded-by={snapshot.recordedBy ?? undefined}>
      <p className="font-semibold">{text}</p>
      <p className="mt-1 text-sm text-muted">{messages.bannerNotes}</p>
      <p className="mt-2 text-sm">
        <Link href={todayHref} className="text-accent underline">{messages.bannerToday}</Link>
      </p>
    </section>
  );
}

/** A date in the address that cannot be shown: said plainly, and today's record is shown. */
export function AsOfInvalid({ invalid, messages }: { invalid: NonNullable<PageSnapshot["invalid"]>; messages: TimeMessages }) {
  return (
    <p role="alert" className="mb-6 rounded border border-[#b45309] bg-[#fff7ed] p-3 text-sm" data-testid="as-of-invalid">
      {format(messages.invalid, { value: invalid.value, problem: invalid.problem })}
    </p>
  );
}

/** Both of the above, whichever applies. */
export function AsOfNotices({ page, todayHref, messages }: { page: PageSnapshot; todayHref: string; messages: TimeMessages }) {
  if (page.invalid) return <AsOfInvalid invalid={page.invalid} messages={messages} />;
  if (page.snapshot) return <AsOfBanner snapshot={page.snapshot} todayHref={todayHref} messages={messages} />;
  return null;
}

/** The dashboard's date picker: `/?asOf=YYYY-MM-DD` (and `recordedBy`, folded away unless used). */
export function AsOfPicker({ snapshot, earliest, messages }: { snapshot: Snapshot | null; earliest?: string; messages: TimeMessages }) {
  const today = toIsoDate(todayUtc());
  const text = messages.picker;
  const input = "mt-1 block rounded border border-rule bg-white px-2 py-1.5 text-sm";
  return (
    <AsOfForm className="mt-4 rounded-lg border border-rule bg-white p-4">
      <fieldset>
        <legend className="font-serif text-lg font-semibold">{text.legend}</legend>
        <p className="mt-1 text-sm text-muted">{text.hint}</p>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <label className="text-sm font-medium">
            {text.asOf}
            <input type="date" name="asOf" className={input} min={earliest ?? EARLIEST_DATE} max={today} defaultValue={snapshot && !(snapshot.recordedBy && snapshot.asOf === snapshot.recordedBy) ? snapshot.asOf : ""} data-testid="as-of-date" />
          </label>
          <button type="submit" className="rounded bg-accent px-4 py-2 text-sm font-semibold text-white">{text.submit}</button>
          {snapshot && <Link href="/" className="py-2 text-sm text-accent underline">{text.reset}</Link>}
        </div>
        <details className="mt-3 text-sm" open={Boolean(snapshot?.recordedBy)}>
          <summary className="cursor-pointer text-muted">{text.recordedBy}</summary>
          <input type="date" name="recordedBy" aria-label={text.recordedBy} className={input} min={EARLIEST_DATE} max={today} defaultValue={snapshot?.recordedBy ?? ""} data-testid="recorded-by-date" />
        </details>
      </fieldset>
    </AsOfForm>
  );
}
