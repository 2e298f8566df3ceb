import type { Metadata } from "next";
import Link from "next/link";
import { DashboardCharts } from "@/components/public/dashboard-charts";
import { DeadlineList, LatestChanges } from "@/components/public/dashboard-lists";
import { HeadlineFigures } from "@/components/public/headline-figures";
import { MeasuredPledgesPanel } from "@/components/public/measured-pledges";
import { getCachedMeasuredPledges } from "@/lib/indicators/cached";
import { indicatorMessages } from "@/lib/i18n/en-indicators";
import { formatDate } from "@/components/ui/format";
import { format, getMessages } from "@/lib/i18n/messages";
import { getCachedDashboardData } from "@/lib/stats/cached";
import { AsOfNotices, AsOfPicker } from "@/components/public/as-of";
import { getCachedDashboardDataAsOf } from "@/lib/as-of/cached";
import { pageSnapshot, snapshotParams, withSnapshot } from "@/lib/as-of/snapshot";
import { SnapshotLinks } from "@/components/public/snapshot-links";
import type { DashboardData } from "@/lib/stats/dashboard";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  alternates: { types: { "application/atom+xml": [{ url: "/feed.atom", title: getMessages().time.feeds.siteTitle }] } },
};

export default async function DashboardPage({ searchParams }: Props) {
  const messages = getMessages();
  const text = messages.public.dashboard;
  // `?asOf=` (and `recordedBy=`): the record as it stood then (lib/as-of); a bad date is a notice.
  const view = pageSnapshot(await searchParams);
  const { snapshot } = view;
  // The measured series are today's figures, so they are shown only with today's record.
  const [data, measured]: [DashboardData, Awaited<ReturnType<typeof getCachedMeasuredPledges>> | null] = await Promise.all([
    snapshot ? getCachedDashboardDataAsOf(snapshot) : getCachedDashboardData(),
    snapshot ? null : getCachedMeasuredPledges(),
  ]);
  const talkDates = data.pledgesPerTalk.map((talk) => talk.heldOn).sort();
  const then = (href: string) => withSnapshot(href, snapshot);
  return (
    <div>
      <AsOfNotices page={view} todayHref="/" messages={messages.time.asOf} />
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{text.title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">
        {format(text.intro, { count: talkDates.length, first: talkDates[0] ? formatDate(talkDates[0]) : "", last: talkDates.at(-1) ? formatDate(talkDates.at(-1)!) : "" })}{" "}
        <Link href="/coverage" className="text-accent underline">{text.coverageLink}</Link>
      </p>
      <p className="mt-1 text-sm text-muted" data-testid="data-as-of">{format(text.asOf, { date: formatDate(data.asOf) })}</p>
      <AsOfPicker snapshot={snapshot} messages={messages.time.asOf} />
      <div className="mt-6">
        <HeadlineFigures figures={data.headline} messages={text} snapshot={snapshot} reviewNotKept={messages.time.asOf.reviewNotKept} />
      </div>
      {measured && <MeasuredPledgesPanel data={measured} />}
      <DashboardCharts data={data} messages={messages.public} snapshot={snapshot} />
      <SnapshotLinks query={snapshotParams(snapshot)}>
        <div className="mt-10 grid gap-5 lg:grid-cols-2">
          <DeadlineList rows={data.deadlines} messages={messages.public} />
          <LatestChanges rows={data.latestChanges} messages={messages.public} />
        </div>
      </SnapshotLinks>
      <section aria-labelledby="exports-title" className="mt-10 rounded-lg border border-rule bg-white p-4 sm:p-5">
        <h2 id="exports-title" className="font-serif text-xl font-semibold">{text.exports.title}</h2>
        {snapshot && <p className="mt-1 text-sm text-muted">{format(messages.time.asOf.exportsNote, { date: formatDate(snapshot.asOf) })}</p>}
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <li><a className="text-accent underline" href={then("/api/export/commitments.csv?kind=all")} download>{text.exports.commitments}</a></li>
          <li><a className="text-accent underline" href={then("/api/export/evidence.csv")} download>{text.exports.evidence}</a></li>
          <li><a className="text-accent underline" href={then("/api/export/status-history.csv")} download>{text.exports.history}</a></li>
          {!snapshot && <li><a className="text-accent underline" href="/api/export/indicators.csv" download>{indicatorMessages.exportLink}</a></li>}
          <li><a className="text-accent underline" href={then("/api/export/dataset.json")} download>{text.exports.dataset}</a></li>
          <li><Link className="text-accent underline" href={then("/api/stats")} prefetch={false}>{text.exports.json}</Link></li>
          <li><Link className="text-accent underline" href="/methodology">{messages.nav.methodology}</Link></li>
        </ul>
      </section>
    </div>
  );
}
