import type { z } from "zod";
import type { RowError } from "./plan";

/** A row's zod issues as import errors, each in its CSV column. */
export function rowErrorsOf(row: number, error: z.ZodError): RowError[] {
  return error.issues.map((issue) => ({ row, column: String(issue.path[0] ?? ""), message: issue.message }));
}
