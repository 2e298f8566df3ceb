// Public reads of pledges. Plain typed data only: no versions, no user ids.
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { pledgeFieldSelect } from "./fields";
import type { ListParams } from "./list-params";
import { fromPublicKind } from "./kind";
import { listWhereSql } from "./list-where-sql";
import { overdueWhere, reviewWhere } from "./rules";
import { latestPointsSelect } from "@/lib/indicators/latest";

/** The list filter for Prisma; its SQL twin is ./list-where-sql.ts (change both together). */
export function listWhere(params: Omit<ListParams, "page" | "pageSize" | "sort">, today = todayUtc()): Prisma.CommitmentWhereInput {
  const and: Prisma.CommitmentWhereInput[] = [{ archived: false }];
  if (params.status.length) and.push({ status: { in: params.status } });
  if (params.category.length) and.push({ category: { slug: { in: params.category } } });
  if (params.side.length) and.push({ committedBy: { in: params.side } });
  if (params.kind !== "all") and.push({ kind: fromPublicKind(params.kind) });
  if (params.review) and.push(reviewWhere(params.review));
  if (params.talk) and.push({ quotes: { some: { talkId: params.talk } } });
  if (params.overdue) and.push(overdueWhere(today));
  if (params.q) {
    // Prisma passes `contains` to ILIKE unescaped: make %, _ and \ match themselves.
    const contains = { contains: params.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
    and.push({ OR: [{ title: contains }, { description: contains }, { quotes: { some: { text: contains } } }] });
  }
  return { AND: and };
}

/**
 * Each sort as SQL: the column it orders by and how. Every sort ends with the id, so pages never
 * overlap and a page holds the same pledges however often it is asked.
 */
export const SORT_SQL: Record<ListParams["sort"], { column: string; order: string }> = {
  title: { column: "title", order: "ASC" },
  "-title": { column: "title", order: "DESC" },
  deadline: { column: "deadline", order: "ASC NULLS LAST" },
  "-deadline": { column: "deadline", order: "DESC NULLS LAST" },
  updated: { column: "statusEffectiveOn", order: "ASC NULLS LAST" },
  "-updated": { column: "statusEffectiveOn", order: "DESC NULLS LAST" },
  status: { column: "status", order: "ASC" },
};

const evidenceSummarySelect = { id: true, url: true, title: true, publisher: true, publishedOn: true } as const;

export const commitmentSummarySelect = {
  ...pledgeFieldSelect,
  status: true,
  statusEffectiveOn: true,
  reviewedOn: true,
  category: { select: { slug: true, name: true } },
  actualEvidence: { select: evidenceSummarySelect },
  // The newest figure of each series that measures it: measured progress (lib/indicators/progress.ts).
  indicators: latestPointsSelect,
  targetPath: { select: { basis: true } },
} satisfies Prisma.CommitmentSelect;

export type CommitmentSummary = Prisma.CommitmentGetPayload<{ select: typeof commitmentSummarySelect }>;

/**
 * A page of the list and the number of pledges it has. `pastTheEnd`: what a page number past the
 * last page gives, no pledges (the JSON API) or the last page (the list page, after a filter
 * narrowed the list).
 */
export async function listCommitments(params: ListParams, { pastTheEnd = "empty" }: { pastTheEnd?: "empty" | "last" } = {}) {
  const prisma = getPrisma();
  const { column, order } = SORT_SQL[params.sort];
  const size = params.pageSize;
  const offset = (params.page - 1) * size;
  const offsetSql = pastTheEnd === "last" ? Prisma.sql`LEAST(${offset}, (GREATEST(counted.total, 1) - 1) / ${size} * ${size})` : Prisma.sql`${offset}`;
  // One scan in one round trip: the matching pledges' ids and sort keys are collected once
  // (MATERIALIZED), counted, and the page is cut from them, so the count does not filter the
  // pledges a second time and a deep page sorts narrow (id, key) rows, not whole pledges. Then
  // the page's 20 pledges are read by id.
  const [found] = await prisma.$queryRaw<{ total: number; ids: number[] }[]>(Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT c."id", c.${Prisma.raw(`"${column}"`)} AS "key" FROM "Commitment" c WHERE ${listWhereSql("c", params)}
    ), counted AS (SELECT count(*)::int AS total FROM matched)
    SELECT counted.total, ARRAY(
      SELECT m."id" FROM matched m ORDER BY m."key" ${Prisma.raw(order)}, m."id" LIMIT ${size} OFFSET ${offsetSql}
    ) AS ids
    FROM counted`);
  const { total, ids } = found!;
  const rows = ids.length ? await prisma.commitment.findMany({ where: { id: { in: ids } }, select: { ...commitmentSummarySelect, id: true } }) : [];
  const byId = new Map(rows.map(({ id, ...row }) => [id, row satisfies CommitmentSummary]));
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = pastTheEnd === "last" ? Math.min(params.page, pageCount) : params.page;
  return { total, page, pageSize: size, pageCount, items };
}

export async function getCommitmentBySlug(slug: string) {
  return getPrisma().commitment.findFirst({
    where: { slug, archived: false },
    select: {
      ...commitmentSummarySelect,
      createdAt: true,
      updatedAt: true,
      quotes: {
        select: {
          id: true,
          text: true,
          startOffset: true,
          endOffset: true,
          role: true,
          talk: { select: { id: true, title: true, heldOn: true, format: true, publisher: true } },
        },
        orderBy: [{ talk: { heldOn: "asc" } }, { startOffset: "asc" }],
      },
      evidence: {
        select: {
          id: true,
          url: true,
          title: true,
          publisher: true,
          publishedOn: true,
          publishedOnApprox: true,
          summary: true,
          stance: true,
        },
        orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      },
      statusChanges: {
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          effectiveOn: true,
          recordedAt: true,
          note: true,
          evidence: { select: { evidence: { select: { id: true, title: true, url: true, publisher: true } } } },
        },
        orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
      },
    },
  });
}

export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof getCommitmentBySlug>>>;
