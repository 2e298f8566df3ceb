// Reads and cross-checks seed/data/ before anything touches the database: every reference must
// resolve and every quote must sit verbatim in its talk's text (offsets are computed here).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deriveSideAndFirmness } from "@/lib/commitments/request";
import { locateQuote, type QuoteSpan } from "@/lib/quotes/locate";
import {
  categoriesFile,
  commitmentsFile,
  evidenceFile,
  statusChangesFile,
  talksFile,
  type SeedCategory,
  type SeedCommitment,
  type SeedEvidence,
  type SeedStatusChange,
  type SeedTalk,
} from "./schema";

export const SEED_DATA_DIR = join(process.cwd(), "seed", "data");

export interface LocatedQuote extends QuoteSpan {
  talk: string;
  text: string;
  role: "pledge" | "request" | "response";
}

export interface SeedData {
  categories: SeedCategory[];
  talks: SeedTalk[];
  commitments: (SeedCommitment & { located: LocatedQuote[] })[];
  evidence: SeedEvidence[];
  statusChanges: SeedStatusChange[];
}

export class SeedDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    this.name = "SeedDataError";
  }
}

const readJson = (dir: string, name: string): unknown => JSON.parse(readFileSync(join(dir, name), "utf8"));

/** A request's side and firmness must be the ones its response implies (lib/commitments/request.ts). */
function checkRequest(commitment: SeedCommitment, problems: string[]) {
  if (!commitment.request) return;
  const derived = deriveSideAndFirmness({
    requestedBy: commitment.request.by,
    requestedOf: commitment.request.of,
    response: commitment.request.response,
  });
  if ("committedBy" in derived && (derived.committedBy !== commitment.committedBy || derived.firmness !== commitment.firmness)) {
    problems.push(
      `${commitment.slug}: a request answered "${commitment.request.response}" is ${derived.committedBy}/${derived.firmness}, not ${commitment.committedBy}/${commitment.firmness}`,
    );
  }
}

export function readSeedData(dir = SEED_DATA_DIR): SeedData {
  const categories = categoriesFile.parse(readJson(dir, "categories.json"));
  const talks = talksFile
    .parse(readJson(dir, "talks.json"))
    .map((talk) => ({ ...talk, text: readFileSync(join(dir, talk.textFile), "utf8").normalize("NFC") }));
  const rawCommitments = commitmentsFile.parse(readJson(dir, "commitments.json"));
  const evidence = evidenceFile.parse(readJson(dir, "evidence.json"));
  const statusChanges = statusChangesFile.parse(readJson(dir, "status-changes.json"));

  const problems: string[] = [];
  const talkText = new Map(talks.map((talk) => [talk.key, talk.text]));
  const categorySlugs = new Set(categories.map((category) => category.slug));
  const slugs = new Set<string>();

  const commitments = rawCommitments.map((commitment) => {
    if (slugs.has(commitment.slug)) problems.push(`duplicate pledge slug ${commitment.slug}`);
    slugs.add(commitment.slug);
    if (!categorySlugs.has(commitment.category)) {
      problems.push(`${commitment.slug}: unknown category ${commitment.category}`);
    }
    const located: LocatedQuote[] = [];
    for (const quote of commitment.quotes) {
      const text = talkText.get(quote.talk);
      if (text === undefined) {
        problems.push(`${commitment.slug}: unknown talk ${quote.talk}`);
        continue;
      }
      const passage = quote.text.normalize("NFC");
      const span = locateQuote(text, passage);
      if (!span) problems.push(`${commitment.slug}: quote not found verbatim in ${quote.talk}: "${passage}"`);
      else located.push({ talk: quote.talk, text: passage, role: quote.role, ...span });
    }
    checkRequest(commitment, problems);
    return { ...commitment, located };
  });

  for (const talk of talks) {
    if ((talk.sourceUrl === null) === (talk.sourceNote === null)) {
      problems.push(`talk ${talk.key}: give a source URL or a note saying why there is none (not both)`);
    }
  }

  const evidenceUrls = new Map<string, Set<string>>();
  for (const item of evidence) {
    if (!slugs.has(item.slug)) problems.push(`evidence ${item.url}: unknown pledge ${item.slug}`);
    const urls = evidenceUrls.get(item.slug) ?? new Set<string>();
    if (urls.has(item.url)) problems.push(`evidence ${item.url}: listed twice for ${item.slug}`);
    evidenceUrls.set(item.slug, urls.add(item.url));
  }
  for (const change of statusChanges) {
    if (!slugs.has(change.slug)) problems.push(`status change: unknown pledge ${change.slug}`);
    for (const url of change.evidenceUrls) {
      if (!evidenceUrls.get(change.slug)?.has(url)) {
        problems.push(`status change of ${change.slug} on ${change.effectiveDate}: no evidence ${url}`);
      }
    }
  }
  for (const commitment of commitments) {
    const actualUrl = commitment.target?.actualEvidenceUrl ?? null;
    if ((actualUrl === null) !== ((commitment.target?.actual ?? null) === null)) {
      problems.push(`${commitment.slug}: an actual value and the evidence URL that reports it come together`);
    } else if (actualUrl !== null && !evidenceUrls.get(commitment.slug)?.has(actualUrl)) {
      problems.push(`${commitment.slug}: the actual value's evidence ${actualUrl} is not evidence of this pledge`);
    }
  }
  if (problems.length) throw new SeedDataError(problems);
  return { categories, talks, commitments, evidence, statusChanges };
}
