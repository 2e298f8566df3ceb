import { ImportForm } from "@/components/admin/import-form";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin.import;

export default async function ImportPage() {
  await requirePageRole("ANALYST", "/admin/import");
  const { title, intro, ...text } = t;
  return (
    <div className="max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-sm text-muted">{intro}</p>
      <div className="mt-4">
        <ImportForm text={text} />
      </div>
    </div>
  );
}
