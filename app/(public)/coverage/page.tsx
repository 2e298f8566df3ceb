import type { Metadata } from "next";
import Link from "next/link";
import { TalkSourceLine } from "@/components/public/talk-source";
import { formatDate } from "@/components/ui/format";
import { format, getMessages } from "@/lib/i18n/messages";
import { getCachedTalks } from "@/lib/talks/cached";

const messages = getMessages();
export const metadata: Metadata = { title: messages.public.coverage.title };

export default async function CoveragePage() {
  const text = messages.public.coverage;
  const talks = await getCachedTalks();
  const dates = talks.map((talk) => talk.heldOn).sort();
  const h2 = "mt-10 font-serif text-2xl font-semibold";
  return (
    <article className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">{text.title}</h1>
      <p className="mt-2 text-lg text-muted">{text.intro}</p>

      <h2 className={h2}>{text.heldTitle}</h2>
      {dates.length > 0 && (
        <p className="mt-4" data-testid="coverage-summary">
          {format(text.held, { count: talks.length, first: formatDate(dates[0]!), last: formatDate(dates.at(-1)!) })}
        </p>
      )}
      <ol className="mt-4 space-y-3">
        {talks.map((talk) => (
          <li key={talk.id} className="rounded-lg border border-rule bg-white p-4 text-sm">
            <p className="text-muted">{format(text.talk, { date: formatDate(talk.heldOn), format: messages.public.talks.formats[talk.format] })}</p>
            <p className="mt-1 font-serif text-base font-semibold"><Link href={`/talks/${talk.id}`} className="text-ink underline">{talk.title}</Link></p>
            <p className="mt-1 text-muted"><TalkSourceLine talk={talk} /></p>
          </li>
        ))}
      </ol>

      <h2 className={h2}>{text.missingTitle}</h2>
      <ul className="mt-4 list-disc space-y-2 pl-5">
        {text.missing.map((paragraph) => <li key={paragraph}>{paragraph}</li>)}
      </ul>
      <p className="mt-4 text-muted">{text.addition}</p>
    </article>
  );
}
