// JSON shapes of the public API: calendar dates as YYYY-MM-DD, nothing internal.
import { toIsoDate } from "@/lib/dates";
import type { CommitmentDetail, CommitmentSummary } from "./queries";

const day = (date: Date | null) => (date ? toIsoDate(date) : null);

export function publicSummary(commitment: CommitmentSummary) {
  return {
    slug: commitment.slug,
    title: commitment.title,
    description: commitment.description,
    category: commitment.category,
    committedBy: commitment.committedBy,
    firmness: commitment.firmness,
    status: commitment.status,
    progress: commitment.progress,
    statusEffectiveOn: day(commitment.statusEffectiveOn),
    target:
      commitment.targetValue === null
        ? null
        : {
            value: commitment.targetValue,
            unit: commitment.targetUnit,
            baseline: commitment.baselineValue,
            actual: commitment.actualValue,
          },
    deadline: commitment.deadline ? { date: day(commitment.deadline), precision: commitment.deadlinePrecision } : null,
  };
}

export function publicDetail(commitment: CommitmentDetail) {
  return {
    ...publicSummary(commitment),
    quotes: commitment.quotes.map((quote) => ({
      text: quote.text,
      startOffset: quote.startOffset,
      endOffset: quote.endOffset,
      talk: { ...quote.talk, heldOn: day(quote.talk.heldOn) },
    })),
    evidence: commitment.evidence.map((item) => ({ ...item, publishedOn: day(item.publishedOn) })),
    statusHistory: commitment.statusChanges.map((change) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      progress: change.progress,
      effectiveOn: day(change.effectiveOn),
      recordedAt: change.recordedAt.toISOString(),
      note: change.note,
      evidence: change.evidence.map((link) => link.evidence),
    })),
  };
}
