import { PLEDGE_FIELD_NAMES } from "./fields";

/** A complete form submission: every pledge field present (empty unless given), as browsers send. */
export function pledgeFieldNamesForForm(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(PLEDGE_FIELD_NAMES.map((name) => [name, values[name] ?? ""]));
}
