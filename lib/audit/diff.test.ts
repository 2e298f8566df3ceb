import { describe, expect, it } from "vitest";
import { diffAudit } from "./diff";

describe("diffAudit", () => {
  it("lists only the fields that changed, with both sides", () => {
    expect(diffAudit({ title: "A", version: 1, same: true }, { title: "B", version: 2, same: true })).toEqual([
      { field: "title", before: "A", after: "B" },
      { field: "version", before: "1", after: "2" },
    ]);
  });

  it("shows a creation as fields with no before, and nested values as JSON", () => {
    expect(diffAudit(null, { id: 3, tags: ["x"] })).toEqual([
      { field: "id", before: null, after: "3" },
      { field: "tags", before: null, after: '["x"]' },
    ]);
  });
});
