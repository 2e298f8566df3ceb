import type { CommitmentForEdit } from "@/lib/commitments/admin-queries";
import { toIsoDate } from "@/lib/dates";
import { format, getMessages } from "@/lib/i18n/messages";
import { ButtonForm } from "./button-form";
import type { FormAction } from "./use-form";

const t = getMessages().admin.commitments.review;

/** When the pledge was last checked, and the one click that records "checked, nothing new". */
export function ReviewSection({ commitment, action }: { commitment: CommitmentForEdit; action: FormAction }) {
  // Reviews by the seed or a dataset import, or by a removed user, have no reviewer.
  const reviewer = commitment.reviewedBy?.name ?? t.unknownReviewer;
  return (
    <section aria-labelledby="review-heading" className="mt-10">
      <h2 id="review-heading" className="font-serif text-xl font-semibold">{t.title}</h2>
      <p className="mt-1 text-sm" data-testid="review-state">
        {commitment.reviewedOn ? format(t.last, { date: toIsoDate(commitment.reviewedOn), name: reviewer }) : t.never}
      </p>
      <div className="mt-3">
        <ButtonForm action={action} hidden={{ id: String(commitment.id), version: String(commitment.version) }} label={t.submit} hint={t.hint} primary />
      </div>
    </section>
  );
}
