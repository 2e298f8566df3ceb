// Starts the app exactly as `npm start` does, on a database that starts empty on every run.
import { rmSync } from "node:fs";
import { E2E_DATA_DIR } from "./server";

if (!process.env.DATABASE_URL) {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  process.env.DATA_DIR = E2E_DATA_DIR;
} else {
  // A server database needs a configured session secret; the suite brings a throwaway one.
  process.env.NEXTAUTH_SECRET ??= "e2e-session-secret-not-for-production-0123456789";
}
void import("../../server/start");
