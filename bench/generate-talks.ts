// Synthetic talks: readout texts made of sentences, whose spans the quotes are cut from.
import { intColumn, textColumn, dateColumn, enumColumn, timestampColumn, type Table } from "./dataset";
import type { Random } from "./random";
import { place, publisher, sentence } from "./synthetic-text";

export type GeneratedTalk = { id: number; day: number; text: string; sentenceSpans: [number, number][] };

const SENTENCES_PER_TALK = 40;
const FORMATS = ["PHONE_CALL", "OFFICIAL_TALKS", "VIDEO_CONFERENCE", "MEETING", "OTHER"];
const DAY_MS = 86_400_000;

export function generateTalks(count: number, random: Random, startDay: number, endDay: number): { rows: GeneratedTalk[]; table: Table } {
  const rows: GeneratedTalk[] = [];
  const cols = { id: [], slug: [], title: [], heldOn: [], format: [], participants: [], publisher: [], text: [], updatedAt: [] } as Record<string, (string | number)[]>;
  for (let i = 0; i < count; i++) {
    // Spread evenly over the ten years, in date order, so talk ids follow time.
    const day = startDay + Math.floor(((endDay - startDay) * i) / Math.max(1, count - 1));
    let text = "";
    const sentenceSpans: [number, number][] = [];
    for (let k = 0; k < SENTENCES_PER_TALK; k++) {
      const next = sentence(random);
      if (text) text += " ";
      sentenceSpans.push([text.length, text.length + next.length]);
      text += next;
    }
    const heldOn = new Date(day * DAY_MS).toISOString().slice(0, 10);
    rows.push({ id: i + 1, day, text, sentenceSpans });
    cols.id!.push(i + 1); cols.slug!.push(`bench-talk-${i + 1}`); cols.title!.push(`Talks in ${place(random)} on ${heldOn}`);
    cols.heldOn!.push(heldOn); cols.format!.push(random.pick(FORMATS)); cols.participants!.push("Synthetic delegation A – Synthetic delegation B");
    cols.publisher!.push(publisher(random)); cols.text!.push(text); cols.updatedAt!.push(new Date(day * DAY_MS).toISOString());
  }
  const table: Table = {
    name: "Talk",
    columns: [intColumn("id", cols.id!), textColumn("slug", cols.slug!), textColumn("title", cols.title!), dateColumn("heldOn", cols.heldOn!),
      enumColumn("format", cols.format!, "TalkFormat"), textColumn("participants", cols.participants!), textColumn("publisher", cols.publisher!),
      textColumn("text", cols.text!), timestampColumn("updatedAt", cols.updatedAt!)],
  };
  return { rows, table };
}
