import { describe, expect, it } from "vitest";
import { statusMove } from "./status-moves";

describe("status moves", () => {
  it("calls the same status unchanged, and a step down the ramp or away from fulfilled backward", () => {
    expect(statusMove("IN_PROGRESS", "IN_PROGRESS")).toBe("unchanged");
    expect(statusMove("PARTIALLY_FULFILLED", "ANNOUNCED")).toBe("backward");
    expect(statusMove("PARTIALLY_FULFILLED", "IN_PROGRESS")).toBe("backward");
    expect(statusMove("FULFILLED", "STALLED")).toBe("backward");
    expect(statusMove("FULFILLED", "PARTIALLY_FULFILLED")).toBe("backward");
  });

  it("lets a pledge advance, stall, fail, or resume from a stall without a warning", () => {
    expect(statusMove("ANNOUNCED", "FULFILLED")).toBe("forward");
    expect(statusMove("IN_PROGRESS", "STALLED")).toBe("forward");
    expect(statusMove("STALLED", "ANNOUNCED")).toBe("forward");
    expect(statusMove("PARTIALLY_FULFILLED", "NOT_FULFILLED")).toBe("forward");
  });
});
