import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitmentTimeline, EvidenceList } from "@/components/public/commitment-timeline";
import { IndicatorPanel } from "@/components/public/indicator-panel";
import { MeasuredProgress, RequestFact, ReviewFact, StatementNote } from "@/components/public/pledge-facts";
import { OverdueBadge, StatusBadge } from "@/components/public/status-badge";
import { formatDate, formatDeadline, formatNumber } from "@/components/ui/format";
import { getCachedCommitment } from "@/lib/commitments/cached";
import { format, getMessages } from "@/lib/i18n/messages";
import { AsOfNotices } from "@/components/public/as-of";
import { AnalystEditLink } from "@/components/public/analyst-edit-link";
import { PledgeRecord } from "@/components/history/pledge-record";
import { getCachedCommitmentAsOf } from "@/lib/as-of/cached";
import { pageSnapshot, withSnapshot, type Snapshot } from "@/lib/as-of/snapshot";

const messages = getMessages();
const SLUG = /^[a-z0-9-]{1,120}$/;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Today's pledge, or (`?asOf=`, lib/as-of) as it stood then: `notYet` when it was made later. */
async function load(slug: string, snapshot: Snapshot | null) {
  if (!SLUG.test(slug)) return null;
  if (snapshot) return getCachedCommitmentAsOf(slug, snapshot);
  const commitment = await getCachedCommitment(slug);
  return commitment && { notYet: false as const, ...commitment };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const commitment = await load((await params).slug, pageSnapshot(await searchParams).snapshot);
  if (!commitment) return { title: messages.public.errors.notFoundTitle };
  const feed = { url: `/commitments/${commitment.slug}/feed.atom`, title: format(messages.time.feeds.pledgeTitle, { title: commitment.title }) };
  return { title: commitment.title, alternates: { types: { "application/atom+xml": [feed] } } };
}

export default async function CommitmentPage({ params, searchParams }: Props) {
  const view = pageSnapshot(await searchParams);
  const { snapshot } = view;
  const found = await load((await params).slug, snapshot);
  if (!found) notFound();
  const notices = <AsOfNotices page={view} todayHref={`/commitments/${found.slug}`} messages={messages.time.asOf} />;
  if (found.notYet) {
    return (
      <article>
        {notices}
        <h1 className="font-serif text-3xl font-semibold leading-tight">{found.title}</h1>
        <p className="mt-3" data-testid="not-yet-made">
          {format(messages.time.asOf.notYetMade, { title: found.title, date: formatDate(snapshot!.asOf) })}{" "}
          <Link href={`/commitments/${found.slug}`} className="text-accent underline">{messages.time.asOf.notYetMadeLink}</Link>
        </p>
      </article>
    );
  }
  const commitment = found;
  const text = messages.public.pledge;
  const common = messages.public.common;
  const h2 = "font-serif text-xl font-semibold";
  return (
    <article>
      {notices}
      <Link href={withSnapshot("/commitments", snapshot)} className="text-sm text-accent underline">← {text.back}</Link>
      <AnalystEditLink slug={commitment.slug} />
      <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight">{commitment.title}</h1>
      <p className="mt-2 max-w-3xl text-lg text-muted">{commitment.description}</p>
      <StatementNote commitment={commitment} />
      <PledgeRecord slug={commitment.slug} messages={messages.time} />

      <dl className="mt-6 grid gap-4 rounded-lg border border-rule bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{common.status}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2" data-testid="status">
            {commitment.kind === "statement" ? <span className="text-sm text-muted">{text.noStatusForStatements}</span> : <StatusBadge status={commitment.status} />}
            {commitment.kind !== "statement" && commitment.statusEffectiveOn && <span className="text-sm text-muted">{format(text.statusSince, { date: formatDate(commitment.statusEffectiveOn) })}</span>}
          </dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{common.deadline}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            {commitment.deadline ? formatDeadline(commitment.deadline.date!, commitment.deadline.precision) : <span className="text-muted">{text.noDeadline}</span>}
            {commitment.overdue && <OverdueBadge label={common.overdue} />}
          </dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{text.target}</dt>
          <dd className="mt-1 text-sm">
            {commitment.target ? (
              <>
                <span className="font-semibold">{formatNumber(commitment.target.value)} {commitment.target.unit}</span>
                {commitment.target.baseline !== null && <span className="block text-muted">{text.baseline}: {formatNumber(commitment.target.baseline)}</span>}
                <MeasuredProgress commitment={commitment} />
              </>
            ) : (
              <span className="text-muted">{text.noTarget}</span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs uppercase tracking-wide text-muted">{common.category}</dt>
          <dd className="mt-1 text-sm">
            <Link href={`/commitments?category=${commitment.category.slug}`} className="text-accent underline">{commitment.category.name}</Link>
            <span className="block text-muted">{common.committedBy}: {common.sides[commitment.committedBy]}</span>
            <span className="block text-muted">{common.firmness}: {common.firmness_[commitment.firmness]}</span>
          </dd>
        </div>
        <ReviewFact commitment={commitment} />
      </dl>
      <RequestFact commitment={commitment} />
      <IndicatorPanel commitment={commitment} />

      <section className="mt-8" aria-labelledby="quotes-title">
        <h2 id="quotes-title" className={h2}>{text.quotes}</h2>
        <ul className="mt-3 space-y-3">
          {commitment.quotes.map((quote) => (
            <li key={quote.id}>
              {quote.role !== "PLEDGE" && <p className="text-xs font-semibold uppercase tracking-wide text-muted">{text.quoteRoles[quote.role]}</p>}
              <blockquote className="border-l-4 border-accent bg-white p-3 font-serif text-lg leading-relaxed">“{quote.text}”</blockquote>
              <p className="mt-1 text-sm text-muted">
                {format(text.quoteIn, { talk: quote.talk.title, date: formatDate(quote.talk.heldOn) })} ·{" "}
                <Link href={`/talks/${quote.talk.id}#quote-${quote.id}`} className="text-accent underline" data-quote-link={quote.id}>{text.quoteLink}</Link>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className={h2}>{text.timeline}</h2>
          <CommitmentTimeline timeline={commitment.timeline} messages={messages.public} />
        </section>
        <section aria-labelledby="evidence-title">
          <h2 id="evidence-title" className={h2}>{text.evidence}</h2>
          <EvidenceList evidence={commitment.evidence} messages={messages.public} />
        </section>
      </div>

      <section className="mt-8" aria-labelledby="talks-title">
        <h2 id="talks-title" className={h2}>{text.restated}</h2>
        <ul className="mt-2 list-disc pl-5">
          {commitment.talks.map((talk) => (
            <li key={talk.id}><Link href={`/talks/${talk.id}`} className="text-accent underline">{talk.title}</Link> <span className="text-sm text-muted">({formatDate(talk.heldOn)})</span></li>
          ))}
        </ul>
      </section>
    </article>
  );
}
