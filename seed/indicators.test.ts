import { describe, expect, it } from "vitest";
import { indicatorFieldsSchema, pointFieldsSchema } from "@/lib/indicators/schema";
import { readSeedIndicators } from "./indicators";

const data = readSeedIndicators();

describe("the seed's measured indicators", () => {
  it("are valid series whose every point is sourced, and estimates say so in their note", () => {
    for (const { slug, name, unit, publisher, side, frequency, description, points } of data.indicators) {
      const indicator = indicatorFieldsSchema.parse({ slug, name, unit, publisher, side, frequency, description });
      for (const point of points) {
        const parsed = pointFieldsSchema(indicator.frequency).parse({ ...point, publishedOn: point.publishedOn ?? undefined });
        expect(parsed.sourceUrl).toMatch(/^https?:\/\//);
        if (parsed.estimate) expect(parsed.note).toMatch(/estimate/i);
      }
    }
  });

  it("measure the scholarship, farm-import, trade-balance and rail-transit pledges, trade from both sides", () => {
    const measuring = (slug: string) => data.indicators.filter((indicator) => indicator.pledges.includes(slug));
    for (const slug of ["china-1000-government-scholarships", "china-expands-imports-vietnamese-farm-aquatic-products", "more-balanced-trade", "raise-rail-transit-quota-vietnamese-goods"]) {
      expect(measuring(slug).length, slug).toBeGreaterThan(0);
    }
    expect(measuring("more-balanced-trade").map((indicator) => indicator.side).sort()).toEqual(["CHINA", "VIETNAM"]);
  });
});
