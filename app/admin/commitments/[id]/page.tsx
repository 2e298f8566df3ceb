import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonForm } from "@/components/admin/button-form";
import { EvidenceSection } from "@/components/admin/evidence-section";
import { FieldsForm } from "@/components/admin/fields-form";
import { commitmentFields, hidden } from "@/components/admin/field-specs";
import { QuotesSection } from "@/components/admin/quotes-section";
import { ReviewSection } from "@/components/admin/review-section";
import { StatusSection } from "@/components/admin/status-section";
import { TargetPathSection } from "@/components/admin/target-path-section";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getCommitmentForEdit, listCategories, listTalksForQuotes } from "@/lib/commitments/admin-queries";
import { getMessages } from "@/lib/i18n/messages";
import { getTargetPathForEdit } from "@/lib/indicators/admin-queries";
import { correctionNoteField } from "@/components/corrections/correction-field";
import * as actions from "../actions";

const t = getMessages().admin;

export default async function EditCommitmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  await requirePageRole("ANALYST", `/admin/commitments/${encodeURIComponent(rawId)}`);
  const id = Number(rawId);
  if (!/^\d{1,9}$/.test(rawId) || !Number.isSafeInteger(id)) notFound();
  const [commitment, categories, talks, targetPath] = await Promise.all([getCommitmentForEdit(id), listCategories(), listTalksForQuotes(), getTargetPathForEdit(id)]);
  if (!commitment) notFound();
  const idAndVersion = { id: String(commitment.id), version: String(commitment.version) };

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin" className="text-accent underline">{t.nav.commitments}</Link>
        {commitment.archived ? null : (
          <>
            {" · "}
            <Link href={`/commitments/${commitment.slug}`} className="text-accent underline">{t.commitments.viewPublic}</Link>
          </>
        )}
      </p>
      <h1 className="mt-2 font-serif text-2xl font-semibold">
        {commitment.title}
        {commitment.archived ? <span className="ml-2 rounded bg-accent-soft px-2 py-0.5 align-middle text-sm text-accent">{t.commitments.archived}</span> : null}
      </h1>

      <StatusSection commitment={commitment} action={actions.recordStatusAction} />
      <ReviewSection commitment={commitment} action={actions.recordReviewAction} />

      <section aria-labelledby="edit-heading" className="mt-10">
        <h2 id="edit-heading" className="font-serif text-xl font-semibold">{t.commitments.edit}</h2>
        <FieldsForm
          action={actions.updateCommitmentAction}
          fields={[
            ...hidden({ id: commitment.id, version: commitment.version }),
            ...commitmentFields({ categories, evidence: commitment.evidence }, commitment),
            // A public pledge's edit of a published fact says what was wrong (lib/corrections).
            ...(commitment.archived ? [] : [correctionNoteField()]),
          ]}
          submitLabel={t.common.save}
          testId="commitment-form"
        />
        <div className="mt-4">
          <ButtonForm
            action={actions.archiveCommitmentAction}
            hidden={{ ...idAndVersion, archived: commitment.archived ? "false" : "true" }}
            label={commitment.archived ? t.commitments.restore : t.commitments.archive}
            hint={t.commitments.archiveHint}
            confirm={commitment.archived ? undefined : t.commitments.confirmArchive}
          />
        </div>
      </section>

      {targetPath ? <TargetPathSection pledge={targetPath} action={actions.setTargetPathAction} /> : null}
      <EvidenceSection commitment={commitment} actions={{ add: actions.addEvidenceAction, update: actions.updateEvidenceAction, remove: actions.removeEvidenceAction }} />
      <QuotesSection commitment={commitment} talks={talks} actions={{ add: actions.addQuoteAction, remove: actions.removeQuoteAction }} />
    </div>
  );
}
