// The one list of a pledge's descriptive fields: what analysts edit, what the audit log records,
// what the CSV, the dataset and the admin form carry. A new field is added here (and in the
// schema, a migration and its label); the form schema, selects, CSV columns, dataset shape and
// admin form all derive from this list.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getMessages } from "@/lib/i18n/messages";
import {
  choiceField,
  optionalChoiceField,
  optionalDateField,
  optionalNumberField,
  optionalReferenceField,
  optionalTextField,
  referenceField,
  slugField,
  textField,
  type FieldType,
  type JsonScalar,
} from "./field-types";
import { KINDS, PUBLIC_KINDS, fromPublicKind, toPublicKind, type PublicKind } from "./kind";
import { ADDRESSEES, FIRMNESS, REQUESTING_SIDES, RESPONSES, SIDES, deriveSideAndFirmness } from "./request";
import { DATE_PRECISIONS } from "@/lib/dates";

const v = getMessages().admin.validation;

const kindField: FieldType<(typeof KINDS)[number], PublicKind> = {
  ...choiceField(KINDS, "kinds"),
  dataset: z.enum(PUBLIC_KINDS),
  toJson: toPublicKind,
  fromJson: fromPublicKind,
  sqlJson: "lowercase",
};

export const PLEDGE_FIELDS = {
  title: textField(300, { wide: true }),
  slug: slugField,
  categoryId: referenceField,
  description: textField(5000, { type: "textarea" }),
  kind: kindField,
  requestedBy: optionalChoiceField(REQUESTING_SIDES, "sides"),
  requestedOf: optionalChoiceField(ADDRESSEES, "addressees"),
  response: optionalChoiceField(RESPONSES, "responses"),
  committedBy: choiceField(SIDES, "sides"),
  firmness: choiceField(FIRMNESS, "firmness"),
  targetValue: optionalNumberField,
  targetUnit: optionalTextField(100),
  baselineValue: optionalNumberField,
  actualValue: optionalNumberField,
  actualEvidenceId: optionalReferenceField,
  deadline: optionalDateField,
  deadlinePrecision: optionalChoiceField(DATE_PRECISIONS, "precision"),
} as const;

export type PledgeFieldName = keyof typeof PLEDGE_FIELDS;
type ValueOf<F> = F extends FieldType<infer V, JsonScalar> ? V : never;
type JsonOf<F> = F extends { dataset: z.ZodType<infer J> } ? J : never;
export type PledgeFields = { -readonly [K in PledgeFieldName]: ValueOf<(typeof PLEDGE_FIELDS)[K]> };

export const PLEDGE_FIELD_NAMES = Object.keys(PLEDGE_FIELDS) as PledgeFieldName[];

/** Fields stored as references, written in exports through the record they point to. */
export const REFERENCE_FIELDS = ["categoryId", "actualEvidenceId"] as const satisfies readonly PledgeFieldName[];
export const PLAIN_FIELD_NAMES = PLEDGE_FIELD_NAMES.filter(
  (name): name is Exclude<PledgeFieldName, (typeof REFERENCE_FIELDS)[number]> => !(REFERENCE_FIELDS as readonly string[]).includes(name),
);

function mapFields<R>(make: <K extends PledgeFieldName>(name: K, field: (typeof PLEDGE_FIELDS)[K]) => R): Record<PledgeFieldName, R> {
  return Object.fromEntries(PLEDGE_FIELD_NAMES.map((name) => [name, make(name, PLEDGE_FIELDS[name])])) as Record<PledgeFieldName, R>;
}

/** Selects every descriptive field (for edit forms, audit rows and exports). */
export const pledgeFieldSelect = mapFields(() => true as const) satisfies Prisma.CommitmentSelect;

/** The audited state of a pledge: its fields plus what a write may change beside them. */
export const auditedPledgeSelect = { id: true, ...pledgeFieldSelect, archived: true, version: true } satisfies Prisma.CommitmentSelect;

const deadlineNeedsPrecision = (value: PledgeFields) => (value.deadline === null) === (value.deadlinePrecision === null);
const requestIsComplete = (value: PledgeFields) =>
  (value.requestedBy === null) === (value.requestedOf === null) && (value.requestedBy === null) === (value.response === null);
// An actual value without the evidence that reports it would be a percentage nobody can check.
const actualHasEvidence = (value: PledgeFields) => (value.actualEvidenceId === null) === (value.actualValue === null);

/** The analyst's form fields, each parsed by its type (strict: unknown keys are refused). */
export const pledgeFieldsObject = z
  .object(mapFields((_, field) => field.input) as { [K in PledgeFieldName]: (typeof PLEDGE_FIELDS)[K]["input"] })
  .strict();

/**
 * Checks across fields, and completion: a request's side and firmness follow from its recorded
 * response (whatever the form said), so that "acknowledged" never reads as an agreement.
 */
export function checkedPledgeFields<T extends PledgeFields>(schema: z.ZodType<T>) {
  return schema
    .refine(deadlineNeedsPrecision, { message: v.deadlinePrecision, path: ["deadlinePrecision"] })
    .refine(requestIsComplete, { message: v.requestIncomplete, path: ["response"] })
    .refine(actualHasEvidence, { message: v.actualNeedsEvidence, path: ["actualEvidenceId"] })
    .transform((value): T => ({ ...value, ...deriveSideAndFirmness(value) }));
}

export const pledgeFieldsSchema = checkedPledgeFields(pledgeFieldsObject as unknown as z.ZodType<PledgeFields>);

/** The dataset's shape of the plain fields (references are written by their own keys). */
export const datasetPledgeFields = Object.fromEntries(PLAIN_FIELD_NAMES.map((name) => [name, PLEDGE_FIELDS[name].dataset])) as {
  [K in (typeof PLAIN_FIELD_NAMES)[number]]: (typeof PLEDGE_FIELDS)[K]["dataset"];
};

type PlainFieldName = (typeof PLAIN_FIELD_NAMES)[number];
export type PlainFieldsJson = { [K in PlainFieldName]: JsonOf<(typeof PLEDGE_FIELDS)[K]> };

/** A field's value as JSON (API, CSV, dataset). Takes the stored value, whose type is wider. */
export function fieldToJson(name: PledgeFieldName, value: unknown): JsonScalar {
  return (PLEDGE_FIELDS[name] as FieldType<unknown>).toJson(value);
}

/** The plain fields of a stored pledge as JSON, in the list's order (the dataset's key order). */
export function plainFieldsToJson(row: { [K in PlainFieldName]: unknown }): PlainFieldsJson {
  return Object.fromEntries(PLAIN_FIELD_NAMES.map((name) => [name, fieldToJson(name, row[name])])) as PlainFieldsJson;
}

/** Reads the plain fields back from their JSON (dataset import). */
export function plainFieldsFromJson(json: PlainFieldsJson): Pick<PledgeFields, PlainFieldName> {
  return Object.fromEntries(
    PLAIN_FIELD_NAMES.map((name) => [name, (PLEDGE_FIELDS[name] as FieldType<unknown>).fromJson(json[name])]),
  ) as Pick<PledgeFields, PlainFieldName>;
}

/** snake_case column name of a field in the CSV exports (committedBy → committed_by). */
export const csvHeader = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
