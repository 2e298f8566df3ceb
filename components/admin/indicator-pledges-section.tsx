import type { IndicatorForEdit } from "@/lib/indicators/admin-queries";
import { format, getMessages } from "@/lib/i18n/messages";
import { ButtonForm } from "./button-form";
import { FieldsForm } from "./fields-form";
import { hidden } from "./field-specs";
import type { FormAction } from "./use-form";

const t = getMessages().admin.indicators;

interface Props {
  indicator: IndicatorForEdit;
  pledges: { id: number; title: string; targetValue: number | null; targetUnit: string | null }[];
  actions: { link: FormAction; unlink: FormAction };
}

const targetOf = (pledge: Props["pledges"][number]) =>
  pledge.targetValue === null ? t.pledges.noTarget : format(t.pledges.target, { value: pledge.targetValue.toLocaleString("en"), unit: pledge.targetUnit ?? "" });

/** The pledges the series measures; linking one whose target is in another unit is refused by the write. */
export function IndicatorPledgesSection({ indicator, pledges, actions }: Props) {
  const linked = new Set(indicator.pledges.map((link) => link.commitment.id));
  return (
    <section aria-labelledby="pledges-heading" className="mt-10">
      <h2 id="pledges-heading" className="font-serif text-xl font-semibold">{t.pledges.title}</h2>
      {indicator.pledges.length === 0 ? <p className="mt-2 text-sm text-muted">{t.pledges.none}</p> : null}
      <ul className="mt-3 space-y-2">
        {indicator.pledges.map(({ commitment }) => (
          <li key={commitment.id} className="flex flex-wrap items-start justify-between gap-2 rounded border border-rule bg-white p-3" data-testid="linked-pledge">
            <div className="text-sm">
              <a href={`/admin/commitments/${commitment.id}`} className="font-medium text-accent underline">{commitment.title}</a>
              <p className="text-xs text-muted">{targetOf(commitment)}</p>
            </div>
            <ButtonForm action={actions.unlink} hidden={{ indicatorId: String(indicator.id), commitmentId: String(commitment.id) }} label={t.pledges.unlink} />
          </li>
        ))}
      </ul>
      <div className="mt-4 rounded border border-rule bg-white p-3">
        <FieldsForm
          action={actions.link}
          fields={[
            ...hidden({ indicatorId: indicator.id }),
            {
              name: "commitmentId",
              label: t.pledges.linkLabel,
              type: "select",
              wide: true,
              options: pledges.filter((pledge) => !linked.has(pledge.id)).map((pledge) => ({ value: String(pledge.id), label: `${pledge.title} (${targetOf(pledge)})` })),
            },
          ]}
          submitLabel={t.pledges.link}
          testId="link-pledge-form"
        />
      </div>
    </section>
  );
}
