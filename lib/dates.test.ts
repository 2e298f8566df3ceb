import { describe, expect, it } from "vitest";
import { parseIsoDate, toIsoDate } from "./dates";

describe("calendar dates", () => {
  it("round-trip whatever the process time zone", () => {
    expect(process.env.TZ).toBe("America/Los_Angeles");
    for (const value of ["2022-10-31", "2020-01-01", "2026-12-31", "2024-02-29"]) {
      expect(toIsoDate(parseIsoDate(value))).toBe(value);
    }
  });

  it("refuse impossible or malformed dates", () => {
    expect(() => parseIsoDate("2023-02-29")).toThrow(RangeError);
    expect(() => parseIsoDate("31/10/2022")).toThrow(RangeError);
  });
});
