// The analysts' JSON view of one pledge (GET /api/admin/commitments/{slug}): the public record
// plus what a tool needs to write back: ids, versions (for the conflict check), archived pledges.
import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDate } from "@/lib/dates";
import { getPrisma } from "@/lib/db/client";
import { commitmentSummarySelect } from "./queries";
import { publicSummary } from "./serialize";

const day = (date: Date | null) => (date ? toIsoDate(date) : null);

const adminDetailSelect = {
  ...commitmentSummarySelect,
  id: true,
  version: true,
  archived: true,
  createdAt: true,
  updatedAt: true,
  reviewedBy: { select: { id: true, name: true } },
  quotes: {
    select: { id: true, text: true, role: true, startOffset: true, endOffset: true, talk: { select: { id: true, slug: true, title: true, heldOn: true } } },
    orderBy: [{ talk: { heldOn: "asc" } }, { startOffset: "asc" }],
  },
  evidence: {
    select: { id: true, version: true, url: true, title: true, publisher: true, publishedOn: true, publishedOnApprox: true, summary: true, stance: true },
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
      recordedBy: { select: { id: true, name: true } },
      evidence: { select: { evidenceId: true } },
    },
    orderBy: [{ effectiveOn: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.CommitmentSelect;

export async function getCommitmentForAdminApi(slug: string) {
  const commitment = await getPrisma().commitment.findUnique({ where: { slug }, select: adminDetailSelect });
  if (!commitment) return null;
  return {
    id: commitment.id,
    version: commitment.version,
    archived: commitment.archived,
    ...publicSummary(commitment),
    createdAt: commitment.createdAt.toISOString(),
    updatedAt: commitment.updatedAt.toISOString(),
    reviewedBy: commitment.reviewedBy,
    quotes: commitment.quotes.map((quote) => ({ ...quote, role: quote.role.toLowerCase(), talk: { ...quote.talk, heldOn: day(quote.talk.heldOn) } })),
    evidence: commitment.evidence.map((item) => ({ ...item, publishedOn: day(item.publishedOn) })),
    statusHistory: commitment.statusChanges.map((change) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      effectiveOn: day(change.effectiveOn),
      recordedAt: change.recordedAt.toISOString(),
      note: change.note,
      recordedBy: change.recordedBy,
      evidenceIds: change.evidence.map((link) => link.evidenceId),
    })),
  };
}
