import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

describe("segmentText", () => {
  it("marks separate quotes and keeps the text between them", () => {
    const segments = segmentText("abcdefghij", [{ id: 1, startOffset: 2, endOffset: 4 }, { id: 2, startOffset: 6, endOffset: 9 }]);
    expect(segments.map((segment) => [segment.text, segment.quotes.map((quote) => quote.id)])).toEqual([
      ["ab", []], ["cd", [1]], ["ef", []], ["ghi", [2]], ["j", []],
    ]);
  });

  it("splits overlapping quotes at every boundary and anchors each once", () => {
    const segments = segmentText("abcdefghij", [{ id: 1, startOffset: 1, endOffset: 6 }, { id: 2, startOffset: 4, endOffset: 8 }]);
    expect(segments.map((segment) => [segment.text, segment.quotes.map((quote) => quote.id), segment.starts.map((quote) => quote.id)])).toEqual([
      ["a", [], []], ["bcd", [1], [1]], ["ef", [1, 2], [2]], ["gh", [2], []], ["ij", [], []],
    ]);
  });

  it("never loses or repeats text, whatever the spans (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 })), { maxLength: 8 }), (text, spans) => {
        const quotes = spans.map(([a, b], id) => ({ id, startOffset: Math.min(a, b), endOffset: Math.max(a, b) }));
        const segments = segmentText(text, quotes);
        expect(segments.map((segment) => segment.text).join("")).toBe(text);
        const anchored = segments.flatMap((segment) => segment.starts.map((quote) => quote.id));
        expect(new Set(anchored).size).toBe(anchored.length);
      }),
    );
  });
});
