import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HashTarget } from "@/components/public/hash-target";
import { StatusBadge } from "@/components/public/status-badge";
import { TalkReadout } from "@/components/public/talk-readout";
import { TalkSourceLine } from "@/components/public/talk-source";
import { formatDate } from "@/components/ui/format";
import { getMessages } from "@/lib/i18n/messages";
import { getCachedTalk } from "@/lib/talks/cached";

const messages = getMessages();
type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return /^\d{1,9}$/.test(id) ? getCachedTalk(Number(id)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const talk = await load((await params).id);
  return { title: talk?.title ?? messages.public.errors.notFoundTitle };
}

export default async function TalkPage({ params }: Props) {
  const talk = await load((await params).id);
  if (!talk) notFound();
  const text = messages.public.talks;
  const pledges = [...new Map(talk.quotes.map((quote) => [quote.commitment.slug, quote])).values()];
  return (
    <article>
      <Link href="/talks" className="text-sm text-accent underline">← {text.title}</Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold leading-tight">{talk.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{text.formats[talk.format]}</dt>
        <dd><time dateTime={talk.heldOn}>{formatDate(talk.heldOn)}</time></dd>
        <dt className="font-medium">{text.participants}</dt>
        <dd>{talk.participants}</dd>
        <dt className="font-medium">{text.publisher}</dt>
        <dd><TalkSourceLine talk={talk} /></dd>
      </dl>
      <div className="mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="readout-title" className="rounded-lg border border-rule bg-white p-4 sm:p-6" lang={talk.language}>
          <h2 id="readout-title" className="font-serif text-xl font-semibold">{text.readout}</h2>
          <p className="mb-4 mt-1 text-sm text-muted">{text.readoutHint}</p>
          <TalkReadout talk={talk} />
          <HashTarget />
        </section>
        <section aria-labelledby="pledges-title">
          <h2 id="pledges-title" className="font-serif text-xl font-semibold">{text.pledgesHere}</h2>
          <ul className="mt-3 space-y-2">
            {pledges.map((quote) => (
              <li key={quote.commitment.slug} className="text-sm">
                <Link href={`/commitments/${quote.commitment.slug}`} className="text-ink underline-offset-2 hover:underline">{quote.commitment.title}</Link>{" "}
                <StatusBadge status={quote.commitment.status} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}
