// Generated garbage in every public query parameter and path: never a 5xx, never a write.
import fc from "fast-check";
import { startApp, stopApp } from "./app-process";
import { adminQuery } from "./postgres";
import type { Report } from "./report";

const KEYS = ["q", "status", "category", "side", "talk", "overdue", "sort", "page", "pageSize", "evil", "__proto__"];
const ENDPOINTS = ["/api/commitments", "/commitments", "/api/export/commitments.csv", "/api/stats"];

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom("' OR 1=1--", "%", "_", "\\", "title;DROP TABLE \"Commitment\"", "\u0000", "\u202E", "\uD800", "-1", "1e309", "NaN", "99999999999999999999", "x".repeat(5000)),
);

/** The status of a complete answer (body read to its end); 0 when there was none: a refused or
 * dropped connection, or a timeout, is a failure like a 5xx, not something to skip. */
async function answerStatus(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export async function fuzzPublicInputs(report: Report, options: { databaseUrl: string; port: number; runs: number }) {
  const scenario = "fuzz";
  const app = await startApp({ DATABASE_URL: options.databaseUrl }, options.port);
  const countRows = async () => (await adminQuery(`SELECT (SELECT count(*) FROM "AuditLog") + (SELECT count(*) FROM "StatusChange") AS n`, options.databaseUrl)).rows[0].n as string;
  try {
    const before = await countRows();
    for (const endpoint of ENDPOINTS) {
      const failures: string[] = [];
      // fc.check, not fc.assert: a failing run is reported as a failed check, never swallowed.
      await fc.check(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...KEYS), nasty), { maxLength: 6 }), async (pairs) => {
          const query = new URLSearchParams(pairs.map(([key, value]) => [key, value.replace(/[\uD800-\uDFFF]/g, "\uFFFD")]));
          const status = await answerStatus(`${app.baseUrl}${endpoint}?${query}`);
          if (status === 0 || status >= 500) failures.push(`${status || "no answer"} ${endpoint}?${query.toString().slice(0, 120)}`);
          return status > 0 && status < 500;
        }),
        { numRuns: options.runs, endOnFailure: true },
      );
      report.check(scenario, failures.length === 0, `${endpoint}: ${options.runs} generated queries, each answered, no 5xx`, failures.slice(0, 2).join("; "));
    }
    const paths = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("..%2F..%2Fetc%2Fpasswd", "%00", "a".repeat(3000)));
    const failures: string[] = [];
    await fc.check(
      fc.asyncProperty(fc.constantFrom("/commitments/", "/talks/", "/api/commitments/", "/api/talks/"), paths, async (prefix, tail) => {
        const status = await answerStatus(`${app.baseUrl}${prefix}${encodeURIComponent(tail)}`);
        if (status === 0 || status >= 500) failures.push(`${status || "no answer"} ${prefix}${tail.slice(0, 60)}`);
        return status > 0 && status < 500;
      }),
      { numRuns: options.runs, endOnFailure: true },
    );
    report.check(scenario, failures.length === 0, `detail paths: ${options.runs} generated slugs and ids, each answered, no 5xx`, failures.slice(0, 2).join("; "));
    report.check(scenario, (await countRows()) === before, "nothing was written by any public request");
  } finally {
    await stopApp(app);
  }
}
