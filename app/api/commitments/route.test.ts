import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "./route";

const get = (query: string) => GET(new NextRequest(`http://localhost/api/commitments?${query}`));

describe("GET /api/commitments", () => {
  it("pages through the pledges without internal fields", async () => {
    const response = await get("pageSize=5&page=2");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ page: 2, pageSize: 5 });
    expect(body.total).toBeGreaterThanOrEqual(15);
    expect(body.items).toHaveLength(5);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/"(version|id|passwordHash|categoryId|archived)"/);
  });

  it.each([
    "sort=title;DROP TABLE \"Commitment\"",
    "status=DONE",
    "page=-1",
    "pageSize=100000",
    "talk=1%20OR%201=1",
    "side=MARS",
    "unknown=1",
    "q=%00",
    "kind=promise",
    "review=sometimes",
  ])("refuses %s with 400 and a field-level message", async (query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("bad_request");
    expect(Object.keys(body.error.fieldErrors).length).toBeGreaterThan(0);
  });

  it.each(["' OR 1=1--", "%", "_", "\\"])("treats the search %s as literal text", async (q) => {
    const response = await get(`q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect((await response.json()).total).toBe(0);
  });

  it("lists commitments by default, statements on request, and gives each its kind, review date and progress", async () => {
    const kinds = async (query: string) => {
      const body = await (await get(`pageSize=100&${query}`)).json();
      return { total: body.total as number, kinds: new Set(body.items.map((item: { kind: string }) => item.kind)), items: body.items };
    };
    const [byDefault, statements, all] = await Promise.all([kinds(""), kinds("kind=statement"), kinds("kind=all")]);
    expect([...byDefault.kinds]).toEqual(["commitment"]);
    expect([...statements.kinds]).toEqual(["statement"]);
    expect(all.total).toBe(byDefault.total + statements.total);
    for (const item of all.items) {
      expect(item).toHaveProperty("reviewedOn");
      expect(item.reviewedOn === null || /^\d{4}-\d{2}-\d{2}$/.test(item.reviewedOn)).toBe(true);
      // A percentage only where a series' latest figure or an evidenced actual value measures the target.
      if (item.target?.actual == null && item.measuredBy === null) expect(item.progress).toBeNull();
      if (item.measuredBy) expect(item.progress).toBe(Math.round((item.measuredBy.value / item.target.value) * 1000) / 10);
    }
    // Its yearly batch is never a share of its total target (lib/indicators/progress.ts).
    expect(all.items.find((item: { slug: string }) => item.slug === "china-1000-government-scholarships")).toMatchObject({ progress: null, measuredBy: null });
    const never = await kinds("kind=all&review=never");
    expect(never.items.every((item: { reviewedOn: string | null }) => item.reviewedOn === null)).toBe(true);
  });

  it("searches titles, descriptions and quotes, case-insensitively", async () => {
    const body = await (await get("q=SCHOLARSHIPS")).json();
    expect(body.items.some((item: { slug: string }) => /scholarship/.test(item.slug))).toBe(true);
  });
});
