import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates";
import { pageSnapshot, parseSnapshot, recordedBefore, snapshotParams, withSnapshot } from "./snapshot";

const today = parseIsoDate("2026-12-02");

describe("parseSnapshot", () => {
  it("reads asOf, recordedBy, both, or neither", () => {
    expect(parseSnapshot({}, today)).toEqual({ ok: true, snapshot: null });
    expect(parseSnapshot({ asOf: "", recordedBy: "" }, today)).toEqual({ ok: true, snapshot: null });
    expect(parseSnapshot({ asOf: "2024-02-29" }, today)).toEqual({ ok: true, snapshot: { asOf: "2024-02-29", recordedBy: null } });
    expect(parseSnapshot({ recordedBy: "2025-01-01" }, today)).toEqual({ ok: true, snapshot: { asOf: "2025-01-01", recordedBy: "2025-01-01" } });
    expect(parseSnapshot({ asOf: "2024-01-01", recordedBy: "2025-01-01" }, today)).toEqual({ ok: true, snapshot: { asOf: "2024-01-01", recordedBy: "2025-01-01" } });
    expect(parseSnapshot({ asOf: "2026-12-02" }, today).ok).toBe(true);
  });

  it.each([["2024-02-30"], ["2026-12-03"], ["2024-1-01"], ["1989-12-31"], ["2024-01-01T00:00"], [["2024-01-01", "2024-01-02"]]])("refuses %j", (value) => {
    const result = parseSnapshot({ asOf: value }, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.asOf).toHaveLength(1);
  });

  it("gives a page a notice instead of an error, and keeps the other parameters", () => {
    expect(pageSnapshot({ asOf: "2024-13-01", status: "FULFILLED" }, today)).toEqual({
      snapshot: null,
      invalid: { value: "2024-13-01", problem: "No such date." },
      rest: { status: "FULFILLED" },
    });
  });
});

describe("snapshot addresses", () => {
  it("writes the snapshot back as it was given", () => {
    expect(snapshotParams(null)).toBe("");
    expect(snapshotParams({ asOf: "2024-01-01", recordedBy: null })).toBe("asOf=2024-01-01");
    expect(snapshotParams({ asOf: "2025-01-01", recordedBy: "2025-01-01" })).toBe("recordedBy=2025-01-01");
    expect(snapshotParams({ asOf: "2024-01-01", recordedBy: "2025-01-01" })).toBe("asOf=2024-01-01&recordedBy=2025-01-01");
    expect(withSnapshot("/commitments?status=FULFILLED#x", { asOf: "2024-01-01", recordedBy: null })).toBe("/commitments?status=FULFILLED&asOf=2024-01-01#x");
    expect(withSnapshot("/commitments/a", { asOf: "2024-01-01", recordedBy: null })).toBe("/commitments/a?asOf=2024-01-01");
    expect(withSnapshot("/commitments/a", null)).toBe("/commitments/a");
  });

  it("counts what was recorded by the end of the day, UTC", () => {
    expect(recordedBefore({ asOf: "2024-12-31", recordedBy: "2024-12-31" })).toBe("2025-01-01T00:00:00.000Z");
    expect(recordedBefore({ asOf: "2024-12-31", recordedBy: null })).toBeNull();
  });
});
