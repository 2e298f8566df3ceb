import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/public/status-badge";
import { getCachedCategories } from "@/lib/commitments/cached";
import { STATUS_DEFINITIONS, STATUS_ORDER } from "@/lib/commitments/status";
import { getMessages } from "@/lib/i18n/messages";
import { FIRMNESS } from "@/lib/commitments/request";

const messages = getMessages();
export const metadata: Metadata = { title: messages.public.methodology.title };

function Paragraphs({ items }: { items: readonly string[] }) {
  return <div className="mt-4 space-y-3">{items.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}</div>;
}

export default async function MethodologyPage() {
  const text = messages.public.methodology;
  const categories = await getCachedCategories();
  const h2 = "mt-10 font-serif text-2xl font-semibold";
  return (
    <article className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">{text.title}</h1>
      <p className="mt-2 text-lg text-muted">{text.intro}</p>

      <p className="mt-2"><Link href="/coverage" className="text-accent underline">{text.coverageLink}</Link></p>

      <h2 className={h2}>{text.kindTitle}</h2>
      <Paragraphs items={text.kind} />

      <h2 className={h2}>{text.statuses}</h2>
      <dl className="mt-4 space-y-3">
        {STATUS_ORDER.map((status) => (
          <div key={status} className="grid gap-1 sm:grid-cols-[11rem_1fr]">
            <dt><StatusBadge status={status} /></dt>
            <dd>{STATUS_DEFINITIONS[status].definition}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>{text.categories}</h2>
      <dl className="mt-4 space-y-3">
        {categories.map((category) => (
          <div key={category.slug}>
            <dt className="font-semibold"><Link href={`/commitments?category=${category.slug}`} className="text-accent underline">{category.name}</Link></dt>
            <dd className="text-muted">{category.description}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>{text.firmnessTitle}</h2>
      <dl className="mt-4 space-y-3">
        {FIRMNESS.map((firmness) => (
          <div key={firmness} className="grid gap-1 sm:grid-cols-[11rem_1fr]">
            <dt className="font-semibold">{messages.public.common.firmness_[firmness]}</dt>
            <dd>{text.firmnessScale[firmness]}</dd>
          </div>
        ))}
      </dl>

      <h2 className={h2}>{text.requestTitle}</h2>
      <Paragraphs items={text.request} />

      <h2 className={h2}>{text.progressTitle}</h2>
      <Paragraphs items={text.progress} />

      <h2 className={h2}>{text.reviewTitle}</h2>
      <Paragraphs items={text.review} />

      <h2 className={h2}>{text.evidenceTitle}</h2>
      <ul className="mt-4 list-disc space-y-2 pl-5">
        {text.evidence.map((paragraph) => <li key={paragraph}>{paragraph}</li>)}
      </ul>
    </article>
  );
}
