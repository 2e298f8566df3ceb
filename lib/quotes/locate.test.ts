import { describe, expect, it } from "vitest";
import { locateQuote, quoteStillMatches } from "./locate";

const text = "They agreed to “soon restore” flights. Vietnam’s exports grew. They agreed to “soon restore” flights.";

describe("locateQuote", () => {
  it("finds a verbatim passage with typographic quotes and returns end-exclusive offsets", () => {
    const span = locateQuote(text, "Vietnam’s exports grew.");
    expect(span).not.toBeNull();
    expect(text.slice(span!.startOffset, span!.endOffset)).toBe("Vietnam’s exports grew.");
  });

  it("refuses a passage that differs in any character (straight vs typographic apostrophe)", () => {
    expect(locateQuote(text, "Vietnam's exports grew.")).toBeNull();
    expect(locateQuote(text, "   ")).toBeNull();
  });

  it("picks the occurrence at or after `near` when a passage repeats", () => {
    const first = locateQuote(text, "They agreed")!;
    const second = locateQuote(text, "They agreed", first.endOffset)!;
    expect(second.startOffset).toBeGreaterThan(first.startOffset);
  });

  it("tells whether a stored span still holds its passage after the text changes", () => {
    const span = { ...locateQuote(text, "exports grew")!, text: "exports grew" };
    expect(quoteStillMatches(text, span)).toBe(true);
    expect(quoteStillMatches("X" + text, span)).toBe(false);
  });
});
