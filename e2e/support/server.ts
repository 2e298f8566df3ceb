import { tmpdir } from "node:os";
import { join } from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The embedded data directory of the app under test (recreated on every run). */
export const E2E_DATA_DIR = join(tmpdir(), `tracker-e2e-${E2E_PORT}`);
