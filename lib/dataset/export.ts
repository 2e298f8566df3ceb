// Writes the public dataset (./format.ts) as a stream of text chunks: one record per line, read
// from the database a page at a time by id, so memory stays flat at any size. Every value is
// written in a fixed key order and the document holds no export time, so the same data always
// gives the same bytes.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/dates";
import { plainFieldsToJson } from "@/lib/commitments/fields";
import { pagesById } from "@/lib/exports/keyset";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Snapshot } from "@/lib/as-of/snapshot";
import { commitmentInSnapshotWhere, evidenceInSnapshotWhere, pledgesAsOf, statusChangeInSnapshotSql, talkInSnapshotWhere } from "@/lib/as-of/dataset";
import {
  DATASET_FORMAT,
  DATASET_FORMAT_VERSION,
  type DatasetCategory,
  type DatasetCommitment,
  type DatasetEvidence,
  type DatasetStatusChange,
  type DatasetTalk,
} from "./format";
import { indicatorsOfDataset, targetPathsOfDataset, type DatasetIndicator } from "./indicators";

const PAGE_SIZE = 2000;
const TALK_PAGE_SIZE = 50; // talks carry their whole readout text

type WithId<T> = T & { id: number };

async function categories(prisma: PrismaClient): Promise<DatasetCategory[]> {
  const rows = await prisma.category.findMany({ orderBy: { id: "asc" } });
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, description: row.description, sortOrder: row.sortOrder }));
}

function talks(prisma: PrismaClient, snapshot: Snapshot | null): AsyncGenerator<DatasetTalk> {
  return pagesById(async (afterId, take) => {
    const rows = await prisma.talk.findMany({ where: { id: { gt: afterId }, ...talkInSnapshotWhere(snapshot) }, orderBy: { id: "asc" }, take });
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      heldOn: toIsoDate(row.heldOn),
      format: row.format,
      participants: row.participants,
      publisher: row.publisher,
      headline: row.headline,
      readoutBy: row.readoutBy,
      sourceUrl: row.sourceUrl,
      sourceNote: row.sourceNote,
      language: row.language,
      text: row.text,
    }));
  }, TALK_PAGE_SIZE);
}

function commitments(prisma: PrismaClient, snapshot: Snapshot | null): AsyncGenerator<WithId<DatasetCommitment>> {
  return pagesById(async (afterId, take) => {
    const stored = await prisma.commitment.findMany({
      where: { id: { gt: afterId }, archived: false, ...commitmentInSnapshotWhere(snapshot) },
      orderBy: { id: "asc" },
      take,
      include: {
        category: { select: { slug: true } },
        actualEvidence: { select: { publishedOn: true } },
        quotes: { where: { talk: talkInSnapshotWhere(snapshot) }, orderBy: { id: "asc" }, include: { talk: { select: { slug: true } } } },
      },
    });
    // As of a snapshot: the status then (lib/as-of/dataset.ts).
    const rows = await pledgesAsOf(prisma, stored, snapshot);
    return rows.map((row) => ({
      id: row.id,
      ...plainFieldsToJson(row),
      category: row.category.slug,
      actualEvidenceId: row.actualEvidenceId,
      status: row.status,
      statusEffectiveOn: row.statusEffectiveOn && toIsoDate(row.statusEffectiveOn),
      reviewedOn: row.reviewedOn && toIsoDate(row.reviewedOn),
      quotes: row.quotes.map((quote) => ({
        id: quote.id,
        talk: quote.talk.slug,
        role: quote.role,
        startOffset: quote.startOffset,
        endOffset: quote.endOffset,
        text: quote.text,
      })),
    }));
  }, PAGE_SIZE);
}

function evidence(prisma: PrismaClient, snapshot: Snapshot | null): AsyncGenerator<DatasetEvidence> {
  return pagesById(async (afterId, take) => {
    const rows = await prisma.evidence.findMany({
      where: { id: { gt: afterId }, commitment: { archived: false }, ...evidenceInSnapshotWhere(snapshot) },
      orderBy: { id: "asc" },
      take,
      include: { commitment: { select: { slug: true } } },
    });
    return rows.map((row) => ({
      id: row.id,
      commitment: row.commitment.slug,
      url: row.url,
      title: row.title,
      publisher: row.publisher,
      publishedOn: toIsoDate(row.publishedOn),
      publishedOnApprox: row.publishedOnApprox,
      summary: row.summary,
      stance: row.stance,
    }));
  }, PAGE_SIZE);
}

interface StatusChangeRow {
  id: number;
  slug: string;
  fromStatus: DatasetStatusChange["fromStatus"];
  toStatus: DatasetStatusChange["toStatus"];
  effectiveOn: Date;
  recordedAt: Date;
  note: string;
  evidenceIds: number[];
}

function statusChanges(prisma: PrismaClient, snapshot: Snapshot | null): AsyncGenerator<DatasetStatusChange> {
  // The biggest table: one flat query per page, linked evidence aggregated in the database.
  const inSnapshot = statusChangeInSnapshotSql(snapshot) ?? Prisma.sql`TRUE`;
  return pagesById(async (afterId, take) => {
    const rows = await prisma.$queryRaw<StatusChangeRow[]>`
      SELECT sc.id, c.slug, sc."fromStatus"::text AS "fromStatus", sc."toStatus"::text AS "toStatus",
             sc."effectiveOn", sc."recordedAt", sc.note,
             coalesce((SELECT array_agg(sce."evidenceId" ORDER BY sce."evidenceId")
                       FROM "StatusChangeEvidence" sce WHERE sce."statusChangeId" = sc.id), '{}') AS "evidenceIds"
      FROM "StatusChange" sc JOIN "Commitment" c ON c.id = sc."commitmentId"
      WHERE sc.id > ${afterId} AND NOT c.archived AND ${inSnapshot}
      ORDER BY sc.id
      LIMIT ${take}`;
    return rows.map((row) => ({
      id: row.id,
      commitment: row.slug,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      effectiveOn: toIsoDate(row.effectiveOn),
      recordedAt: row.recordedAt.toISOString(),
      note: row.note,
      evidenceIds: row.evidenceIds.map(Number),
    }));
  }, PAGE_SIZE);
}

async function* section(name: string, records: AsyncIterable<unknown> | Iterable<unknown>, last: boolean): AsyncGenerator<string> {
  let separator = "\n";
  yield `${JSON.stringify(name)}:[`;
  for await (const record of records) {
    yield separator + JSON.stringify(record);
    separator = ",\n";
  }
  yield last ? "\n]\n}\n" : "\n],\n";
}

/**
 * The whole dataset document, as text chunks in order (as of a snapshot: lib/as-of/dataset.ts). The first chunk already needed the
 * database (the categories are read before it), so a caller that awaits it learns of an outage
 * before it has promised a 200.
 */
export async function* datasetChunks(prisma: PrismaClient, snapshot: Snapshot | null = null): AsyncGenerator<string> {
  const allCategories = await categories(prisma);
  yield `{"format":${JSON.stringify(DATASET_FORMAT)},"formatVersion":${DATASET_FORMAT_VERSION},\n`;
  yield* section("categories", allCategories, false);
  yield* section("talks", talks(prisma, snapshot), false);
  const inRecord = new Set<string>();
  yield* section("commitments", noting(commitments(prisma, snapshot), (pledge) => inRecord.add(pledge.slug)), false);
  yield* section("evidence", evidence(prisma, snapshot), false);
  yield* section("statusChanges", statusChanges(prisma, snapshot), false);
  // The measured series as they are now, in a snapshot too: like titles and other corrected
  // fields, they are not kept by date (the history keeps statuses). Their links name only the
  // pledges in this record, so that the file loads.
  yield* section("indicators", linkedWithin(indicatorsOfDataset(prisma), inRecord), false);
  yield* section("targetPaths", (await targetPathsOfDataset(prisma)).filter((path) => inRecord.has(path.commitment)), true);
}

async function* noting<T>(records: AsyncIterable<T>, note: (record: T) => void): AsyncGenerator<T> {
  for await (const record of records) {
    note(record);
    yield record;
  }
}

async function* linkedWithin(indicators: AsyncIterable<DatasetIndicator>, pledges: Set<string>): AsyncGenerator<DatasetIndicator> {
  for await (const indicator of indicators) yield { ...indicator, pledges: indicator.pledges.filter((slug) => pledges.has(slug)) };
}
