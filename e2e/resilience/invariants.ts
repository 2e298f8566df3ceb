// What must hold in the database after any amount of concurrent editing, restarts and kills.
import { adminQuery } from "./postgres";

export interface InvariantResult {
  statusesOutOfStep: number;
  statusChanges: number;
  statusAuditRows: number;
}

export async function checkInvariants(url: string): Promise<InvariantResult> {
  const outOfStep = await adminQuery(
    `SELECT count(*)::int AS n FROM "Commitment" c
     LEFT JOIN LATERAL (
       SELECT "toStatus" FROM "StatusChange" s WHERE s."commitmentId" = c.id
       ORDER BY "effectiveOn" DESC, id DESC LIMIT 1
     ) latest ON true
     WHERE latest."toStatus" IS DISTINCT FROM c.status`,
    url,
  );
  const changes = await adminQuery(`SELECT count(*)::int AS n FROM "StatusChange"`, url);
  const audits = await adminQuery(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'status-change'`, url);
  return {
    statusesOutOfStep: outOfStep.rows[0].n,
    statusChanges: changes.rows[0].n,
    statusAuditRows: audits.rows[0].n,
  };
}
