import { FieldsForm } from "@/components/admin/fields-form";
import { talkFields } from "@/components/admin/field-specs";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getMessages } from "@/lib/i18n/messages";
import { createTalkAction } from "../actions";

const t = getMessages().admin;

export default async function NewTalkPage() {
  await requirePageRole("ANALYST", "/admin/talks/new");
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-2xl font-semibold">{t.talks.new}</h1>
      <div className="mt-4">
        <FieldsForm action={createTalkAction} fields={talkFields()} submitLabel={t.common.save} testId="talk-form" />
      </div>
    </div>
  );
}
