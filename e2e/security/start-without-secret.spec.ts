// Checklist row 11: no start without a session secret. `npm start` always serves the production
// build; with a database server (DATABASE_URL) it must be given NEXTAUTH_SECRET, and a short one
// is refused too. (Embedded mode generates one and keeps it in DATA_DIR, which is documented and
// tested in lib/auth/session-secret.test.ts.) Nothing here needs the server to be up: the secret
// is checked before the database is touched, which the output proves.
import { expect, test } from "@playwright/test";
import { isListening, startApp } from "../support/app-process";

const PORT = 3201;
// Never created: the start must refuse before it would notice.
const DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/hardening_never_created";

const CASES = [
  { name: "no NEXTAUTH_SECRET", env: { NEXTAUTH_SECRET: undefined }, message: "✗ NEXTAUTH_SECRET is not set." },
  { name: "no NEXTAUTH_SECRET, NODE_ENV=production", env: { NEXTAUTH_SECRET: undefined, NODE_ENV: "production" }, message: "✗ NEXTAUTH_SECRET is not set." },
  { name: "an empty NEXTAUTH_SECRET", env: { NEXTAUTH_SECRET: "" }, message: "✗ NEXTAUTH_SECRET is not set." },
  { name: "a short NEXTAUTH_SECRET", env: { NEXTAUTH_SECRET: "changeme", NODE_ENV: "production" }, message: "✗ NEXTAUTH_SECRET is too short: use at least 32" },
];

for (const { name, env, message } of CASES) {
  test(`npm start on a database server with ${name} exits non-zero with a clear message and never listens`, async () => {
    test.setTimeout(60_000);
    expect(await isListening(PORT), `port ${PORT} is taken before the test`).toBe(false);
    const app = startApp({ ...env, DATABASE_URL, PORT: String(PORT), DATA_DIR: undefined });
    let listened = false;
    const watch = (async () => {
      while (app.child.exitCode === null && app.child.signalCode === null) {
        listened ||= await isListening(PORT);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    try {
      const code = await Promise.race([app.exited, new Promise<"running">((resolve) => setTimeout(() => resolve("running"), 45_000))]);
      expect(code, app.output()).toBe(1);
      await watch;
      const output = app.output();
      expect(output).toContain(message);
      expect(output, "a stack trace instead of a message").not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output, "it went on to the database").not.toContain("Applying migrations");
      expect(output).not.toContain("Serving on");
      expect(listened).toBe(false);
    } finally {
      await app.stop();
    }
  });
}
