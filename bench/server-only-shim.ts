// Next resolves `import "server-only"` itself (the package is not installed); stats modules
// imported outside Next would fail on it, so the harness maps it to an empty module.
import Module from "node:module";

type Resolver = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolver };

export function allowServerOnlyImports(): void {
  const original = moduleWithResolver._resolveFilename;
  if ((original as { benchShim?: boolean }).benchShim) return;
  const shim: Resolver = (request, ...rest) => (request === "server-only" ? __filename : original(request, ...rest));
  (shim as { benchShim?: boolean }).benchShim = true;
  moduleWithResolver._resolveFilename = shim;
}
