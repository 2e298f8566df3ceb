import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionList } from "@/components/history/revision-list";
import { STATUS_DEFINITIONS } from "@/lib/commitments/status";
import { getCachedPledgeHistory } from "@/lib/history/cached";
import { format, getMessages } from "@/lib/i18n/messages";

const messages = getMessages();
const text = messages.time.history;
const SLUG = /^[a-z0-9-]{1,120}$/;
const statusLabels = Object.fromEntries(Object.entries(STATUS_DEFINITIONS).map(([status, definition]) => [status, definition.label]));

type Props = { params: Promise<{ slug: string }> };

const load = async (slug: string) => (SLUG.test(slug) ? getCachedPledgeHistory(slug) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const history = await load((await params).slug);
  if (!history) return { title: messages.public.errors.notFoundTitle };
  const feed = { url: `/commitments/${history.slug}/feed.atom`, title: format(messages.time.feeds.pledgeTitle, { title: history.title }) };
  return { title: format(text.title, { title: history.title }), alternates: { types: { "application/atom+xml": [feed] } } };
}

/** Every change to a pledge's public record, newest first (lib/history). */
export default async function PledgeHistoryPage({ params }: Props) {
  const history = await load((await params).slug);
  if (!history) notFound();
  return (
    <article>
      <Link href={`/commitments/${history.slug}`} className="text-sm text-accent underline">← {text.back}</Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight">{format(text.title, { title: history.title })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{text.intro}</p>
      <RevisionList revisions={history.revisions} text={text} statusLabels={statusLabels} />
    </article>
  );
}
