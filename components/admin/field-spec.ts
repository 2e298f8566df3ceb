/** A form field described as plain data, so server pages can hand it to client forms. */
export interface FieldSpec {
  name: string;
  label: string;
  type: "text" | "textarea" | "select" | "date" | "checkbox" | "number" | "url" | "email" | "password" | "hidden";
  defaultValue?: string;
  options?: { value: string; label: string }[];
  hint?: string;
  required?: boolean;
  rows?: number;
  /** Spans both columns of the form grid. */
  wide?: boolean;
}
