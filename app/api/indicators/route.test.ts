import { describe, expect, it } from "vitest";
import { GET as list } from "./route";
import { GET as one } from "./[slug]/route";
import { apiDetail } from "@/lib/commitments/cached-api";

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("GET /api/indicators and /api/indicators/{slug}", () => {
  it("lists the indicators with their points, each with its source URL", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const indicator of items) for (const point of indicator.points) expect(point.sourceUrl).toMatch(/^https?:\/\//);
    expect(JSON.stringify(items)).not.toMatch(/"(version|id|indicatorId)"/);
  });

  it("answers one indicator, and 404 for an unknown or malformed slug", async () => {
    const response = await one(new Request("http://localhost/api/indicators/x"), params("vietnam-china-trade-vietnam-customs"));
    expect(await response.json()).toMatchObject({ unit: "billion USD", side: "VIETNAM", frequency: "YEAR", pledges: [{ slug: "more-balanced-trade" }] });
    expect((await one(new Request("http://localhost/x"), params("no-such-series"))).status).toBe(404);
    expect((await one(new Request("http://localhost/x"), params("DROP;--"))).status).toBe(404);
  });
});

// The pledge route answers this (cached with unstable_cache, which needs Next around it).
describe("GET /api/commitments/{slug} with indicators", () => {
  it("carries the documented indicator fields, and no progress from a yearly batch against a total target", async () => {
    const body = JSON.parse(JSON.stringify(await apiDetail("china-1000-government-scholarships", "2026-12-02")));
    expect(body.indicators).toEqual([
      expect.objectContaining({ slug: "cgs-awards-vietnam-embassy", unit: "scholarships", side: "CHINA" }),
    ]);
    expect(Object.keys(body.indicators[0]).sort()).toEqual(["name", "points", "publisher", "side", "slug", "unit"]);
    expect(Object.keys(body.indicators[0].points[0]).sort()).toEqual(["period", "publishedOn", "sourceUrl", "value"]);
    expect(body.indicators[0].points.at(-1)).toMatchObject({ period: "2025", value: 34 });
    // The 1,000 is a total (lib/indicators/progress.ts; lib/indicators/measured-pledges.test.ts
    // covers a PER_PERIOD target, where the latest point is the progress).
    expect(body).toMatchObject({ targetPath: { basis: "TOTAL" }, measuredBy: null, progress: null });
  });

  it("puts both sides' trade series on the trade-balance pledge", async () => {
    const body = JSON.parse(JSON.stringify(await apiDetail("more-balanced-trade", "2026-12-02")));
    expect(body.indicators.map((indicator: { side: string }) => indicator.side).sort()).toEqual(["CHINA", "VIETNAM"]);
    expect(body.progress).toBeNull();
  });
});
