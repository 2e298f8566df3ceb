import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT } from "./e2e/support/server";

// Debian's Chromium where it is installed (no browser download needed), Playwright's own otherwise.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    // Creates the e2e users through `npm run user:create` and stores their sessions in e2e/.auth/.
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    // The production app on a fresh database (embedded unless DATABASE_URL is set), seeded.
    command: "tsx e2e/support/serve-fresh.ts",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The specs play a trusted proxy (X-Forwarded-For) to give each test client addresses of its own.
    // Webhooks go to a receiver on loopback in e2e/admin/webhooks.spec.ts, retried within a second or two.
    env: {
      PORT: String(E2E_PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      TRUSTED_PROXIES: "127.0.0.1,::1",
      WEBHOOKS_ALLOW_PRIVATE: "1",
      WEBHOOKS_RETRY_BASE_MS: "1000",
      WEBHOOKS_POLL_MS: "500",
    },
  },
});
