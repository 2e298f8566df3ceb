// `prisma generate` needs no schema engine, but the CLI still insists on locating one and
// tries to download it (impossible offline). Pointing it at any executable satisfies it.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = join(tmpdir(), "prisma-schema-engine-placeholder");
  if (!existsSync(placeholder)) writeFileSync(placeholder, "#!/bin/sh\nexit 1\n");
  chmodSync(placeholder, 0o755);
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
