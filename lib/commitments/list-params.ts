// The public list's query parameters (page, filters, search, sort), shared by the list page, the
// JSON API and the CSV export so that all three select exactly the same pledges.
import { z } from "zod";
import { REVIEW_FILTERS } from "./rules";
import { STATUS_ORDER } from "./status";
import { SIDES } from "./request";
import { PUBLIC_KINDS } from "./kind";

/** Which kinds the list shows: commitments by default (as the figures count), statements on request. */
export const KIND_FILTERS = [...PUBLIC_KINDS, "all"] as const;

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : String(value).split(",")), z.array(item).max(20));

export const SORTS = ["title", "-title", "deadline", "-deadline", "updated", "-updated", "status"] as const;

export const listParamsSchema = z
  .object({
    q: z
      .string()
      .max(200)
      .refine((value) => !value.includes("\u0000"), "The search may not contain a NUL character.")
      .optional()
      .transform((value) => value?.normalize("NFC").trim() || undefined),
    status: oneOrMany(z.enum(STATUS_ORDER)),
    category: oneOrMany(z.string().regex(/^[a-z0-9-]{1,80}$/)),
    side: oneOrMany(z.enum(SIDES)),
    kind: z.enum(KIND_FILTERS).default("commitment"),
    review: z.enum(REVIEW_FILTERS).optional(),
    talk: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    overdue: z.enum(["true", "false", "1", "0"]).optional().transform((value) => value === "true" || value === "1"),
    sort: z.enum(SORTS).default("-updated"),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export type ListParams = z.output<typeof listParamsSchema>;

/** Reads URLSearchParams (repeated keys become arrays) into the schema's input. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length > 1 ? values : values[0]!;
  }
  return result;
}
