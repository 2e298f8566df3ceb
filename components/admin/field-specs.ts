// The admin forms' fields, built from the message catalogue and the record being edited.
import { getMessages } from "@/lib/i18n/messages";
import type { FieldSpec } from "./field-spec";

const t = getMessages().admin;
const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");
const num = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));
const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export interface CommitmentValues {
  slug: string; title: string; description: string; categoryId: number; committedBy: string; firmness: string;
  targetValue: number | null; targetUnit: string | null; baselineValue: number | null; actualValue: number | null;
  deadline: Date | null; deadlinePrecision: string | null;
}

export function commitmentFields(categories: { id: number; name: string }[], value?: CommitmentValues): FieldSpec[] {
  const f = t.commitments.fields;
  return [
    { name: "title", label: f.title, type: "text", defaultValue: value?.title, required: true, wide: true },
    { name: "slug", label: f.slug, type: "text", defaultValue: value?.slug, required: true },
    { name: "categoryId", label: f.categoryId, type: "select", defaultValue: num(value?.categoryId), options: categories.map((c) => ({ value: String(c.id), label: c.name })) },
    { name: "description", label: f.description, type: "textarea", defaultValue: value?.description, required: true },
    { name: "committedBy", label: f.committedBy, type: "select", defaultValue: value?.committedBy, options: options(t.sides) },
    { name: "firmness", label: f.firmness, type: "select", defaultValue: value?.firmness, options: options(t.firmness) },
    { name: "targetValue", label: f.targetValue, type: "number", defaultValue: num(value?.targetValue) },
    { name: "targetUnit", label: f.targetUnit, type: "text", defaultValue: value?.targetUnit ?? "" },
    { name: "baselineValue", label: f.baselineValue, type: "number", defaultValue: num(value?.baselineValue) },
    { name: "actualValue", label: f.actualValue, type: "number", defaultValue: num(value?.actualValue) },
    { name: "deadline", label: f.deadline, type: "date", defaultValue: day(value?.deadline) },
    { name: "deadlinePrecision", label: f.deadlinePrecision, type: "select", defaultValue: value?.deadlinePrecision ?? "", options: [{ value: "", label: t.common.empty }, ...options(t.precision)] },
  ];
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
  slug: string; title: string; heldOn: Date; format: string; participants: string; publisher: string; sourceUrl: string | null; language: string; text: string;
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
    { name: "sourceUrl", label: f.sourceUrl, type: "url", defaultValue: value?.sourceUrl ?? "" },
    { name: "text", label: f.text, type: "textarea", defaultValue: value?.text, required: true, rows: 16 },
  ];
}

export const hidden = (values: Record<string, string | number>): FieldSpec[] =>
  Object.entries(values).map(([name, value]) => ({ name, label: name, type: "hidden", defaultValue: String(value) }));

export const roleOptions = options(t.roles);
