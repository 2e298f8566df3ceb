import { en, type Messages } from "./en";
import { DEFAULT_LOCALE } from "./locale";

const catalogues: Record<string, Messages> = { en };


/** The catalogue for a locale (English until the other editions land). */
export function getMessages(locale: string = DEFAULT_LOCALE): Messages {
  return catalogues[locale] ?? en;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
