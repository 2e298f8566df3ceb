// The indicator, point and target-path forms' fields, from the message catalogue and the record.
import { getMessages } from "@/lib/i18n/messages";
import type { FieldSpec } from "./field-spec";

const t = getMessages().admin.indicators;
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

interface IndicatorValues { slug: string; name: string; unit: string; publisher: string; side: string; frequency: string; description: string }

/** The indicator form; an existing series keeps its slug (its public address), so it is not a field. */
export function indicatorFields(value?: IndicatorValues): FieldSpec[] {
  const f = t.fields;
  return [
    ...(value ? [] : [{ name: "slug", label: f.slug, type: "text", required: true, hint: t.hints.slug } satisfies FieldSpec]),
    { name: "name", label: f.name, type: "text", defaultValue: value?.name, required: true, wide: true },
    { name: "unit", label: f.unit, type: "text", defaultValue: value?.unit, required: true, hint: t.hints.unit },
    { name: "publisher", label: f.publisher, type: "text", defaultValue: value?.publisher, required: true },
    { name: "side", label: f.side, type: "select", defaultValue: value?.side ?? "VIETNAM", options: options(t.sides) },
    { name: "frequency", label: f.frequency, type: "select", defaultValue: value?.frequency ?? "YEAR", options: options(t.frequencies), hint: t.hints.frequency },
    { name: "description", label: f.description, type: "textarea", defaultValue: value?.description, rows: 3 },
  ];
}

interface PointValues { period: string; value: number; sourceUrl: string; publishedOn: Date | null; estimate: boolean; note: string }

export function pointFields(value?: PointValues): FieldSpec[] {
  const f = t.points.fields;
  return [
    { name: "period", label: f.period, type: "text", defaultValue: value?.period, required: true },
    { name: "value", label: f.value, type: "number", defaultValue: value ? String(value.value) : undefined, required: true },
    { name: "sourceUrl", label: f.sourceUrl, type: "url", defaultValue: value?.sourceUrl, required: true, wide: true },
    { name: "publishedOn", label: f.publishedOn, type: "date", defaultValue: value?.publishedOn ? value.publishedOn.toISOString().slice(0, 10) : "" },
    { name: "estimate", label: f.estimate, type: "checkbox", defaultValue: value?.estimate ? "on" : "" },
    { name: "note", label: f.note, type: "textarea", defaultValue: value?.note, rows: 2 },
  ];
}

export function targetPathFields(value?: { baselinePeriod: string | null; timing: string; basis: string } | null): FieldSpec[] {
  const f = t.targetPath.fields;
  return [
    { name: "baselinePeriod", label: f.baselinePeriod, type: "text", defaultValue: value?.baselinePeriod ?? "" },
    { name: "basis", label: f.basis, type: "select", defaultValue: value?.basis ?? "TOTAL", options: options(t.targetPath.bases), hint: t.targetPath.basisHint, wide: true },
    { name: "timing", label: f.timing, type: "textarea", defaultValue: value?.timing, required: true, rows: 2 },
  ];
}
