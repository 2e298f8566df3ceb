// The public pages' reads, as JSON-safe data (dates are YYYY-MM-DD strings) so they can be cached
// with unstable_cache, which serialises results to JSON and would turn Dates into strings anyway.
import { getPrisma } from "@/lib/db/client";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import type { ListParams } from "./list-params";
import { getCommitmentBySlug, listCommitments, type CommitmentDetail } from "./queries";
import { isOverdue } from "./rules";
import { publicSummary } from "./serialize";
import { pledgeMeasures } from "@/lib/indicators/pledge-measures";
import type { Snapshot } from "@/lib/as-of/snapshot";

export async function listPublicCommitments(params: ListParams, todayIso: string) {
  const today = parseIsoDate(todayIso);
  const page = await listCommitments(params, { pastTheEnd: "last" });
  return { ...page, items: page.items.map((item) => ({ ...publicSummary(item), overdue: isOverdue(item, today) })) };
}

export type PublicCommitmentList = Awaited<ReturnType<typeof listPublicCommitments>>;
export type PublicCommitmentListItem = PublicCommitmentList["items"][number];

export async function getPublicCommitment(slug: string, todayIso: string) {
  const commitment = await getCommitmentBySlug(slug);
  return commitment ? publicCommitmentOf(commitment, todayIso) : null;
}

/** A pledge read whole, as the public page shows it ("overdue" on the given day). */
export async function publicCommitmentOf(commitment: CommitmentDetail, todayIso: string, snapshot: Snapshot | null = null) {
  const day = (date: Date) => toIsoDate(date);
  const talks = new Map<number, { id: number; title: string; heldOn: string }>();
  for (const quote of commitment.quotes) talks.set(quote.talk.id, { id: quote.talk.id, title: quote.talk.title, heldOn: day(quote.talk.heldOn) });
  return {
    ...publicSummary(commitment),
    // The series that measure it, in full, and its target path.
    ...(await pledgeMeasures(commitment, snapshot)),
    overdue: isOverdue(commitment, parseIsoDate(todayIso)),
    quotes: commitment.quotes.map((quote) => ({ id: quote.id, text: quote.text, role: quote.role, talk: { id: quote.talk.id, title: quote.talk.title, heldOn: day(quote.talk.heldOn) } })),
    talks: [...talks.values()],
    evidence: commitment.evidence.map((item) => ({ ...item, publishedOn: day(item.publishedOn) })),
    timeline: commitment.statusChanges.map((change) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      effectiveOn: day(change.effectiveOn),
      note: change.note,
      evidence: change.evidence.map((link) => link.evidence),
    })),
  };
}

export type PublicCommitment = Awaited<ReturnType<typeof publicCommitmentOf>>;

/** What the list's filter controls offer: categories and talks. */
export async function getListFilterOptions() {
  const prisma = getPrisma();
  const [categories, talks] = await Promise.all([
    prisma.category.findMany({ select: { slug: true, name: true }, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] }),
    prisma.talk.findMany({ select: { id: true, title: true, heldOn: true }, orderBy: [{ heldOn: "asc" }, { id: "asc" }] }),
  ]);
  return { categories, talks: talks.map((talk) => ({ id: talk.id, title: talk.title, heldOn: toIsoDate(talk.heldOn) })) };
}

export type ListFilterOptions = Awaited<ReturnType<typeof getListFilterOptions>>;

/** Categories with their public descriptions, for the methodology page. */
export function getCategoryDescriptions() {
  return getPrisma().category.findMany({ select: { slug: true, name: true, description: true }, orderBy: [{ sortOrder: "asc" }, { slug: "asc" }] });
}
