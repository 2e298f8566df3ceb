// The CSV exports as of a snapshot: the same columns and cells as today's (lib/exports), over
// the snapshot's pledges and history (./sql.ts). Named after their dates, not the download's.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ListParams } from "@/lib/commitments/list-params";
import { parseIsoDate } from "@/lib/dates";
import { commitmentCopySql } from "@/lib/exports/commitments";
import type { CopySelect } from "@/lib/exports/copy-sql";
import { inlineSql } from "@/lib/exports/copy-sql";
import { evidenceCopySql } from "@/lib/exports/evidence";
import { statusHistoryCopySql } from "@/lib/exports/status-history";
import { changeInSnapshotSql, commitmentsAsOfSql, evidenceInSnapshotSql } from "./sql";
import type { Snapshot } from "./snapshot";

/** A pledge (alias `c`) is in the snapshot: it has a status entry in it. */
export const madeInSnapshotSql = (snapshot: Snapshot, commitment = "c") =>
  Prisma.sql`EXISTS (SELECT 1 FROM "StatusChange" sc WHERE sc."commitmentId" = ${Prisma.raw(`${commitment}."id"`)} AND ${changeInSnapshotSql(snapshot)})`;

export const commitmentCopySqlAsOf = (params: ListParams, snapshot: Snapshot): CopySelect =>
  commitmentCopySql(params, parseIsoDate(snapshot.asOf), inlineSql(commitmentsAsOfSql(snapshot)));

/** The status history as it stood: the entries in effect by D (and recorded by R). */
export const statusHistoryCopySqlAsOf = (snapshot: Snapshot): CopySelect => statusHistoryCopySql(inlineSql(changeInSnapshotSql(snapshot)));

/** The evidence published by D of the pledges made by then. */
export const evidenceCopySqlAsOf = (snapshot: Snapshot): CopySelect =>
  evidenceCopySql(inlineSql(Prisma.sql`${evidenceInSnapshotSql(snapshot)} AND ${madeInSnapshotSql(snapshot)}`));

/** The download's name and date: `history-as-of-2024-05-01.csv`, `…-as-of-D-recorded-by-2024-06-01.csv`. */
export function snapshotDownloadName(base: string, snapshot: Snapshot): { base: string; date: Date } {
  if (!snapshot.recordedBy) return { base: `${base}-as-of`, date: parseIsoDate(snapshot.asOf) };
  const asOf = snapshot.asOf === snapshot.recordedBy ? "" : `-as-of-${snapshot.asOf}`;
  return { base: `${base}${asOf}-recorded-by`, date: parseIsoDate(snapshot.recordedBy) };
}
