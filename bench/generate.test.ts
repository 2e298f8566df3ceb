import { describe, expect, it } from "vitest";
import { SMOKE_SIZES, column, rowCount, type DatasetSizes } from "./dataset";
import { distributeCounts, generateDataset } from "./generate";
import { createRandom } from "./random";

const SIZES: DatasetSizes = { ...SMOKE_SIZES, commitments: 120, quotes: 360, evidence: 1_200, statusChanges: 3_000 };
const dataset = generateDataset(SIZES, 12, 7);

describe("generateDataset", () => {
  it("gives the same rows for the same seed and different rows for another", () => {
    expect(generateDataset(SIZES, 12, 7)).toEqual(dataset);
    expect(column(generateDataset(SIZES, 12, 8).statusChanges, "toStatus")).not.toEqual(column(dataset.statusChanges, "toStatus"));
  });

  it("produces exactly the requested number of rows per table", () => {
    expect(rowCount(dataset.talks)).toBe(SIZES.talks);
    expect(rowCount(dataset.commitments)).toBe(SIZES.commitments);
    expect(rowCount(dataset.quotes)).toBe(SIZES.quotes);
    expect(rowCount(dataset.evidence)).toBe(SIZES.evidence);
    expect(rowCount(dataset.statusChanges)).toBe(SIZES.statusChanges);
  });

  it("mirrors each pledge's latest status change in its status and statusEffectiveOn", () => {
    const s = dataset.statusChanges;
    const latest = new Map<number, { status: unknown; on: string }>();
    const previous = new Map<number, { to: unknown; on: string }>();
    column(s, "commitmentId").forEach((id, i) => {
      const commitmentId = id as number;
      const on = column(s, "effectiveOn")[i] as string;
      const before = previous.get(commitmentId);
      // The history chains: from = the previous to, dates never go backwards, the first is ANNOUNCED.
      expect(column(s, "fromStatus")[i]).toBe(before ? before.to : null);
      if (!before) expect(column(s, "toStatus")[i]).toBe("ANNOUNCED");
      if (before) expect(on >= before.on).toBe(true);
      previous.set(commitmentId, { to: column(s, "toStatus")[i], on });
      latest.set(commitmentId, { status: column(s, "toStatus")[i], on });
    });
    const c = dataset.commitments;
    column(c, "id").forEach((id, i) => {
      expect(latest.get(id as number)).toEqual({ status: column(c, "status")[i], on: column(c, "statusEffectiveOn")[i] });
    });
  });

  it("cuts every quote out of its talk's text, once per pledge, talk and span", () => {
    const texts = new Map(column(dataset.talks, "id").map((id, i) => [id, column(dataset.talks, "text")[i] as string]));
    const q = dataset.quotes;
    const keys = new Set<string>();
    column(q, "text").forEach((text, i) => {
      const [start, end] = [column(q, "startOffset")[i] as number, column(q, "endOffset")[i] as number];
      expect(end).toBeGreaterThan(start);
      expect(texts.get(column(q, "talkId")[i]!)!.slice(start, end)).toBe(text);
      keys.add(`${column(q, "commitmentId")[i]}/${column(q, "talkId")[i]}/${start}/${end}`);
    });
    expect(keys.size).toBe(rowCount(q));
  });

  it("keeps evidence URLs unique per pledge and http(s)", () => {
    const e = dataset.evidence;
    const pairs = column(e, "url").map((url, i) => `${column(e, "commitmentId")[i]} ${url}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const url of column(e, "url")) expect(url).toMatch(/^https?:\/\//);
  });

  it("spreads dates over the ten years and uses every category", () => {
    const days = column(dataset.statusChanges, "effectiveOn") as string[];
    expect(days.every((day) => day >= "2016-01-01" && day <= "2025-12-31")).toBe(true);
    expect(new Set(days.map((day) => day.slice(0, 4))).size).toBe(10);
    expect(new Set(column(dataset.commitments, "categoryId")).size).toBe(12);
  });
});

describe("distributeCounts", () => {
  it("sums exactly to the total with every part at least one", () => {
    const counts = distributeCounts(1_003, 40, createRandom(1));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_003);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(new Set(counts).size).toBeGreaterThan(1);
  });
});
