// One import: read the CSV, plan every row against the database, and either answer the plan
// (dry run) or apply it in one transaction, all rows or none. Any row error refuses the whole file.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit";
import { todayUtc } from "@/lib/dates";
import { getPrisma } from "@/lib/db/client";
import { inWriteTransaction } from "@/lib/db/transaction";
import { COMMITMENT_COLUMNS, applyCommitments, planCommitments } from "./commitments";
import { EVIDENCE_COLUMNS, applyEvidence, planEvidence } from "./evidence";
import { ImportRejected, type ImportKind, type PlannedRow, type RowError } from "./plan";
import { STATUS_CHANGE_COLUMNS, applyStatusChanges, planStatusChanges } from "./status-changes";
import { readTable, type ColumnSet, type CsvRecord } from "./table";

export interface Importer<P extends { rows: PlannedRow[]; errors: RowError[] }> {
  columns: ColumnSet;
  plan(db: Prisma.TransactionClient, records: CsvRecord[]): Promise<P>;
  apply(tx: Prisma.TransactionClient, actor: Actor, plan: P, today: Date): Promise<RowError[]>;
}

const define = <P extends { rows: PlannedRow[]; errors: RowError[] }>(importer: Importer<P>) => importer as unknown as Importer<{ rows: PlannedRow[]; errors: RowError[] }>;

const IMPORTERS: Record<ImportKind, Importer<{ rows: PlannedRow[]; errors: RowError[] }>> = {
  commitments: define({ columns: COMMITMENT_COLUMNS, plan: planCommitments, apply: applyCommitments }),
  evidence: define({ columns: EVIDENCE_COLUMNS, plan: planEvidence, apply: (tx, actor, plan) => applyEvidence(tx, actor, plan) }),
  "status-changes": define({ columns: STATUS_CHANGE_COLUMNS, plan: planStatusChanges, apply: applyStatusChanges }),
};

export const importColumns = (kind: ImportKind) => IMPORTERS[kind].columns;

export interface ImportResult {
  dryRun: boolean;
  rows: PlannedRow[];
  counts: Record<PlannedRow["action"], number>;
}

const sortErrors = (errors: RowError[]) => [...errors].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

function resultOf(rows: PlannedRow[], dryRun: boolean): ImportResult {
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of rows) counts[row.action]++;
  return { dryRun, rows: [...rows].sort((a, b) => a.row - b.row), counts };
}

/**
 * Plans (dryRun) or applies an import; throws ImportRejected with every row error found. Applying
 * plans again inside the write transaction, so the plan applied is the database's state then.
 */
export const runImport = (actor: Actor, kind: ImportKind, csv: string, options: { dryRun: boolean }) => runImporter(actor, IMPORTERS[kind], csv, options);

/** The plan/apply of any importer (a kind above, or one series' data points: lib/indicators/points-import.ts). */
export async function runImporter<P extends { rows: PlannedRow[]; errors: RowError[] }>(actor: Actor, importer: Importer<P>, csv: string, { dryRun }: { dryRun: boolean }): Promise<ImportResult> {
  const table = readTable(csv, importer.columns);
  if (!table.ok) throw new ImportRejected(sortErrors(table.errors));
  if (dryRun) {
    const plan = await getPrisma().$transaction((tx) => importer.plan(tx, table.records), { isolationLevel: "RepeatableRead" });
    if (plan.errors.length) throw new ImportRejected(sortErrors(plan.errors));
    return resultOf(plan.rows, true);
  }
  const rows = await inWriteTransaction(async (tx) => {
    // One import at a time: two would plan against the same state and both "create" a row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(740016)`;
    const plan = await importer.plan(tx, table.records);
    if (plan.errors.length) throw new ImportRejected(sortErrors(plan.errors));
    const failed = await importer.apply(tx, actor, plan, todayUtc());
    if (failed.length) throw new ImportRejected(failed);
    return plan.rows;
  });
  return resultOf(rows, false);
}
