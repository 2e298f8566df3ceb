// Starts the app exactly as `npm start` does, on a database that starts empty on every run.
import { rmSync } from "node:fs";
import { E2E_DATA_DIR } from "./server";

if (!process.env.DATABASE_URL) {
  rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  process.env.DATA_DIR = E2E_DATA_DIR;
}
void import("../../lib/cli/start");
