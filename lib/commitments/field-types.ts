// The kinds of value a pledge field can hold, each knowing once how it is read from a form, how
// it is written to JSON (API, CSV, dataset) and read back, and how the admin form shows it.
// lib/commitments/fields.ts lists the pledge's fields with these; everything else derives.
import { z } from "zod";
import { id, optionalIsoDate, optionalNumber, optionalText, requiredText, slug } from "@/lib/actions/fields";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { getMessages } from "@/lib/i18n/messages";

const v = getMessages().admin.validation;

export type JsonScalar = string | number | boolean | null;

/** How the admin form shows a field (labels come from the message catalogue by field name). */
export interface FormHint {
  type: "text" | "textarea" | "select" | "date" | "number" | "url";
  required?: boolean;
  wide?: boolean;
  rows?: number;
  /** For selects: the allowed values, in display order ("" = none). */
  options?: readonly string[];
  /** For selects: which label map of the admin catalogue names the options. */
  labels?: ChoiceLabels;
}

/** text: as stored (enums by name); number; integer; date: YYYY-MM-DD; lowercase: the name in lower case. */
export type SqlJson = "text" | "number" | "integer" | "date" | "lowercase";

export type ChoiceLabels = "sides" | "firmness" | "precision" | "kinds" | "responses" | "addressees";

export interface FieldType<Value, Json extends JsonScalar = JsonScalar> {
  /** Parses the analyst's form value (browsers send strings; empty means none). */
  input: z.ZodType<Value>;
  /** The value's shape in the public dataset. */
  dataset: z.ZodType<Json>;
  toJson(value: Value): Json;
  fromJson(value: Json): Value;
  /** What `toJson` gives, as SQL sees the stored column (the COPY exports write it from SQL). */
  sqlJson: SqlJson;
  form: FormHint;
  toForm(value: Value): string;
}

// PostgreSQL cannot store NUL in text; refusing it in the dataset schema names the record.
const datasetText = z
  .string()
  .max(20_000, "longer than 20000 characters")
  .refine((value) => !value.includes("\u0000"), "contains a NUL character");
const finite = z.number().refine(Number.isFinite, "must be a finite number");
const isoDate = z.iso.date("must be a YYYY-MM-DD date");

const identity = <T>(value: T) => value;

export function textField(max: number, form: Omit<FormHint, "type"> & { type?: "text" | "textarea" } = {}): FieldType<string, string> {
  return {
    input: requiredText(max),
    dataset: datasetText,
    sqlJson: "text",
    toJson: identity,
    fromJson: identity,
    form: { type: "text", required: true, ...form },
    toForm: identity,
  };
}

export function optionalTextField(max: number): FieldType<string | null, string | null> {
  return {
    input: optionalText(max),
    dataset: datasetText.nullable(),
    sqlJson: "text",
    toJson: identity,
    fromJson: identity,
    form: { type: "text" },
    toForm: (value) => value ?? "",
  };
}

export const slugField: FieldType<string, string> = {
  input: slug,
  dataset: datasetText,
  sqlJson: "text",
  toJson: identity,
  fromJson: identity,
  form: { type: "text", required: true },
  toForm: identity,
};

export const optionalNumberField: FieldType<number | null, number | null> = {
  input: optionalNumber,
  dataset: finite.nullable(),
  sqlJson: "number",
  toJson: identity,
  fromJson: identity,
  form: { type: "number" },
  toForm: (value) => (value === null ? "" : String(value)),
};

export const optionalDateField: FieldType<Date | null, string | null> = {
  input: optionalIsoDate,
  dataset: isoDate.nullable(),
  sqlJson: "date",
  toJson: (value) => (value ? toIsoDate(value) : null),
  fromJson: (value) => (value === null ? null : parseIsoDate(value)),
  form: { type: "date" },
  toForm: (value) => (value ? toIsoDate(value) : ""),
};

/** A reference to another record by id (the form's select lists the candidates). */
export const referenceField: FieldType<number, number> = {
  input: id,
  dataset: z.number().int().positive().max(2_147_483_647),
  sqlJson: "integer",
  toJson: identity,
  fromJson: identity,
  form: { type: "select" },
  toForm: (value) => String(value),
};

export const optionalReferenceField: FieldType<number | null, number | null> = {
  input: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const parsed = id.safeParse(value);
      if (parsed.success) return parsed.data;
      context.addIssue({ code: "custom", message: v.invalidId });
      return z.NEVER;
    }),
  dataset: z.number().int().positive().max(2_147_483_647).nullable(),
  sqlJson: "integer",
  toJson: identity,
  fromJson: identity,
  form: { type: "select" },
  toForm: (value) => (value === null ? "" : String(value)),
};

export function choiceField<const T extends string>(values: readonly [T, ...T[]], labels: ChoiceLabels): FieldType<T, T> {
  return {
    input: z.enum(values, v.choice),
    dataset: z.enum(values),
    sqlJson: "text",
    toJson: identity,
    fromJson: identity,
    form: { type: "select", options: values, labels },
    toForm: identity,
  };
}

export function optionalChoiceField<const T extends string>(values: readonly [T, ...T[]], labels: ChoiceLabels): FieldType<T | null, T | null> {
  return {
    input: z
      .enum([...values, ""] as [T | "", ...(T | "")[]], v.choice)
      .optional()
      .transform((value) => (value ? (value as T) : null)),
    dataset: z.enum(values).nullable(),
    sqlJson: "text",
    toJson: identity,
    fromJson: identity,
    form: { type: "select", options: ["", ...values], labels },
    toForm: (value) => value ?? "",
  };
}
