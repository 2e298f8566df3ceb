import type { IndicatorForEdit } from "@/lib/indicators/admin-queries";
import { getMessages } from "@/lib/i18n/messages";
import { ButtonForm } from "./button-form";
import { FieldsForm } from "./fields-form";
import { hidden } from "./field-specs";
import { pointFields } from "./indicator-fields";
import type { FormAction } from "./use-form";

const t = getMessages().admin.indicators;

interface Props {
  indicator: IndicatorForEdit;
  actions: { add: FormAction; correct: FormAction; remove: FormAction };
}

/** The series' points, newest first, each correctable; and a form to add one. */
export function IndicatorPointsSection({ indicator, actions }: Props) {
  return (
    <section aria-labelledby="points-heading" className="mt-10">
      <h2 id="points-heading" className="font-serif text-xl font-semibold">{t.points.title}</h2>
      {indicator.points.length === 0 ? <p className="mt-2 text-sm text-muted">{t.points.none}</p> : null}
      <ul className="mt-3 space-y-2">
        {indicator.points.map((point) => (
          <li key={point.id} className="rounded border border-rule bg-white p-3" data-testid="point-item" data-period={point.period}>
            <p className="text-sm">
              <span className="font-semibold tabular-nums">{point.period}</span>: <span className="tabular-nums">{point.value.toLocaleString("en")}</span> {indicator.unit}
              {point.estimate ? <span className="ml-1 text-xs text-muted">({t.points.estimate})</span> : null}
              {" · "}
              <a href={point.sourceUrl} rel="noopener noreferrer" target="_blank" className="break-all text-accent underline">{point.sourceUrl}</a>
            </p>
            {point.note ? <p className="mt-1 text-xs text-muted">{point.note}</p> : null}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm">{t.points.correct}</summary>
              <div className="mt-3 space-y-4">
                <FieldsForm action={actions.correct} fields={[...hidden({ id: point.id, version: point.version }), ...pointFields(point)]} submitLabel={t.points.correct} />
                <ButtonForm action={actions.remove} hidden={{ id: String(point.id), version: String(point.version) }} label={t.points.remove} confirm={t.points.confirmRemove} />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <details className="mt-4 rounded border border-rule bg-white p-3">
        <summary className="cursor-pointer text-sm font-semibold">{t.points.add}</summary>
        <div className="mt-3">
          <FieldsForm action={actions.add} fields={[...hidden({ indicatorId: indicator.id }), ...pointFields()]} submitLabel={t.points.add} testId="add-point-form" />
        </div>
      </details>
    </section>
  );
}
