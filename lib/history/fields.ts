// The public fields of a pledge's record, as the revision history, the corrections log and the
// feeds show them. Audit rows hold a pledge in several shapes (the admin's rows, the seed's, a
// dataset import's); each value is brought to one canonical text here, so that two shapes of the
// same value are equal and a change is a change of what the public saw.
import { PLEDGE_FIELDS, type PledgeFieldName } from "@/lib/commitments/fields";
import { getMessages } from "@/lib/i18n/messages";

/** The fields whose changes are public: every field of lib/commitments/fields.ts. */
export const PUBLIC_FIELDS = Object.keys(PLEDGE_FIELDS) as PledgeFieldName[];

/**
 * Fields whose change is a correction of what the tracker said (the admin form then asks for a
 * note): all but the measured value and its evidence, which move with new evidence as progress
 * does, and the address.
 */
export const FACT_FIELDS = PUBLIC_FIELDS.filter((name) => !["actualValue", "actualEvidenceId", "slug"].includes(name));

export type PublicState = Partial<Record<PledgeFieldName, string | null>>;

const DATE_FIELDS = new Set<string>(["deadline"]);
const ENUM_FIELDS = new Set<string>(["kind", "requestedBy", "requestedOf", "response", "committedBy", "firmness", "deadlinePrecision"]);

/** Lookups that turn stored references into what a reader recognises. */
export interface Names {
  categoryById: Map<number, string>;
  categoryIdBySlug: Map<string, number>;
  evidenceTitleById: Map<number, string>;
}

function canonical(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (DATE_FIELDS.has(field)) return String(value).slice(0, 10);
  if (ENUM_FIELDS.has(field)) return String(value).toUpperCase();
  return String(value);
}

/**
 * The public fields present in an audit row's JSON, canonical (absent keys stay absent: a partial
 * row changes only what it names). A dataset import names the category by slug.
 */
export function publicStateOf(json: unknown, names: Pick<Names, "categoryIdBySlug">): PublicState {
  if (!json || typeof json !== "object") return {};
  const record = json as Record<string, unknown>;
  const state: PublicState = {};
  for (const field of PUBLIC_FIELDS) if (field in record) state[field] = canonical(field, record[field]);
  if (!("categoryId" in record) && typeof record.category === "string") {
    const id = names.categoryIdBySlug.get(record.category);
    if (id !== undefined) state.categoryId = String(id);
  }
  return state;
}

export interface FieldChange {
  field: PledgeFieldName;
  label: string;
  before: string | null;
  after: string | null;
  /** Free text: shown as a word diff. */
  text: boolean;
}

/** A canonical value as a reader reads it. */
export function displayValue(field: PledgeFieldName, value: string | null, names: Names): string | null {
  if (value === null) return null;
  const admin = getMessages().admin;
  const common = getMessages().public.common;
  switch (field) {
    case "categoryId":
      return names.categoryById.get(Number(value)) ?? value;
    case "actualEvidenceId":
      return names.evidenceTitleById.get(Number(value)) ?? `evidence ${value}`;
    case "kind":
      return value === "STATEMENT" ? "Statement" : "Commitment";
    case "requestedBy":
    case "committedBy":
      return common.sides[value as keyof typeof common.sides] ?? value;
    case "requestedOf":
      return admin.addressees[value as keyof typeof admin.addressees] ?? value;
    case "response":
      return admin.responses[value as keyof typeof admin.responses] ?? value;
    case "firmness":
      return common.firmness_[value as keyof typeof common.firmness_] ?? value;
    case "deadlinePrecision":
      return admin.precision[value as keyof typeof admin.precision] ?? value;
    default:
      return value;
  }
}

/** The fields that differ between two states (only those the later one names), in the list's order. */
export function changedFields(before: PublicState, after: PublicState, names: Names): FieldChange[] {
  const labels = getMessages().admin.commitments.fields;
  return PUBLIC_FIELDS.filter((field) => field in after && (before[field] ?? null) !== (after[field] ?? null)).map((field) => ({
    field,
    label: labels[field],
    before: displayValue(field, before[field] ?? null, names),
    after: displayValue(field, after[field] ?? null, names),
    text: field === "title" || field === "description",
  }));
}
