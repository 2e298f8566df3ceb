// Public reads of pledges. Plain typed data only: no versions, no user ids.
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { todayUtc } from "@/lib/dates";
import { pledgeFieldSelect } from "./fields";
import type { ListParams } from "./list-params";
import { fromPublicKind } from "./kind";
import { overdueWhere, reviewWhere } from "./rules";

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

const ORDER: Record<ListParams["sort"], Prisma.CommitmentOrderByWithRelationInput[]> = {
  title: [{ title: "asc" }],
  "-title": [{ title: "desc" }],
  deadline: [{ deadline: { sort: "asc", nulls: "last" } }],
  "-deadline": [{ deadline: { sort: "desc", nulls: "last" } }],
  updated: [{ statusEffectiveOn: { sort: "asc", nulls: "last" } }],
  "-updated": [{ statusEffectiveOn: { sort: "desc", nulls: "last" } }],
  status: [{ status: "asc" }],
};

const evidenceSummarySelect = { id: true, url: true, title: true, publisher: true, publishedOn: true } as const;

export const commitmentSummarySelect = {
  ...pledgeFieldSelect,
  status: true,
  statusEffectiveOn: true,
  reviewedOn: true,
  category: { select: { slug: true, name: true } },
  actualEvidence: { select: evidenceSummarySelect },
} satisfies Prisma.CommitmentSelect;

export type CommitmentSummary = Prisma.CommitmentGetPayload<{ select: typeof commitmentSummarySelect }>;

export async function listCommitments(params: ListParams) {
  const prisma = getPrisma();
  const where = listWhere(params);
  const [total, items] = await Promise.all([
    prisma.commitment.count({ where }),
    prisma.commitment.findMany({
      where,
      select: commitmentSummarySelect,
      orderBy: [...ORDER[params.sort], { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
  ]);
  return { total, page: params.page, pageSize: params.pageSize, pageCount: Math.max(1, Math.ceil(total / params.pageSize)), items };
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
