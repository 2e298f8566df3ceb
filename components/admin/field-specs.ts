// The admin forms' fields, built from the message catalogue and the record being edited.
import { getMessages } from "@/lib/i18n/messages";
import type { FieldType } from "@/lib/commitments/field-types";
import { PLEDGE_FIELD_NAMES, PLEDGE_FIELDS, type PledgeFieldName } from "@/lib/commitments/fields";
import type { FieldSpec } from "./field-spec";

const t = getMessages().admin;
const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A stored pledge (database types, which are wider than the form's choices). */
export type CommitmentValues = Record<PledgeFieldName, unknown>;

interface FieldChoices {
  categories: { id: number; name: string }[];
  /** The pledge's own evidence, the candidates for the actual value's source. */
  evidence?: { id: number; title: string }[];
}

/** The pledge form, one input per field of lib/commitments/fields.ts, in its order. */
export function commitmentFields({ categories, evidence = [] }: FieldChoices, value?: CommitmentValues): FieldSpec[] {
  const f = t.commitments.fields;
  const referenceOptions: Partial<Record<PledgeFieldName, { value: string; label: string }[]>> = {
    categoryId: categories.map((c) => ({ value: String(c.id), label: c.name })),
    actualEvidenceId: [{ value: "", label: t.commitments.noEvidence }, ...evidence.map((e) => ({ value: String(e.id), label: e.title }))],
  };
  return PLEDGE_FIELD_NAMES.map((name) => {
    const type = PLEDGE_FIELDS[name] as FieldType<unknown>;
    const { labels, options: values, ...hint } = type.form;
    const options =
      referenceOptions[name] ??
      (values && labels ? values.map((option) => ({ value: option, label: option ? (t[labels] as Record<string, string>)[option]! : t.common.empty })) : undefined);
    const derived = name === "committedBy" || name === "firmness";
    return {
      name,
      label: f[name],
      ...hint,
      options,
      hint: derived ? t.commitments.derivedHint : undefined,
      defaultValue: value ? type.toForm(value[name]) : name === "kind" ? "COMMITMENT" : "",
    };
  });
}

export interface EvidenceValues {
  url: string; title: string; publisher: string; publishedOn: Date; publishedOnApprox: boolean; summary: string; stance: string;
}

export function evidenceFields(value?: EvidenceValues, prefix = ""): FieldSpec[] {
  const f = t.evidence.fields;
  const name = (field: string) => (prefix ? `${prefix}${field[0]!.toUpperCase()}${field.slice(1)}` : field);
  return [
    { name: name("url"), label: f.url, type: "url", defaultValue: value?.url, required: true, wide: true },
    { name: name("title"), label: f.title, type: "text", defaultValue: value?.title, required: true, wide: true },
    { name: name("publisher"), label: f.publisher, type: "text", defaultValue: value?.publisher, required: true },
    { name: name("publishedOn"), label: f.publishedOn, type: "date", defaultValue: day(value?.publishedOn), required: true },
    { name: name("stance"), label: f.stance, type: "select", defaultValue: value?.stance, options: options(t.stances) },
    { name: name("publishedOnApprox"), label: f.publishedOnApprox, type: "checkbox", defaultValue: value?.publishedOnApprox ? "on" : "" },
    { name: name("summary"), label: f.summary, type: "textarea", defaultValue: value?.summary, required: true, rows: 3 },
  ];
}

export interface TalkValues {
  slug: string; title: string; heldOn: Date; format: string; participants: string; publisher: string; headline: string | null;
  readoutBy: string | null; sourceUrl: string | null; sourceNote: string | null; language: string; text: string;
}

export function talkFields(value?: TalkValues): FieldSpec[] {
  const f = t.talks.fields;
  return [
    { name: "title", label: f.title, type: "text", defaultValue: value?.title, required: true, wide: true },
    { name: "slug", label: f.slug, type: "text", defaultValue: value?.slug, required: true },
    { name: "heldOn", label: f.heldOn, type: "date", defaultValue: day(value?.heldOn), required: true },
    { name: "format", label: f.format, type: "select", defaultValue: value?.format, options: options(t.formats) },
    { name: "language", label: f.language, type: "text", defaultValue: value?.language ?? "en", required: true },
    { name: "participants", label: f.participants, type: "text", defaultValue: value?.participants, required: true, wide: true },
    { name: "publisher", label: f.publisher, type: "text", defaultValue: value?.publisher, required: true },
    { name: "readoutBy", label: f.readoutBy, type: "select", defaultValue: value?.readoutBy ?? "", required: true, options: options(t.readoutSides) },
    { name: "headline", label: f.headline, type: "text", defaultValue: value?.headline ?? "", wide: true },
    { name: "sourceUrl", label: f.sourceUrl, type: "url", defaultValue: value?.sourceUrl ?? "" },
    { name: "sourceNote", label: f.sourceNote, type: "text", defaultValue: value?.sourceNote ?? "", wide: true },
    { name: "text", label: f.text, type: "textarea", defaultValue: value?.text, required: true, rows: 16 },
  ];
}

export const hidden = (values: Record<string, string | number>): FieldSpec[] =>
  Object.entries(values).map(([name, value]) => ({ name, label: name, type: "hidden", defaultValue: String(value) }));

export const roleOptions = options(t.roles);
