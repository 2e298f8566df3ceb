// The checks a dataset document must pass, beyond its schema, before anything is written: every
// reference resolves, every quote is verbatim at its offsets in its talk, and every pledge's
// current status is the latest entry of its history, as the app itself guarantees.
import { parseIsoDate } from "@/lib/dates";
import type { DatasetDocument, DatasetStatusChange } from "./format";
import { deriveSideAndFirmness } from "@/lib/commitments/request";

/** Listing every problem of a broken file would drown the first ones; this many are enough to act on. */
const MAX_PROBLEMS = 20;

class Problems {
  readonly list: string[] = [];
  add(message: string) {
    if (this.list.length < MAX_PROBLEMS) this.list.push(message);
  }
}

function checkUnique<T>(problems: Problems, what: string, items: readonly T[], key: (item: T) => string | number) {
  const seen = new Set<string | number>();
  for (const item of items) {
    const value = key(item);
    if (seen.has(value)) problems.add(`${what} ${JSON.stringify(value)} appears more than once.`);
    seen.add(value);
  }
}

function checkDate(problems: Problems, where: string, value: string | null) {
  if (value === null) return;
  try {
    parseIsoDate(value);
  } catch {
    problems.add(`${where}: ${value} is not a calendar date.`);
  }
}

/** Later effective date wins; on the same date, the later-recorded entry (higher id). */
function isLater(a: DatasetStatusChange, b: DatasetStatusChange): boolean {
  return a.effectiveOn > b.effectiveOn || (a.effectiveOn === b.effectiveOn && a.id > b.id);
}

/** Every problem found (at most MAX_PROBLEMS), each naming the record; empty when the document can be imported. */
export function datasetProblems(document: DatasetDocument): string[] {
  const problems = new Problems();
  const { categories, talks, commitments, evidence, statusChanges } = document;

  checkUnique(problems, "Category id", categories, (category) => category.id);
  checkUnique(problems, "Category slug", categories, (category) => category.slug);
  checkUnique(problems, "Talk id", talks, (talk) => talk.id);
  checkUnique(problems, "Talk slug", talks, (talk) => talk.slug);
  checkUnique(problems, "Pledge id", commitments, (commitment) => commitment.id);
  checkUnique(problems, "Pledge slug", commitments, (commitment) => commitment.slug);
  checkUnique(problems, "Quote id", commitments.flatMap((commitment) => commitment.quotes), (quote) => quote.id);
  checkUnique(problems, "Evidence id", evidence, (item) => item.id);
  checkUnique(problems, "Evidence (pledge, URL)", evidence, (item) => `${item.commitment} ${item.url}`);
  checkUnique(problems, "Status change id", statusChanges, (change) => change.id);

  const categorySlugs = new Set(categories.map((category) => category.slug));
  const talkTexts = new Map(talks.map((talk) => [talk.slug, talk.text]));
  for (const talk of talks) checkDate(problems, `Talk ${talk.slug}`, talk.heldOn);

  for (const commitment of commitments) {
    const where = `Pledge ${commitment.slug}`;
    if (!categorySlugs.has(commitment.category)) problems.add(`${where}: category ${commitment.category} is not in the file.`);
    if ((commitment.deadline === null) !== (commitment.deadlinePrecision === null)) {
      problems.add(`${where}: a deadline and its precision come together.`);
    }
    checkDate(problems, where, commitment.deadline);
    checkDate(problems, where, commitment.statusEffectiveOn);
    checkDate(problems, where, commitment.reviewedOn);
    for (const quote of commitment.quotes) {
      const text = talkTexts.get(quote.talk);
      if (text === undefined) problems.add(`${where}: quote ${quote.id} cites talk ${quote.talk}, which is not in the file.`);
      else if (quote.endOffset <= quote.startOffset || text.slice(quote.startOffset, quote.endOffset) !== quote.text) {
        problems.add(`${where}: quote ${quote.id} is not verbatim at offsets ${quote.startOffset}–${quote.endOffset} of talk ${quote.talk}.`);
      }
    }
  }

  const pledgeSlugs = new Set(commitments.map((commitment) => commitment.slug));
  const evidencePledge = new Map(evidence.map((item) => [item.id, item.commitment]));
  for (const item of evidence) {
    if (!pledgeSlugs.has(item.commitment)) problems.add(`Evidence ${item.id}: pledge ${item.commitment} is not in the file.`);
    checkDate(problems, `Evidence ${item.id}`, item.publishedOn);
  }

  const latest = new Map<string, DatasetStatusChange>();
  for (const change of statusChanges) {
    const where = `Status change ${change.id}`;
    if (!pledgeSlugs.has(change.commitment)) problems.add(`${where}: pledge ${change.commitment} is not in the file.`);
    checkDate(problems, where, change.effectiveOn);
    for (const evidenceId of change.evidenceIds) {
      if (evidencePledge.get(evidenceId) !== change.commitment) {
        problems.add(`${where}: evidence ${evidenceId} is not evidence of pledge ${change.commitment} in the file.`);
      }
    }
    const current = latest.get(change.commitment);
    if (!current || isLater(change, current)) latest.set(change.commitment, change);
  }

  for (const commitment of commitments) {
    const entry = latest.get(commitment.slug);
    const where = `Pledge ${commitment.slug}`;
    if (!entry) {
      problems.add(`${where} has no status history.`);
    } else if (
      entry.toStatus !== commitment.status ||
      entry.effectiveOn !== commitment.statusEffectiveOn
    ) {
      problems.add(
        `${where}: its status (${commitment.status}, ${commitment.statusEffectiveOn}) is not its latest history entry (${entry.toStatus}, ${entry.effectiveOn}).`,
      );
    }
    if (commitment.actualEvidenceId !== null && evidencePledge.get(commitment.actualEvidenceId) !== commitment.slug) {
      problems.add(`${where}: the evidence of its actual value (${commitment.actualEvidenceId}) is not evidence of this pledge in the file.`);
    }
    if ((commitment.actualEvidenceId === null) !== (commitment.actualValue === null)) {
      problems.add(`${where}: an actual value comes with the evidence that reports it, or neither is given.`);
    }
    const request = [commitment.requestedBy, commitment.requestedOf, commitment.response];
    if (request.some((part) => part === null) && request.some((part) => part !== null)) {
      problems.add(`${where}: a request has who asked, whom it asks and the answer, or none of them.`);
    }
    const derived = deriveSideAndFirmness(commitment);
    if ("committedBy" in derived && (derived.committedBy !== commitment.committedBy || derived.firmness !== commitment.firmness)) {
      problems.add(
        `${where}: a request answered ${commitment.response} is ${derived.committedBy}/${derived.firmness}, not ${commitment.committedBy}/${commitment.firmness}.`,
      );
    }
  }
  return problems.list;
}
