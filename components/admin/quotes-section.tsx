import type { CommitmentForEdit } from "@/lib/commitments/admin-queries";
import { getMessages } from "@/lib/i18n/messages";
import { ButtonForm } from "./button-form";
import { QuoteForm } from "./quote-form";
import type { FormAction } from "./use-form";

const t = getMessages().admin.quotes;

interface Props {
  commitment: CommitmentForEdit;
  talks: { id: number; title: string; text: string }[];
  actions: { add: FormAction; remove: FormAction };
}

export function QuotesSection({ commitment, talks, actions }: Props) {
  return (
    <section aria-labelledby="quotes-heading" className="mt-10">
      <h2 id="quotes-heading" className="font-serif text-xl font-semibold">{t.title}</h2>
      {commitment.quotes.length === 0 ? <p className="mt-2 text-sm text-muted">{t.none}</p> : null}
      <ul className="mt-3 space-y-3">
        {commitment.quotes.map((quote) => (
          <li key={quote.id} className="rounded border border-rule bg-white p-3 text-sm">
            <blockquote className="font-serif">“{quote.text}”</blockquote>
            <p className="mt-1 text-xs text-muted">{quote.talk.title}</p>
            <div className="mt-2">
              <ButtonForm action={actions.remove} hidden={{ id: String(quote.id) }} label={t.remove} confirm={t.confirmRemove} />
            </div>
          </li>
        ))}
      </ul>
      <details className="mt-4 rounded border border-rule bg-white p-3">
        <summary className="cursor-pointer text-sm font-semibold">{t.add}</summary>
        <div className="mt-3">
          <QuoteForm action={actions.add} commitmentId={commitment.id} talks={talks} />
        </div>
      </details>
    </section>
  );
}
