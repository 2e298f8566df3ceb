// Decides whether `npm start` must (re)build: a fingerprint of everything the build reads,
// stored beside the build output. A second start with unchanged sources skips `next build`.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const INPUT_DIRS = ["app", "components", "lib", "public", "server"];
const INPUT_FILES = ["next.config.js", "proxy.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];
const STAMP = join(".next", "source-fingerprint");

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  const files = [...INPUT_DIRS.flatMap((dir) => [...walk(join(root, dir))]), ...INPUT_FILES.map((f) => join(root, f))];
  for (const file of files.sort()) {
    if (!existsSync(file)) continue;
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = join(root, STAMP);
  return existsSync(join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === sourceFingerprint(root);
}

export function recordBuild(root = process.cwd()): void {
  writeFileSync(join(root, STAMP), sourceFingerprint(root));
}
