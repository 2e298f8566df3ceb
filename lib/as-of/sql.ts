// The snapshot's rules in SQL (./snapshot.ts says what they are). Every as-of read — figures,
// list, exports, dataset — is built from these fragments, so that they cannot disagree; their JS
// twin for one pledge is ./rules.ts (rules.test.ts proves both agree).
import { Prisma } from "@/lib/generated/prisma/client";
import { recordedBefore, type Snapshot } from "./snapshot";

const raw = (text: string) => Prisma.raw(text);

/** A status entry (alias `sc` by default) belongs to the snapshot: in effect by D, recorded by R. */
export function changeInSnapshotSql(snapshot: Snapshot, alias = "sc"): Prisma.Sql {
  const cutoff = recordedBefore(snapshot);
  const effective = Prisma.sql`${raw(`${alias}."effectiveOn"`)} <= ${snapshot.asOf}::date`;
  return cutoff ? Prisma.sql`(${effective} AND ${raw(`${alias}."recordedAt"`)} < ${cutoff}::timestamptz)` : Prisma.sql`(${effective})`;
}

/**
 * The status entry in effect for the pledge `${commitment}` in the snapshot: its latest entry by
 * effective date on or before D (the later row on a tie), among those recorded by R. One backward
 * step along the index ("commitmentId", "effectiveOn", id) per pledge. Columns: status, "effectiveOn".
 * Used as `CROSS JOIN LATERAL (…) s`: a pledge with no such entry was not yet made.
 */
export function statusInEffectSql(snapshot: Snapshot, commitment = "c"): Prisma.Sql {
  return Prisma.sql`(SELECT sc."toStatus" AS status, sc."effectiveOn" AS "effectiveOn"
    FROM "StatusChange" sc
    WHERE sc."commitmentId" = ${raw(`${commitment}."id"`)} AND ${changeInSnapshotSql(snapshot)}
    ORDER BY sc."effectiveOn" DESC, sc."id" DESC
    LIMIT 1)`;
}

/**
 * The evidence behind a measured actual value counts in the snapshot once it was published (by D).
 * An actual value whose evidence came later is not shown then (as the record had no figure yet).
 */
export const evidenceInSnapshotSql = (snapshot: Snapshot, alias = "e") => Prisma.sql`${raw(`${alias}."publishedOn"`)} <= ${snapshot.asOf}::date`;

const COMMITMENT_COLUMNS = Object.values(Prisma.CommitmentScalarFieldEnum);
/** Columns the snapshot changes; every other column of "Commitment" is today's (corrections applied). */
const OVERRIDDEN: Partial<Record<(typeof COMMITMENT_COLUMNS)[number], string>> = {
  status: `s.status`,
  statusEffectiveOn: `s."effectiveOn"`,
  actualValue: `CASE WHEN ae.id IS NULL THEN NULL ELSE c."actualValue" END`,
  actualEvidenceId: `ae.id`,
};

/**
 * "Commitment" as of the snapshot, with the same columns (so every filter, rule and export written
 * over "Commitment" under an alias reads it unchanged): only the pledges made by then, each with
 * the status in effect then and its measured actual value only if its evidence was published by
 * then. Use as `${commitmentsAsOfSql(snapshot)} c`.
 */
export function commitmentsAsOfSql(snapshot: Snapshot): Prisma.Sql {
  const columns = COMMITMENT_COLUMNS.map((name) => `${OVERRIDDEN[name] ?? `c."${name}"`} AS "${name}"`).join(", ");
  return Prisma.sql`(SELECT ${raw(columns)}
    FROM "Commitment" c
    CROSS JOIN LATERAL ${statusInEffectSql(snapshot)} s
    LEFT JOIN "Evidence" ae ON ae.id = c."actualEvidenceId" AND ${evidenceInSnapshotSql(snapshot, "ae")})`;
}
