import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Read from node_modules directly: some packages' `exports` hide their package.json.
const installed = (name: string) =>
  (JSON.parse(readFileSync(join(process.cwd(), "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

function atLeast(version: string, floor: string): boolean {
  const a = version.split(/[.-]/).map(Number);
  const b = floor.split(".").map(Number);
  for (let i = 0; i < b.length; i++) {
    if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > b[i]!;
  }
  return true;
}

// Advisories behind these floors: the checklist in the README's security section.
describe("dependency version floors", () => {
  it.each([
    ["next", "16.3.3"],
    ["next-auth", "4.24.15"],
    ["react", "19.2.1"],
    ["react-dom", "19.2.1"],
  ])("%s is at least %s", (name, floor) => {
    expect(atLeast(installed(name), floor), `${name} ${installed(name)}`).toBe(true);
  });

  it("compares versions numerically, not as text", () => {
    expect(atLeast("16.10.0", "16.3.3")).toBe(true);
    expect(atLeast("16.3.2", "16.3.3")).toBe(false);
  });
});
