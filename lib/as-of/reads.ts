// The pledge list and a pledge's page as they stood in a snapshot (./snapshot.ts): the same
// shapes as today's reads (lib/commitments), so that the pages and the API draw them unchanged.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import type { ListParams } from "@/lib/commitments/list-params";
import { listWhereSql } from "@/lib/commitments/list-where-sql";
import { publicCommitmentOf } from "@/lib/commitments/public-reads";
import { commitmentSummarySelect, getCommitmentBySlug, SORT_SQL, type CommitmentDetail, type CommitmentSummary } from "@/lib/commitments/queries";
import { isOverdue } from "@/lib/commitments/rules";
import { publicDetail, publicSummary } from "@/lib/commitments/serialize";
import { apiIndicators, pledgeMeasures } from "@/lib/indicators/pledge-measures";
import { changeInSnapshot, datedInSnapshot, pointInSnapshot, statusInEffect } from "./rules";
import { commitmentsAsOfSql } from "./sql";
import type { Snapshot } from "./snapshot";

interface AsOfState {
  id: number;
  status: CommitmentStatus;
  statusEffectiveOn: Date;
  actualEvidenceId: number | null;
}

/** A pledge's summary with the snapshot's state laid over today's record. */
function overlay<T extends CommitmentSummary>(row: T, state: Omit<AsOfState, "id">, snapshot: Snapshot): T {
  const measured = state.actualEvidenceId !== null;
  return {
    ...row,
    // Only each series' newest figure is read with the pledge: if the snapshot did not hold it yet,
    // the pledge has no measured figure then (never an older one guessed at).
    indicators: row.indicators.map((link) => ({ indicator: { ...link.indicator, points: link.indicator.points.filter((point) => pointInSnapshot(point, snapshot)) } })),
    status: state.status,
    statusEffectiveOn: state.statusEffectiveOn,
    actualValue: measured ? row.actualValue : null,
    actualEvidenceId: measured ? row.actualEvidenceId : null,
    actualEvidence: measured ? row.actualEvidence : null,
  };
}

/**
 * A page of the list as of the snapshot: the list's own filters (lib/commitments/list-where-sql.ts)
 * over the pledges made by then, status, "overdue" and the status-date sort as they were then.
 * One statement finds the page's ids and the total, as listCommitments does; then the page's
 * pledges are read by id with their state then.
 */
export async function listCommitmentsAsOf(params: ListParams, snapshot: Snapshot, { pastTheEnd = "empty" }: { pastTheEnd?: "empty" | "last" } = {}) {
  const prisma = getPrisma();
  const { column, order } = SORT_SQL[params.sort];
  const size = params.pageSize;
  const offset = (params.page - 1) * size;
  const offsetSql = pastTheEnd === "last" ? Prisma.sql`LEAST(${offset}, (GREATEST(counted.total, 1) - 1) / ${size} * ${size})` : Prisma.sql`${offset}`;
  const [found] = await prisma.$queryRaw<{ total: number; ids: number[] }[]>(Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT c."id", c.${Prisma.raw(`"${column}"`)} AS "key"
      FROM ${commitmentsAsOfSql(snapshot)} c
      WHERE ${listWhereSql("c", params, parseIsoDate(snapshot.asOf))}
    ), counted AS (SELECT count(*)::int AS total FROM matched)
    SELECT counted.total, ARRAY(
      SELECT m."id" FROM matched m ORDER BY m."key" ${Prisma.raw(order)}, m."id" LIMIT ${size} OFFSET ${offsetSql}
    ) AS ids
    FROM counted`);
  const { total, ids } = found!;
  const [rows, states] = ids.length
    ? await Promise.all([
        prisma.commitment.findMany({ where: { id: { in: ids } }, select: { ...commitmentSummarySelect, id: true } }),
        prisma.$queryRaw<AsOfState[]>`
          SELECT c.id, c.status::text AS status, c."statusEffectiveOn", c."actualEvidenceId"
          FROM ${commitmentsAsOfSql(snapshot)} c WHERE c.id = ANY(${ids}::int[])`,
      ])
    : [[], []];
  const stateById = new Map(states.map(({ id, ...state }) => [id, state]));
  const byId = new Map(rows.map(({ id, ...row }) => [id, stateById.has(id) ? overlay(row satisfies CommitmentSummary, stateById.get(id)!, snapshot) : null]));
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = pastTheEnd === "last" ? Math.min(params.page, pageCount) : params.page;
  return { total, page, pageSize: size, pageCount, items };
}

/** The list page's read as of the snapshot (as lib/commitments/public-reads.ts listPublicCommitments). */
export async function listPublicCommitmentsAsOf(params: ListParams, snapshot: Snapshot) {
  const day = parseIsoDate(snapshot.asOf);
  const page = await listCommitmentsAsOf(params, snapshot, { pastTheEnd: "last" });
  return { ...page, items: page.items.map((item) => ({ ...publicSummary(item), overdue: isOverdue(item, day) })) };
}

/** The JSON API's list as of the snapshot. */
export async function apiListAsOf(params: ListParams, snapshot: Snapshot) {
  const page = await listCommitmentsAsOf(params, snapshot);
  return { ...snapshotFields(snapshot), ...page, items: page.items.map(publicSummary) };
}

/**
 * A pledge read whole, as it stood in the snapshot: its status entries in the snapshot (the one in
 * effect gives its status), the quotes from talks held by then, the evidence published by then,
 * its measured value only if that evidence was. null: the pledge was not yet made then.
 */
export function commitmentAsOf(commitment: CommitmentDetail, snapshot: Snapshot): CommitmentDetail | null {
  const changes = commitment.statusChanges.filter((change) => changeInSnapshot(change, snapshot));
  const current = statusInEffect(changes, snapshot);
  if (!current) return null;
  const evidenceThen = commitment.actualEvidence && datedInSnapshot(commitment.actualEvidence.publishedOn, snapshot) ? commitment.actualEvidence : null;
  return {
    ...overlay(commitment, { status: current.toStatus, statusEffectiveOn: current.effectiveOn, actualEvidenceId: evidenceThen ? commitment.actualEvidenceId : null }, snapshot),
    quotes: commitment.quotes.filter((quote) => datedInSnapshot(quote.talk.heldOn, snapshot)),
    evidence: commitment.evidence.filter((item) => datedInSnapshot(item.publishedOn, snapshot)),
    statusChanges: changes,
  };
}

/** What a snapshot read says about itself. */
export const snapshotFields = (snapshot: Snapshot) => ({ asOf: snapshot.asOf, recordedBy: snapshot.recordedBy });

/** The pledge page's read as of the snapshot: null for no such pledge, "not-yet" for one made later. */
export async function getPublicCommitmentAsOf(slug: string, snapshot: Snapshot) {
  const commitment = await getCommitmentBySlug(slug);
  if (!commitment) return null;
  const then = commitmentAsOf(commitment, snapshot);
  if (!then) return { notYet: true as const, slug: commitment.slug, title: commitment.title };
  return { notYet: false as const, ...(await publicCommitmentOf(then, snapshot.asOf, snapshot)) };
}

/** The JSON API's pledge as of the snapshot: null for no such pledge, "not-yet" for one made later. */
export async function getApiCommitmentAsOf(slug: string, snapshot: Snapshot) {
  const commitment = await getCommitmentBySlug(slug);
  if (!commitment) return null;
  const then = commitmentAsOf(commitment, snapshot);
  if (!then) return "not-yet" as const;
  const { indicators, targetPath } = await pledgeMeasures(then, snapshot);
  return { ...snapshotFields(snapshot), ...publicDetail(then), targetPath, indicators: apiIndicators(indicators) };
}
