// The correction note of the pledge edit form (lib/corrections): asked of every edit of a public
// pledge, required by the server when the edit changes a published fact.
import type { FieldSpec } from "@/components/admin/field-spec";
import { getMessages } from "@/lib/i18n/messages";

export function correctionNoteField(): FieldSpec {
  const text = getMessages().time.corrections.form;
  return { name: "correctionNote", label: text.label, type: "textarea", hint: text.hint, rows: 3, wide: true, defaultValue: "" };
}
