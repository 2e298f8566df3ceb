import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { APP_NODE_ARGS } from "./launch";

describe("the app's launch command", () => {
  it("is the same in npm start as in the benchmark and the resilience suite", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(`node ${APP_NODE_ARGS.join(" ")}`);
  });
});
