// The error pages' strings alone, for the client components that show them (see en-errors.ts).
import { enErrors } from "./en-errors";
import { DEFAULT_LOCALE } from "./locale";

const catalogues: Record<string, typeof enErrors> = { en: enErrors };

export function getErrorMessages(locale: string = DEFAULT_LOCALE): typeof enErrors {
  return catalogues[locale] ?? enErrors;
}
