// Checklist rows 12 and 15 for a genuine server error: an app instance of this spec's own, whose
// database is then damaged in a way that is not an outage (a column the talks page and the talks
// API read is renamed, as a bad migration or a hand edit would). That is a bug, so the honest
// answer is 500, not 503; it must carry every security header, give away nothing of the error,
// and name an id that the server's log has next to the real error.
import { expect, test } from "@playwright/test";
import { startApp, waitUntilServing, type AppProcess } from "../support/app-process";
import { createOwnDatabase, type OwnDatabase } from "../support/own-database";
import { expectNothingDisclosed as expectNoInternals } from "../support/disclosure";
import { expectSecurityHeaders } from "../support/security-headers";

const PORT = 3202;
const BASE = `http://127.0.0.1:${PORT}`;
const RENAMED = "title_renamed_by_e2e";

let database: OwnDatabase;
let app: AppProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await createOwnDatabase("broken");
  app = startApp({ ...database.appEnv, PORT: String(PORT) });
  await waitUntilServing(app, PORT, 200_000);
  // Nothing has read the talks yet (the start-up warm-up leaves them out, server/serve-next.ts), so
  // no cache holds them: the next reads go to the database.
  await database.sql(`ALTER TABLE "Talk" RENAME COLUMN "title" TO "${RENAMED}"`);
});

test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

function expectNothingDisclosed(body: string) {
  expectNoInternals(body);
  // Nor the names the error is about.
  expect(body).not.toContain(RENAMED);
  expect(body).not.toMatch(/Talk\.title|ColumnNotFound/);
}

/** The log lines that mention the id, and the lines right after them (the logged error). */
function logAround(id: string): string {
  const lines = app.output().split("\n");
  const at = lines.findIndex((line) => line.includes(id));
  return at < 0 ? "" : lines.slice(at, at + 15).join("\n");
}

test("a page whose query fails answers 500 with the security headers, no internals, and a digest the log has", async () => {
  const response = await fetch(`${BASE}/talks`);
  const body = await response.text();
  expect(response.status).toBe(500);
  expectSecurityHeaders(response.headers);
  expect(response.headers.get("retry-after"), "answered as an outage").toBeNull();
  expectNothingDisclosed(body);
  // Next logs the error with its digest and sends only the digest to the browser.
  const loggedDigest = () => {
    const output = app.output();
    const match = [...output.matchAll(/digest: '(\w+)'/g)].find((found) => output.slice(Math.max(0, found.index - 3000), found.index).includes("The column `Talk.title` does not exist"));
    return match?.[1];
  };
  await expect.poll(loggedDigest, { message: `the log has the real error with a digest:\n${app.output().slice(-4000)}`, timeout: 5_000 }).toBeDefined();
  // The page carries it in its (escaped) flight data: digest\":\"<id>.
  expect(body).toMatch(new RegExp(`digest\\\\?":\\\\?"${loggedDigest()}\\b`));
});

test("a JSON route whose query fails answers 500 with the security headers, no internals, and an errorId the log has", async () => {
  const response = await fetch(`${BASE}/api/talks`);
  const body = await response.text();
  expect(response.status).toBe(500);
  expectSecurityHeaders(response.headers);
  expectNothingDisclosed(body);
  const { error } = JSON.parse(body) as { error: { code: string; message: string; errorId: string } };
  expect(error.code).toBe("internal_error");
  expect(error.errorId).toMatch(/^[0-9a-f-]{36}$/);
  const logged = logAround(error.errorId);
  expect(logged, "the log names the id").toContain(error.errorId);
  expect(logged, "the log has the real error").toContain("The column `Talk.title` does not exist");
});
