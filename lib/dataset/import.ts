// Loads a dataset document (./format.ts) into an empty database, keeping every id, so that the
// copy's exports are byte-identical to the original's. All or nothing: one transaction, checked
// in full before the first insert, with one audit row per record written.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/audit";
import { parseIsoDate } from "@/lib/dates";
import { UserFacingError } from "@/lib/errors";
import { plainFieldsFromJson } from "@/lib/commitments/fields";
import { datasetProblems } from "./consistency";
import { datasetDocument, type DatasetDocument } from "./format";
import { indicatorProblems, insertIndicatorSections } from "./indicators";

export const IMPORT_ACTOR: Actor = { userId: null, label: "import" };

const BATCH = 1000;
const MAX_SCHEMA_PROBLEMS = 20;

/** The file cannot be imported; `problems` names each reason (nothing was written). */
export class DatasetRejectedError extends UserFacingError {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message, 422);
    this.name = "DatasetRejectedError";
  }
}

export interface ImportReport {
  categories: number;
  talks: number;
  commitments: number;
  quotes: number;
  evidence: number;
  statusChanges: number;
}

/** Parses and checks a document's text; throws DatasetRejectedError listing what is wrong. */
export function parseDataset(text: string): DatasetDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetRejectedError(`The file is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = datasetDocument.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_SCHEMA_PROBLEMS)
      .map((issue) => `${issue.path.length ? issue.path.join(".") : "the document"}: ${issue.message}`);
    throw new DatasetRejectedError("The file is not a dataset this tracker can read.", problems);
  }
  const problems = [...datasetProblems(parsed.data), ...indicatorProblems(parsed.data)];
  if (problems.length) throw new DatasetRejectedError("The dataset is not consistent.", problems);
  return parsed.data;
}

async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) await write(items.slice(start, start + BATCH));
}

function audit(entityType: string, records: readonly { id: number }[]): Prisma.AuditLogCreateManyInput[] {
  return records.map((record) => ({
    actorId: IMPORT_ACTOR.userId,
    actorLabel: IMPORT_ACTOR.label,
    action: "import",
    entityType,
    entityId: String(record.id),
    after: JSON.parse(JSON.stringify(record)) as Prisma.InputJsonValue,
  }));
}

async function refuseUnlessEmpty(tx: Prisma.TransactionClient): Promise<void> {
  const [talks, commitments, categories] = await Promise.all([tx.talk.count(), tx.commitment.count(), tx.category.count()]);
  if (talks + commitments + categories > 0) {
    throw new DatasetRejectedError(
      `The database already holds ${commitments} pledges, ${talks} talks and ${categories} categories. ` +
        "A dataset is imported only into an empty database, so that every id is kept; nothing was written.",
    );
  }
}

async function insertAll(tx: Prisma.TransactionClient, document: DatasetDocument): Promise<ImportReport> {
  await refuseUnlessEmpty(tx);
  const categoryIds = new Map(document.categories.map((category) => [category.slug, category.id]));
  const talkIds = new Map(document.talks.map((talk) => [talk.slug, talk.id]));
  const commitmentIds = new Map(document.commitments.map((commitment) => [commitment.slug, commitment.id]));
  const auditRows: Prisma.AuditLogCreateManyInput[] = [];

  await inBatches(document.categories, (batch) => tx.category.createMany({ data: batch }));
  auditRows.push(...audit("Category", document.categories));

  await inBatches(document.talks, (batch) =>
    tx.talk.createMany({ data: batch.map((talk) => ({ ...talk, heldOn: parseIsoDate(talk.heldOn) })) }),
  );
  // The readout text is in the talk's own record; the audit row notes its length, as the app's do.
  auditRows.push(...audit("Talk", document.talks.map(({ text, ...talk }) => ({ ...talk, textLength: text.length }))));

  await inBatches(document.commitments, (batch) =>
    tx.commitment.createMany({
      // The actual value comes with its evidence (a CHECK), so both are written once the evidence exists (below).
      data: batch.map((commitment) => ({
        id: commitment.id,
        ...plainFieldsFromJson(commitment),
        actualValue: null,
        categoryId: categoryIds.get(commitment.category)!,
        status: commitment.status,
        statusEffectiveOn: commitment.statusEffectiveOn === null ? null : parseIsoDate(commitment.statusEffectiveOn),
        reviewedOn: commitment.reviewedOn === null ? null : parseIsoDate(commitment.reviewedOn),
      })),
    }),
  );
  auditRows.push(...audit("Commitment", document.commitments));
  const quotes = document.commitments.flatMap((commitment) =>
    commitment.quotes.map(({ talk, ...quote }) => ({ ...quote, commitmentId: commitment.id, talkId: talkIds.get(talk)! })),
  );
  await inBatches(quotes, (batch) => tx.quote.createMany({ data: batch }));

  await inBatches(document.evidence, (batch) =>
    tx.evidence.createMany({
      data: batch.map(({ commitment, publishedOn, ...item }) => ({
        ...item,
        commitmentId: commitmentIds.get(commitment)!,
        publishedOn: parseIsoDate(publishedOn),
      })),
    }),
  );
  auditRows.push(...audit("Evidence", document.evidence));
  for (const commitment of document.commitments.filter((item) => item.actualEvidenceId !== null)) {
    await tx.commitment.update({ where: { id: commitment.id }, data: { actualValue: commitment.actualValue, actualEvidenceId: commitment.actualEvidenceId } });
  }

  await inBatches(document.statusChanges, (batch) =>
    tx.statusChange.createMany({
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- links go to their own table below
      data: batch.map(({ commitment, evidenceIds, effectiveOn, recordedAt, ...change }) => ({
        ...change,
        commitmentId: commitmentIds.get(commitment)!,
        effectiveOn: parseIsoDate(effectiveOn),
        recordedAt: new Date(recordedAt),
      })),
    }),
  );
  const links = document.statusChanges.flatMap((change) => change.evidenceIds.map((evidenceId) => ({ statusChangeId: change.id, evidenceId })));
  await inBatches(links, (batch) => tx.statusChangeEvidence.createMany({ data: batch }));
  auditRows.push(...audit("StatusChange", document.statusChanges));

  auditRows.push(...(await insertIndicatorSections(tx, document, commitmentIds, audit)));

  await inBatches(auditRows, (batch) => tx.auditLog.createMany({ data: batch }));

  // Rows were inserted with their ids: move each sequence past them, or the next record the app
  // creates would collide with an imported one.
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"Category"', 'id'), coalesce((SELECT max(id) FROM "Category"), 0) + 1, false)`;
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"Talk"', 'id'), coalesce((SELECT max(id) FROM "Talk"), 0) + 1, false)`;
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"Commitment"', 'id'), coalesce((SELECT max(id) FROM "Commitment"), 0) + 1, false)`;
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"Quote"', 'id'), coalesce((SELECT max(id) FROM "Quote"), 0) + 1, false)`;
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"Evidence"', 'id'), coalesce((SELECT max(id) FROM "Evidence"), 0) + 1, false)`;
  await tx.$queryRaw`SELECT setval(pg_get_serial_sequence('"StatusChange"', 'id'), coalesce((SELECT max(id) FROM "StatusChange"), 0) + 1, false)`;

  return {
    categories: document.categories.length,
    talks: document.talks.length,
    commitments: document.commitments.length,
    quotes: quotes.length,
    evidence: document.evidence.length,
    statusChanges: document.statusChanges.length,
  };
}

/** Imports a checked document (see parseDataset) into an empty database, in one transaction. */
export function importDataset(prisma: PrismaClient, document: DatasetDocument): Promise<ImportReport> {
  return prisma.$transaction((tx) => insertAll(tx, document), { maxWait: 10_000, timeout: 30 * 60_000 });
}
