// The ids of this build's server actions, read once from the build's own manifest. Next answers
// an id it does not know ("Failed to find Server Action", e.g. from a page of an older deployment)
// with a 404, but logs it as an error; the proxy answers it instead. If the manifest cannot be
// read, every id goes on to Next, which still refuses an unknown one.
import { readFileSync } from "node:fs";
import { join } from "node:path";

let known: Set<string> | null | undefined;

function loadKnownActions(): Set<string> | null {
  try {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as { node?: Record<string, unknown> };
    return new Set(Object.keys(manifest.node ?? {}));
  } catch {
    return null;
  }
}

/** false only when the build is known not to hold this action. */
export function mayBeKnownAction(id: string): boolean {
  if (known === undefined) known = loadKnownActions();
  return known === null || known.has(id);
}
