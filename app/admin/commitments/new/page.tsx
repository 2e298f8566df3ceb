import { FieldsForm } from "@/components/admin/fields-form";
import { commitmentFields } from "@/components/admin/field-specs";
import { requirePageRole } from "@/lib/auth/page-guard";
import { listCategories } from "@/lib/commitments/admin-queries";
import { getMessages } from "@/lib/i18n/messages";
import { createCommitmentAction } from "../actions";

const t = getMessages().admin;

export default async function NewCommitmentPage() {
  await requirePageRole("ANALYST", "/admin/commitments/new");
  const categories = await listCategories();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-2xl font-semibold">{t.commitments.new}</h1>
      <div className="mt-4">
        <FieldsForm action={createCommitmentAction} fields={commitmentFields({ categories })} submitLabel={t.common.save} testId="commitment-form" />
      </div>
    </div>
  );
}
