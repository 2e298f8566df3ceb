import Link from "next/link";
import { notFound } from "next/navigation";
import { FieldsForm } from "@/components/admin/fields-form";
import { hidden } from "@/components/admin/field-specs";
import { indicatorFields } from "@/components/admin/indicator-fields";
import { IndicatorPledgesSection } from "@/components/admin/indicator-pledges-section";
import { IndicatorPointsSection } from "@/components/admin/indicator-points-section";
import { PointsCsvForm } from "@/components/admin/points-csv-form";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getMessages } from "@/lib/i18n/messages";
import { getIndicatorForEdit, listPledgesForLinking } from "@/lib/indicators/admin-queries";
import { PERIOD_EXAMPLES } from "@/lib/indicators/period";
import * as actions from "../actions";

const t = getMessages().admin.indicators;

export default async function EditIndicatorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id: rawId } = await params;
  await requirePageRole("ANALYST", `/admin/indicators/${encodeURIComponent(rawId)}`);
  const id = Number(rawId);
  if (!/^\d{1,9}$/.test(rawId) || !Number.isSafeInteger(id)) notFound();
  const [indicator, pledges, { created }] = await Promise.all([getIndicatorForEdit(id), listPledgesForLinking(), searchParams]);
  if (!indicator) notFound();
  const { title: csvTitle, intro: csvIntro, tools, ...csvText } = t.csv;
  const example = PERIOD_EXAMPLES[indicator.frequency];

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/indicators" className="text-accent underline">{t.title}</Link>
        {" · "}
        <a href={`/api/indicators/${indicator.slug}`} className="text-accent underline">{t.viewApi}</a>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-semibold">{indicator.name}</h1>
      <p className="mt-1 text-sm text-muted">{t.slugFixed}: <code>{indicator.slug}</code></p>
      {created ? <p role="status" className="mt-3 rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">{t.created}</p> : null}

      <section aria-labelledby="edit-heading" className="mt-8">
        <h2 id="edit-heading" className="font-serif text-xl font-semibold">{t.edit}</h2>
        <div className="mt-3">
          <FieldsForm action={actions.updateIndicatorAction} fields={[...hidden({ id: indicator.id, version: indicator.version }), ...indicatorFields(indicator)]} submitLabel={getMessages().admin.common.save} testId="indicator-form" />
        </div>
      </section>

      <IndicatorPointsSection indicator={indicator} actions={{ add: actions.addPointAction, correct: actions.correctPointAction, remove: actions.removePointAction }} />

      <section aria-labelledby="csv-heading" className="mt-10">
        <h2 id="csv-heading" className="font-serif text-xl font-semibold">{csvTitle}</h2>
        <p className="mt-2 text-sm text-muted">{csvIntro}</p>
        <p className="mt-1 text-xs text-muted">{tools}</p>
        <div className="mt-3">
          <PointsCsvForm slug={indicator.slug} text={csvText} placeholder={`period,value,source_url,published_on,note,estimate\n${example},1234,https://…,2025-01-31,,false`} />
        </div>
      </section>

      <IndicatorPledgesSection indicator={indicator} pledges={pledges} actions={{ link: actions.linkPledgeAction, unlink: actions.unlinkPledgeAction }} />
    </div>
  );
}
