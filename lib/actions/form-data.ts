// FormData → plain object for zod: repeated keys become arrays, React's own fields are dropped,
// strings are NFC-normalised, and NUL characters are reported instead of reaching the database.

export type RawInput = Record<string, string | string[]>;

/** Fields never echoed back to the form (the browser keeps nothing it should not). */
const SECRET_FIELDS = new Set(["password", "newPassword"]);

export function formDataToObject(formData: FormData): { input: RawInput; nulFields: string[] } {
  const input: RawInput = {};
  const nulFields: string[] = [];
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map((value) => (typeof value === "string" ? value.normalize("NFC") : ""));
    if (values.some((value) => value.includes("\u0000"))) nulFields.push(key);
    input[key] = values.length > 1 ? values : values[0]!;
  }
  return { input, nulFields };
}

export function echoValues(input: RawInput): RawInput {
  return Object.fromEntries(Object.entries(input).filter(([key]) => !SECRET_FIELDS.has(key)));
}
