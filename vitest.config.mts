import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{lib,seed,app,components,bench,server}/**/*.test.ts"],
    globalSetup: ["testing/global-setup.ts"],
    setupFiles: ["testing/worker-setup.ts"],
    // One database for the run; files that write use their own fixtures and run in sequence.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { TZ: "America/Los_Angeles" },
  },
});
