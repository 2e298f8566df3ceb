import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

const side = (parts: ReturnType<typeof wordDiff>, type: "removed" | "added") => parts.filter((part) => part.type !== type).map((part) => part.text).join("");

describe("wordDiff", () => {
  it("marks only the words that changed", () => {
    expect(wordDiff("Railway link to Hanoi by 2025", "Railway link to Hai Phong by 2026")).toEqual([
      { type: "same", text: "Railway link to " },
      { type: "removed", text: "Hanoi " },
      { type: "added", text: "Hai Phong " },
      { type: "same", text: "by " },
      { type: "removed", text: "2025" },
      { type: "added", text: "2026" },
    ]);
    expect(wordDiff("same", "same")).toEqual([{ type: "same", text: "same" }]);
    expect(wordDiff("", "new text")).toEqual([{ type: "added", text: "new text" }]);
  });

  it("gives back both texts exactly (property)", () => {
    const text = fc.array(fc.constantFrom("a", "b", "rail", "Hà Nội", " ", "  ", "\n", "2025."), { maxLength: 30 }).map((words) => words.join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(side(parts, "added")).toBe(before);
        expect(side(parts, "removed")).toBe(after);
      }),
    );
  });
});
