import Link from "next/link";
import { notFound } from "next/navigation";
import { FieldsForm } from "@/components/admin/fields-form";
import { hidden, talkFields } from "@/components/admin/field-specs";
import { requirePageRole } from "@/lib/auth/page-guard";
import { format, getMessages } from "@/lib/i18n/messages";
import { getTalkForEdit } from "@/lib/talks/admin-queries";
import { updateTalkAction } from "../actions";

const t = getMessages().admin;

export default async function EditTalkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  await requirePageRole("ANALYST", `/admin/talks/${encodeURIComponent(rawId)}`);
  if (!/^\d{1,9}$/.test(rawId)) notFound();
  const talk = await getTalkForEdit(Number(rawId));
  if (!talk) notFound();
  return (
    <div className="max-w-3xl">
      <p className="text-sm"><Link href="/admin/talks" className="text-accent underline">{t.nav.talks}</Link></p>
      <h1 className="mt-2 font-serif text-2xl font-semibold">{talk.title}</h1>
      <p className="mt-1 text-sm text-muted">{format(t.talks.quoteCount, { count: talk._count.quotes })}</p>
      <div className="mt-4">
        <FieldsForm action={updateTalkAction} fields={[...hidden({ id: talk.id, version: talk.version }), ...talkFields(talk)]} submitLabel={t.common.save} testId="talk-form" />
      </div>
    </div>
  );
}
