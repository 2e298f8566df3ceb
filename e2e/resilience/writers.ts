// Analysts changing statuses (each with a new evidence item) concurrently through the JSON write
// route, each signed in with their own session. Writers work in pairs so that conflicts are real,
// not left to chance: on even rounds both partners read the same pledge's version, meet, and
// send at once (one must win, the other must get 409); on odd rounds each writes alone on a pledge
// of its own (which must succeed). Every attempt is recorded with the version it sent, so that
// write-proofs.ts can check each outcome against the database row by row.
import { hashPassword } from "../../lib/auth/password";
import { adminQuery } from "./postgres";
import { timedFetch, type Sample } from "./traffic";
import { proveWrites, type Attempt } from "./write-proofs";

export interface WriteOutcome {
  samples: Sample[];
  attempts: Attempt[];
  /** Everything that disagrees with the database: lost updates, half-written or phantom changes. */
  verify(databaseUrl: string): Promise<string[]>;
}

const PASSWORD = "resilience-analyst-password";
const STATUSES = ["IN_PROGRESS", "PARTIALLY_FULFILLED", "STALLED", "FULFILLED"];
const MEETING_TIMEOUT_MS = 5_000;

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session.split(";")[0]!;
}

export async function createAnalysts(databaseUrl: string, count: number): Promise<string[]> {
  const hash = await hashPassword(PASSWORD);
  const emails = Array.from({ length: count }, (_, i) => `analyst${i}.${Date.now()}@resilience.test`);
  for (const email of emails) {
    await adminQuery(`INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt") VALUES ('${email}', 'Resilience analyst', '${hash}', 'ANALYST', now())`, databaseUrl);
  }
  return emails;
}

/** Two partners meet before sending; a partner that does not come (the run ended) is not waited for. */
function meetingPoint() {
  const waiting = new Map<string, () => void>();
  return (key: string) =>
    new Promise<void>((resolve) => {
      const other = waiting.get(key);
      if (other) {
        waiting.delete(key);
        other();
        resolve();
        return;
      }
      waiting.set(key, resolve);
      setTimeout(() => waiting.get(key) === resolve && (waiting.delete(key), resolve()), MEETING_TIMEOUT_MS);
    });
}

/** The analysts sign in before the traffic starts: their sessions exist when the readers arrive. */
export async function signInWriters(options: { baseUrl: string; databaseUrl: string; writers: number }): Promise<string[]> {
  const emails = await createAnalysts(options.databaseUrl, options.writers + (options.writers % 2)); // pairs
  return Promise.all(emails.map((email) => signIn(options.baseUrl, email, PASSWORD)));
}

export async function runWriters(options: { baseUrl: string; databaseUrl: string; sessions: string[]; until: number }): Promise<WriteOutcome> {
  const { sessions } = options;
  const writers = sessions.length;
  const ids = (await adminQuery(`SELECT id FROM "Commitment" ORDER BY id LIMIT ${writers + writers / 2}`, options.databaseUrl)).rows.map((row) => row.id as number);
  if (ids.length < writers + writers / 2) throw new Error("not enough pledges for the writers");
  const shared = (pair: number) => ids[pair]!;
  const own = (writer: number) => ids[writers / 2 + writer]!;
  const meet = meetingPoint();
  const samples: Sample[] = [];
  const attempts: Attempt[] = [];

  await Promise.all(
    sessions.map(async (cookie, writer) => {
      const pair = Math.floor(writer / 2);
      for (let n = 0; Date.now() < options.until; n++) {
        const contested = n % 2 === 0;
        const commitmentId = contested ? shared(pair) : own(writer);
        let version: number;
        try {
          version = (await adminQuery(`SELECT version FROM "Commitment" WHERE id = ${commitmentId}`, options.databaseUrl)).rows[0].version;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 250)); // database restarting
          continue;
        }
        if (contested) await meet(`${pair}:${n}`);
        const note = `resilience writer ${writer} #${n}`;
        const evidenceUrl = `https://example.org/resilience/${writer}/${n}`;
        const body = {
          commitmentId: String(commitmentId),
          version: String(version),
          toStatus: STATUSES[(writer + n) % STATUSES.length],
          effectiveOn: new Date().toISOString().slice(0, 10),
          note,
          newEvidenceUrl: evidenceUrl,
          newEvidenceTitle: note,
          newEvidencePublisher: "Load test",
          newEvidencePublishedOn: "2026-11-01",
          newEvidenceSummary: "Generated by the resilience suite.",
          newEvidenceStance: n % 2 ? "PROGRESS" : "CONTEXT",
        };
        const { body: text, ...sample } = await timedFetch("write", `${options.baseUrl}/api/admin/status-changes`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: options.baseUrl },
          body: JSON.stringify(body),
        });
        samples.push(sample);
        attempts.push({ writer, commitmentId, version, contested, note, evidenceUrl, status: sample.status, sentAt: sample.startedAt });
        if (![201, 409, 503].includes(sample.status)) console.log(`  write answered ${sample.status || sample.error}: ${text.slice(0, 200)}`);
      }
    }),
  );

  return { samples, attempts, verify: (databaseUrl) => proveWrites(databaseUrl, attempts) };
}
