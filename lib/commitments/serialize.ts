// JSON shapes of the public API: calendar dates as YYYY-MM-DD, nothing internal.
import { toIsoDate } from "@/lib/dates";
import type { CommitmentDetail, CommitmentSummary } from "./queries";
import { pledgeProgress } from "@/lib/indicators/progress";
import { seriesOf } from "@/lib/indicators/latest";
import { plainFieldsToJson } from "./fields";

const day = (date: Date | null) => (date ? toIsoDate(date) : null);

/** A request pledge's structure (null for a direct pledge): who asked, whom, and the answer. */
function publicRequest(commitment: CommitmentSummary) {
  if (!commitment.requestedBy || !commitment.requestedOf || !commitment.response) return null;
  return { by: commitment.requestedBy, of: commitment.requestedOf, response: commitment.response };
}

export function publicSummary(commitment: CommitmentSummary) {
  const evidence = commitment.actualEvidence;
  const { indicators, ...pledge } = commitment;
  const measured = pledgeProgress(pledge, seriesOf(indicators));
  return {
    // Every field of lib/commitments/fields.ts, as the CSV and the dataset write it; then the
    // shapes the API has always had (category, target, deadline) and the derived facts.
    ...plainFieldsToJson(pledge),
    category: commitment.category,
    request: publicRequest(commitment),
    status: commitment.status,
    statusEffectiveOn: day(commitment.statusEffectiveOn),
    reviewedOn: day(commitment.reviewedOn),
    /** In percent: the latest figure of a series in the target's unit ÷ target, else an evidenced actual value ÷ target; null otherwise. */
    progress: measured.progress,
    /** The figure the percentage rests on when a series measures it (its period and source), else null. */
    measuredBy: measured.measuredBy,
    target:
      commitment.targetValue === null
        ? null
        : {
            value: commitment.targetValue,
            unit: commitment.targetUnit,
            baseline: commitment.baselineValue,
            actual: evidence ? commitment.actualValue : null,
            actualEvidence: evidence ? { ...evidence, publishedOn: day(evidence.publishedOn) } : null,
          },
    deadline: commitment.deadline ? { date: day(commitment.deadline), precision: commitment.deadlinePrecision } : null,
  };
}

export function publicDetail(commitment: CommitmentDetail) {
  return {
    ...publicSummary(commitment),
    quotes: commitment.quotes.map((quote) => ({
      text: quote.text,
      role: quote.role.toLowerCase(),
      startOffset: quote.startOffset,
      endOffset: quote.endOffset,
      talk: { ...quote.talk, heldOn: day(quote.talk.heldOn) },
    })),
    evidence: commitment.evidence.map((item) => ({ ...item, publishedOn: day(item.publishedOn) })),
    statusHistory: commitment.statusChanges.map((change) => ({
      id: change.id,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      effectiveOn: day(change.effectiveOn),
      recordedAt: change.recordedAt.toISOString(),
      note: change.note,
      evidence: change.evidence.map((link) => link.evidence),
    })),
  };
}
