import { describe, expect, it } from "vitest";
import { listParamsSchema, SORTS } from "./list-params";
import { listCommitments } from "./queries";
import { STATUS_ORDER } from "./status";

const keyOf: Record<(typeof SORTS)[number], (item: Awaited<ReturnType<typeof listCommitments>>["items"][number]) => string | number | null> = {
  title: (item) => item.title,
  "-title": (item) => item.title,
  deadline: (item) => item.deadline?.getTime() ?? null,
  "-deadline": (item) => item.deadline?.getTime() ?? null,
  updated: (item) => item.statusEffectiveOn?.getTime() ?? null,
  "-updated": (item) => item.statusEffectiveOn?.getTime() ?? null,
  status: (item) => STATUS_ORDER.indexOf(item.status),
};

describe("listCommitments", () => {
  it.each(SORTS)("pages sorted by %s hold every pledge once, in order, nulls last", async (sort) => {
    const all = await listCommitments(listParamsSchema.parse({ sort, kind: "all", pageSize: 100 }));
    const paged = [];
    for (let page = 1; page <= Math.ceil(all.total / 7); page++) {
      const result = await listCommitments(listParamsSchema.parse({ sort, kind: "all", pageSize: 7, page }));
      expect(result.total).toBe(all.total);
      paged.push(...result.items);
    }
    expect(paged.map((item) => item.slug)).toEqual(all.items.map((item) => item.slug));
    expect(new Set(paged.map((item) => item.slug)).size).toBe(all.total);
    const keys = paged.map(keyOf[sort]);
    const firstNull = keys.indexOf(null);
    if (firstNull >= 0) expect(keys.slice(firstNull).every((key) => key === null)).toBe(true);
    const present = keys.filter((key) => key !== null);
    const sorted = [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (sort.startsWith("-")) sorted.reverse();
    // Titles compare in the database's collation; numbers and dates must be exactly in order.
    if (!sort.endsWith("title")) expect(present).toEqual(sorted);
  });

  it("answers a page past the end with no pledges, or with the last page when asked", async () => {
    const params = listParamsSchema.parse({ status: "IN_PROGRESS", pageSize: 5, page: 999 });
    const empty = await listCommitments(params);
    expect(empty).toMatchObject({ page: 999, items: [] });
    expect(empty.total).toBeGreaterThan(0);
    const last = await listCommitments(params, { pastTheEnd: "last" });
    expect(last.page).toBe(empty.pageCount);
    expect(last.items).toEqual((await listCommitments({ ...params, page: empty.pageCount })).items);
    expect(last.items.length).toBeGreaterThan(0);
    const none = await listCommitments(listParamsSchema.parse({ q: "no pledge says this", page: 3 }), { pastTheEnd: "last" });
    expect(none).toMatchObject({ total: 0, page: 1, pageCount: 1, items: [] });
  });
});
