import type { Metadata } from "next";
import Link from "next/link";
import { TalkSourceLine } from "@/components/public/talk-source";
import { formatDate } from "@/components/ui/format";
import { format, getMessages } from "@/lib/i18n/messages";
import { getCachedTalks } from "@/lib/talks/cached";

const messages = getMessages();
export const metadata: Metadata = { title: messages.public.talks.title };

export default async function TalksPage() {
  const text = messages.public.talks;
  const talks = await getCachedTalks();
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">{text.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{text.intro} <Link href="/coverage" className="text-accent underline">{text.coverageLink}</Link>.</p>
      <ol className="mt-6 space-y-3">
        {talks.map((talk) => (
          <li key={talk.id} className="rounded-lg border border-rule bg-white p-4">
            <p className="text-sm text-muted">
              <time dateTime={talk.heldOn}>{formatDate(talk.heldOn)}</time> · {text.formats[talk.format]}
            </p>
            <h2 className="mt-1 font-serif text-lg font-semibold leading-snug">
              <Link href={`/talks/${talk.id}`} className="text-ink underline-offset-2 hover:underline">{talk.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted"><TalkSourceLine talk={talk} /></p>
            <p className="mt-1 text-sm">
              <Link href={`/commitments?talk=${talk.id}`} className="text-accent underline">
                {talk.commitmentCount === 1 ? text.pledgeCountOne : format(text.pledgeCount, { count: talk.commitmentCount })}
              </Link>
              {" · "}
              <Link href={`/commitments?talk=${talk.id}&kind=statement`} className="text-accent underline">
                {talk.statementCount === 1 ? text.statementCountOne : format(text.statementCount, { count: talk.statementCount })}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
