// Deterministic synthetic data at scale, consistent with the app's invariants: a pledge's status,
// progress and statusEffectiveOn equal its latest status change; every quote is an exact slice of
// its talk's text; evidence URLs are unique per pledge. Same seed and sizes, same rows.
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_ORDER } from "@/lib/commitments/status";
import {
  HISTORY_END, HISTORY_START, boolColumn as bool, dateColumn as date, enumColumn as enumCol, intColumn as int,
  textColumn as text, timestampColumn as stamp, type DatasetSizes, type Table,
} from "./dataset";
import { createRandom, type Random } from "./random";
import { publisher, sentence, title } from "./synthetic-text";
import { generateTalks, type GeneratedTalk } from "./generate-talks";

const DAY_MS = 86_400_000;
const START_DAY = Date.parse(HISTORY_START) / DAY_MS;
const END_DAY = Date.parse(HISTORY_END) / DAY_MS;
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const timestampAfter = (day: number, random: Random) => new Date(day * DAY_MS + random.int(0, 30 * DAY_MS)).toISOString();

export type GeneratedDataset = { talks: Table; commitments: Table; quotes: Table; evidence: Table; statusChanges: Table };

/** Splits `total` over `parts` (each ≥ 1 when total ≥ parts), unevenly but summing exactly to total. */
export function distributeCounts(total: number, parts: number, random: Random): number[] {
  const base = Math.floor(total / parts);
  const counts = Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
  for (let i = 0; i + 1 < parts; i += 2) {
    const shift = random.int(0, Math.max(0, Math.min(counts[i]!, counts[i + 1]!) - 1));
    counts[i] = counts[i]! + shift;
    counts[i + 1] = counts[i + 1]! - shift;
  }
  return counts;
}

function nextStatus(previous: CommitmentStatus, random: Random): CommitmentStatus {
  const choices = STATUS_ORDER.filter((status) => status !== previous && status !== "ANNOUNCED");
  return random.pick(choices);
}

export function generateDataset(sizes: DatasetSizes, categoryCount: number, seed = 20261123): GeneratedDataset {
  const random = createRandom(seed);
  const talks = generateTalks(sizes.talks, random, START_DAY, END_DAY);
  const quoteCounts = distributeCounts(sizes.quotes, sizes.commitments, random);
  const evidenceCounts = distributeCounts(sizes.evidence, sizes.commitments, random);
  const changeCounts = distributeCounts(sizes.statusChanges, sizes.commitments, random);
  if (Math.max(...quoteCounts) > talks.rows.length) throw new Error("more quotes per pledge than talks: raise sizes.talks");

  const c = { id: [], slug: [], title: [], description: [], categoryId: [], committedBy: [], firmness: [], deadline: [], deadlinePrecision: [],
    status: [], statusEffectiveOn: [], archived: [], updatedAt: [] } as Record<string, (string | number | boolean | null)[]>;
  const q = { id: [], commitmentId: [], talkId: [], text: [], startOffset: [], endOffset: [] } as Record<string, (string | number)[]>;
  const e = { id: [], commitmentId: [], url: [], title: [], publisher: [], publishedOn: [], summary: [], stance: [], updatedAt: [] } as Record<string, (string | number)[]>;
  const s = { id: [], commitmentId: [], fromStatus: [], toStatus: [], effectiveOn: [], recordedAt: [], note: [] } as Record<string, (string | number | null)[]>;

  for (let i = 0; i < sizes.commitments; i++) {
    const id = i + 1;
    const originIndex = random.int(0, talks.rows.length - 1);
    const origin = talks.rows[originIndex]!;
    for (let k = 0; k < quoteCounts[i]!; k++) {
      const talk: GeneratedTalk = talks.rows[(originIndex + k) % talks.rows.length]!;
      const span = random.pick(talk.sentenceSpans);
      q.id!.push(q.id!.length + 1); q.commitmentId!.push(id); q.talkId!.push(talk.id);
      q.text!.push(talk.text.slice(span[0], span[1])); q.startOffset!.push(span[0]); q.endOffset!.push(span[1]);
    }
    for (let k = 0; k < evidenceCounts[i]!; k++) {
      const day = random.int(origin.day, END_DAY);
      e.id!.push(e.id!.length + 1); e.commitmentId!.push(id); e.url!.push(`https://news.example.org/bench-${id}/${k + 1}`);
      e.title!.push(title(random)); e.publisher!.push(publisher(random)); e.publishedOn!.push(isoDay(day));
      e.summary!.push(sentence(random)); e.stance!.push(random.pick(["PROGRESS", "SETBACK", "CONTEXT"])); e.updatedAt!.push(timestampAfter(day, random));
    }
    const days = Array.from({ length: changeCounts[i]! - 1 }, () => random.int(origin.day, END_DAY)).sort((a, b) => a - b);
    let status: CommitmentStatus = "ANNOUNCED";
    let lastDay = origin.day;
    for (const [k, day] of [origin.day, ...days].entries()) {
      const from = k === 0 ? null : status;
      if (k > 0) status = nextStatus(status, random);
      lastDay = day;
      s.id!.push(s.id!.length + 1); s.commitmentId!.push(id); s.fromStatus!.push(from); s.toStatus!.push(status);
      s.effectiveOn!.push(isoDay(day)); s.recordedAt!.push(timestampAfter(day, random));
      s.note!.push(k === 0 ? "Pledge recorded from the readout." : `Reported by ${publisher(random)}: ${sentence(random)}`);
    }
    const hasDeadline = random.chance(0.7);
    c.id!.push(id); c.slug!.push(`bench-${id}`); c.title!.push(`${title(random)} (${id})`);
    c.description!.push(`${sentence(random)} ${sentence(random)}`); c.categoryId!.push(random.int(1, categoryCount));
    c.committedBy!.push(random.pick(["CHINA", "VIETNAM", "BOTH"])); c.firmness!.push(random.pick(["FIRM_PLEDGE", "AGREEMENT", "WILLINGNESS", "PROPOSAL"]));
    c.deadline!.push(hasDeadline ? isoDay(Math.min(origin.day + random.int(180, 1800), END_DAY + 1800)) : null);
    c.deadlinePrecision!.push(hasDeadline ? "DAY" : null);
    c.status!.push(status); c.statusEffectiveOn!.push(isoDay(lastDay));
    c.archived!.push(random.chance(0.01)); c.updatedAt!.push(timestampAfter(lastDay, random));
  }

  return {
    talks: talks.table,
    commitments: { name: "Commitment", columns: [int("id", c.id!), text("slug", c.slug!), text("title", c.title!), text("description", c.description!),
      int("categoryId", c.categoryId!), enumCol("committedBy", c.committedBy!, "CommittingSide"), enumCol("firmness", c.firmness!, "Firmness"),
      date("deadline", c.deadline!), enumCol("deadlinePrecision", c.deadlinePrecision!, "DatePrecision"), enumCol("status", c.status!, "CommitmentStatus"),
      date("statusEffectiveOn", c.statusEffectiveOn!), bool("archived", c.archived!), stamp("updatedAt", c.updatedAt!)] },
    quotes: { name: "Quote", columns: [int("id", q.id!), int("commitmentId", q.commitmentId!), int("talkId", q.talkId!), text("text", q.text!),
      int("startOffset", q.startOffset!), int("endOffset", q.endOffset!)] },
    evidence: { name: "Evidence", columns: [int("id", e.id!), int("commitmentId", e.commitmentId!), text("url", e.url!), text("title", e.title!),
      text("publisher", e.publisher!), date("publishedOn", e.publishedOn!), text("summary", e.summary!), enumCol("stance", e.stance!, "EvidenceStance"), stamp("updatedAt", e.updatedAt!)] },
    statusChanges: { name: "StatusChange", columns: [int("id", s.id!), int("commitmentId", s.commitmentId!), enumCol("fromStatus", s.fromStatus!, "CommitmentStatus"),
      enumCol("toStatus", s.toStatus!, "CommitmentStatus"), date("effectiveOn", s.effectiveOn!), stamp("recordedAt", s.recordedAt!), text("note", s.note!)] },
  };
}
