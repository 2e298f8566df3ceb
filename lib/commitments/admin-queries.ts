// Reads for the analysts' pages: like the public ones, but archived pledges included and
// versions exposed (forms send them back for the conflict check).
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import type { ListParams } from "./list-params";
import { auditedPledgeSelect } from "./fields";
import { listWhere } from "./queries";

export async function listCommitmentsForAdmin(params: ListParams, archived: boolean) {
  // The public filter with every kind, minus its "not archived" condition (always its first term).
  const publicTerms = (listWhere({ ...params, kind: "all" }).AND as Prisma.CommitmentWhereInput[]).slice(1);
  const where: Prisma.CommitmentWhereInput = { AND: [{ archived }, ...publicTerms] };
  const prisma = getPrisma();
  const [total, items] = await Promise.all([
    prisma.commitment.count({ where }),
    prisma.commitment.findMany({
      where,
      select: { id: true, slug: true, title: true, status: true, kind: true, reviewedOn: true, committedBy: true, archived: true, category: { select: { name: true } } },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
  ]);
  return { total, items, pageCount: Math.max(1, Math.ceil(total / params.pageSize)) };
}

/** The id behind a public slug (the admin's pages are by id). */
export async function commitmentIdOfSlug(slug: string): Promise<number | null> {
  const row = await getPrisma().commitment.findUnique({ where: { slug }, select: { id: true } });
  return row?.id ?? null;
}

export async function getCommitmentForEdit(id: number) {
  return getPrisma().commitment.findUnique({
    where: { id },
    select: {
      ...auditedPledgeSelect,
      status: true, statusEffectiveOn: true, reviewedOn: true, reviewedBy: { select: { name: true } },
      evidence: {
        select: { id: true, url: true, title: true, publisher: true, publishedOn: true, publishedOnApprox: true, summary: true, stance: true, version: true, _count: { select: { statusChanges: true } } },
        orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      },
      quotes: { select: { id: true, text: true, role: true, startOffset: true, talk: { select: { title: true } } }, orderBy: [{ talkId: "asc" }, { startOffset: "asc" }] },
      statusChanges: {
        select: { id: true, fromStatus: true, toStatus: true, effectiveOn: true, note: true, recordedBy: { select: { name: true } } },
        orderBy: [{ effectiveOn: "desc" }, { id: "desc" }],
      },
    },
  });
}

export type CommitmentForEdit = NonNullable<Awaited<ReturnType<typeof getCommitmentForEdit>>>;

export function listCategories() {
  return getPrisma().category.findMany({ select: { id: true, slug: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] });
}

/** Talks with their text, for the quote picker. */
export function listTalksForQuotes() {
  return getPrisma().talk.findMany({ select: { id: true, title: true, text: true }, orderBy: [{ heldOn: "desc" }, { id: "desc" }] });
}
