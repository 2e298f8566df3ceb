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

export default async function DashboardPage() {
  const messages = getMessages();
  const text = messages.public.dashboard;
  const [data, measured] = await Promise.all([getCachedDashboardData(), getCachedMeasuredPledges()]);
  const talkDates = data.pledgesPerTalk.map((talk) => talk.heldOn).sort();
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{text.title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">
        {format(text.intro, { count: talkDates.length, first: talkDates[0] ? formatDate(talkDates[0]) : "", last: talkDates.at(-1) ? formatDate(talkDates.at(-1)!) : "" })}{" "}
        <Link href="/coverage" className="text-accent underline">{text.coverageLink}</Link>
      </p>
      <p className="mt-1 text-sm text-muted">{format(text.asOf, { date: formatDate(data.asOf) })}</p>
      <div className="mt-6">
        <HeadlineFigures figures={data.headline} messages={text} />
      </div>
      <DashboardCharts data={data} messages={messages.public} />
      <div className="mt-10 grid gap-5 lg:grid-cols-2">
        <DeadlineList rows={data.deadlines} messages={messages.public} />
        <LatestChanges rows={data.latestChanges} messages={messages.public} />
      </div>
      <MeasuredPledgesPanel data={measured} />
      <section aria-labelledby="exports-title" className="mt-10 rounded-lg border border-rule bg-white p-4 sm:p-5">
        <h2 id="exports-title" className="font-serif text-xl font-semibold">{text.exports.title}</h2>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <li><a className="text-accent underline" href="/api/export/commitments.csv?kind=all" download>{text.exports.commitments}</a></li>
          <li><a className="text-accent underline" href="/api/export/evidence.csv" download>{text.exports.evidence}</a></li>
          <li><a className="text-accent underline" href="/api/export/status-history.csv" download>{text.exports.history}</a></li>
          <li><a className="text-accent underline" href="/api/export/indicators.csv" download>{indicatorMessages.exportLink}</a></li>
          <li><a className="text-accent underline" href="/api/export/dataset.json" download>{text.exports.dataset}</a></li>
          <li><Link className="text-accent underline" href="/api/stats" prefetch={false}>{text.exports.json}</Link></li>
          <li><Link className="text-accent underline" href="/methodology">{messages.nav.methodology}</Link></li>
        </ul>
      </section>
    </div>
  );
}
