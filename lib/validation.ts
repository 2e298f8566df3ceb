import type { z } from "zod";

/** zod issues as `{ field: [messages] }` for forms and API errors ("_" for the whole input). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    const message =
      issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}` : issue.message;
    (result[key] ??= []).push(message);
  }
  return result;
}
