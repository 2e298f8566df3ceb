import Link from "next/link";
import { FieldsForm } from "@/components/admin/fields-form";
import { indicatorFields } from "@/components/admin/indicator-fields";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getMessages } from "@/lib/i18n/messages";
import { createIndicatorAction } from "../actions";

const t = getMessages().admin.indicators;

export default async function NewIndicatorPage() {
  await requirePageRole("ANALYST", "/admin/indicators/new");
  return (
    <div className="max-w-3xl">
      <p className="text-sm"><Link href="/admin/indicators" className="text-accent underline">{t.title}</Link></p>
      <h1 className="mt-2 font-serif text-2xl font-semibold">{t.new}</h1>
      <div className="mt-4">
        <FieldsForm action={createIndicatorAction} fields={indicatorFields()} submitLabel={t.new} testId="indicator-form" />
      </div>
    </div>
  );
}
