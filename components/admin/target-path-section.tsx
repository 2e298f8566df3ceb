import { format, getMessages } from "@/lib/i18n/messages";
import { FieldsForm } from "./fields-form";
import { hidden } from "./field-specs";
import { targetPathFields } from "./indicator-fields";
import type { FormAction } from "./use-form";

const t = getMessages().admin.indicators.targetPath;

interface Props {
  pledge: { id: number; targetValue: number | null; targetUnit: string | null; deadline: Date | null; targetPath: { baselinePeriod: string | null; timing: string; basis: string } | null };
  action: FormAction;
}

/** How a pledge's measured series are read against its target (baseline period, timing, basis). */
export function TargetPathSection({ pledge, action }: Props) {
  return (
    <section aria-labelledby="target-path-heading" className="mt-10">
      <h2 id="target-path-heading" className="font-serif text-xl font-semibold">{t.title}</h2>
      {pledge.targetValue === null ? (
        <p className="mt-2 text-sm text-muted">{t.noTarget}</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">
            {format(t.intro, { value: pledge.targetValue.toLocaleString("en"), unit: pledge.targetUnit ?? "", due: pledge.deadline ? pledge.deadline.toISOString().slice(0, 10) : "—" })}
          </p>
          <div className="mt-3">
            <FieldsForm action={action} fields={[...hidden({ commitmentId: pledge.id }), ...targetPathFields(pledge.targetPath)]} submitLabel={getMessages().admin.common.save} testId="target-path-form" />
          </div>
        </>
      )}
    </section>
  );
}
