// What the database must show for the writers' attempts, row by row: every accepted change is in
// the history once, with one audit row naming the version it replaced and exactly its own new
// evidence; nothing of a refused change exists (history, audit or evidence); no two changes
// replaced the same version of a pledge (a lost update); and every 409 was for a version that
// another write really replaced (the conflict was real, not an error answered as one).
import { adminQuery } from "./postgres";

export interface Attempt {
  writer: number;
  commitmentId: number;
  version: number;
  contested: boolean;
  note: string;
  evidenceUrl: string;
  status: number;
  sentAt: number;
}

interface Written {
  commitmentId: number;
  audits: number;
  versionBefore: number | null;
  urls: string[];
}

async function readWritten(databaseUrl: string) {
  const changes = await adminQuery(
    `SELECT s.note, s."commitmentId",
       (SELECT count(*)::int FROM "AuditLog" a WHERE a.action = 'status-change' AND a."after"->'statusChange'->>'id' = s.id::text) AS audits,
       (SELECT (a."before"->>'version')::int FROM "AuditLog" a WHERE a.action = 'status-change' AND a."after"->'statusChange'->>'id' = s.id::text LIMIT 1) AS "versionBefore",
       ARRAY(SELECT e.url FROM "StatusChangeEvidence" se JOIN "Evidence" e ON e.id = se."evidenceId" WHERE se."statusChangeId" = s.id ORDER BY e.url) AS urls
     FROM "StatusChange" s WHERE s.note LIKE 'resilience writer %'`,
    databaseUrl,
  );
  const byNote = new Map<string, Written[]>();
  for (const row of changes.rows) byNote.set(row.note, [...(byNote.get(row.note) ?? []), row as Written]);
  const evidence = await adminQuery(`SELECT url, count(*)::int AS n FROM "Evidence" WHERE url LIKE 'https://example.org/resilience/%' GROUP BY url`, databaseUrl);
  const evidenceCount = new Map<string, number>(evidence.rows.map((row) => [row.url, row.n]));
  const audited = await adminQuery(
    `SELECT a."after"->'statusChange'->>'note' AS note, count(*)::int AS n FROM "AuditLog" a
     WHERE a.action = 'status-change' AND a."after"->'statusChange'->>'note' LIKE 'resilience writer %' GROUP BY 1`,
    databaseUrl,
  );
  const auditCount = new Map<string, number>(audited.rows.map((row) => [row.note, row.n]));
  return { byNote, evidenceCount, auditCount };
}

export async function proveWrites(databaseUrl: string, attempts: Attempt[]): Promise<string[]> {
  const { byNote, evidenceCount, auditCount } = await readWritten(databaseUrl);
  const problems: string[] = [];
  const replaced = new Map<string, number>(); // "commitment@version" → committed changes
  for (const rows of byNote.values()) {
    for (const row of rows) {
      const key = `${row.commitmentId}@${row.versionBefore}`;
      replaced.set(key, (replaced.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of replaced) if (count > 1) problems.push(`lost update: ${count} changes replaced version ${key}`);

  for (const attempt of attempts) {
    const rows = byNote.get(attempt.note) ?? [];
    const wholeChange = () =>
      rows.length === 1 && rows[0]!.commitmentId === attempt.commitmentId && rows[0]!.audits === 1 && rows[0]!.versionBefore === attempt.version &&
      rows[0]!.urls.length === 1 && rows[0]!.urls[0] === attempt.evidenceUrl && evidenceCount.get(attempt.evidenceUrl) === 1 && auditCount.get(attempt.note) === 1;
    const nothing = () => rows.length === 0 && !evidenceCount.has(attempt.evidenceUrl) && !auditCount.has(attempt.note);
    if (attempt.status === 201) {
      if (!wholeChange()) problems.push(`${attempt.note}: answered 201 but the database holds ${JSON.stringify({ rows, evidence: evidenceCount.get(attempt.evidenceUrl) ?? 0, audits: auditCount.get(attempt.note) ?? 0 })}`);
    } else if (attempt.status === 0) {
      // No answer (cut by the restart): it may have committed, but never in part.
      if (!wholeChange() && !nothing()) problems.push(`${attempt.note}: unanswered and half-written`);
    } else if (!nothing()) {
      problems.push(`${attempt.note}: answered ${attempt.status} but something of it was written`);
    }
    if (attempt.status === 409 && !replaced.has(`${attempt.commitmentId}@${attempt.version}`)) {
      problems.push(`${attempt.note}: 409 for version ${attempt.version} of pledge ${attempt.commitmentId}, which no write replaced`);
    }
  }
  return problems;
}
