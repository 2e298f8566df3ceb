// Turns list parameters back into a query string (defaults left out), so the list page, its
// pagination, its sort and its "Export CSV" link all describe the same view in the URL.
import type { ListParams } from "./list-params";
import { listParamsSchema } from "./list-params";

export function toListQuery(params: Partial<ListParams>, { withPaging = true } = {}): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.status?.length) query.set("status", params.status.join(","));
  if (params.category?.length) query.set("category", params.category.join(","));
  if (params.side?.length) query.set("side", params.side.join(","));
  if (params.talk) query.set("talk", String(params.talk));
  if (params.overdue) query.set("overdue", "true");
  if (params.kind && params.kind !== "commitment") query.set("kind", params.kind);
  if (params.review) query.set("review", params.review);
  if (withPaging) {
    if (params.sort && params.sort !== "-updated") query.set("sort", params.sort);
    if (params.page && params.page > 1) query.set("page", String(params.page));
    if (params.pageSize && params.pageSize !== 20) query.set("pageSize", String(params.pageSize));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * Reads a page's searchParams. Empty form fields (`talk=`) mean "no filter". Returns the defaults
 * and the names of the invalid fields when the address holds something invalid, never throws.
 */
export function parseListSearchParams(raw: Record<string, string | string[] | undefined>): { params: ListParams; invalid: string[] } {
  const cleaned: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string" && item !== "");
    if (values.length) cleaned[key] = values.length === 1 ? values[0]! : values;
  }
  const parsed = listParamsSchema.safeParse(cleaned);
  if (parsed.success) return { params: parsed.data, invalid: [] };
  const invalid = [...new Set(parsed.error.issues.map((issue) => (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : String(issue.path[0] ?? "?"))))];
  return { params: listParamsSchema.parse({}), invalid };
}
