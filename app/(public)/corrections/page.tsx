import type { Metadata } from "next";
import Link from "next/link";
import { FieldChanges } from "@/components/history/revision-list";
import { Pagination } from "@/components/public/pagination";
import { formatDate } from "@/components/ui/format";
import { getCachedCorrections } from "@/lib/corrections/cached";
import { correctionsQuerySchema } from "@/lib/corrections/queries";
import { format, getMessages } from "@/lib/i18n/messages";

const messages = getMessages();
const text = messages.time.corrections;

export const metadata: Metadata = {
  title: text.title,
  alternates: { types: { "application/atom+xml": [{ url: "/feed.atom", title: messages.time.feeds.siteTitle }] } },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every correction of a published fact, newest first (lib/corrections); `?pledge=` for one pledge's. */
export default async function CorrectionsPage({ searchParams }: Props) {
  const query = correctionsQuerySchema.parse(await searchParams);
  const list = await getCachedCorrections(query.page, query.pledge);
  const pledgeTitle = query.pledge ? list.items[0]?.pledge.title : undefined;
  const base = query.pledge ? `/corrections?pledge=${query.pledge}` : "/corrections";
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">{pledgeTitle ? format(text.pledgeHeading, { title: pledgeTitle }) : text.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{text.intro}</p>
      {query.pledge && <p className="mt-2 text-sm"><Link href="/corrections" className="text-accent underline">{text.allLink}</Link></p>}
      {list.items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-rule bg-white p-6 text-muted">{text.empty}</p>
      ) : (
        <ol className="mt-6 space-y-4" data-testid="corrections">
          {list.items.map((correction) => (
            <li key={correction.id} id={`correction-${correction.id}`} className="rounded-lg border border-rule bg-white p-4" data-correction={correction.id}>
              <h2 className="font-serif text-lg font-semibold">
                <Link href={`/commitments/${correction.pledge.slug}`} className="text-ink underline-offset-2 hover:underline">{correction.pledge.title}</Link>
              </h2>
              <p className="text-sm text-muted">
                <time dateTime={correction.at}>{format(text.by, { date: formatDate(correction.at), who: correction.who })}</time>
                {" · "}
                <Link href={`/commitments/${correction.pledge.slug}/history#${correction.historyKey}`} className="text-accent underline">{messages.time.history.link}</Link>
              </p>
              <p className="mt-2 border-l-4 border-[#b45309] pl-3" data-testid="correction-note">{correction.note}</p>
              <FieldChanges changes={correction.changes} text={messages.time.history} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} messages={messages.public.list} hrefFor={(page) => (page > 1 ? `${base}${base.includes("?") ? "&" : "?"}page=${page}` : base)} />
    </div>
  );
}
