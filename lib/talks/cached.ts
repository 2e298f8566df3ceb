// Cached public reads of talks (JSON-safe: dates as YYYY-MM-DD), expired with PUBLIC_DATA_TAG.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { toIsoDate } from "@/lib/dates";
import { getTalk, listTalks } from "./queries";

async function listPublicTalks() {
  return (await listTalks()).map((talk) => ({ ...talk, heldOn: toIsoDate(talk.heldOn) }));
}

async function getPublicTalk(id: number) {
  const talk = await getTalk(id);
  return talk ? { ...talk, heldOn: toIsoDate(talk.heldOn) } : null;
}

export type PublicTalkSummary = Awaited<ReturnType<typeof listPublicTalks>>[number];
export type PublicTalk = NonNullable<Awaited<ReturnType<typeof getPublicTalk>>>;

const options = { tags: [PUBLIC_DATA_TAG] };
export const getCachedTalks = unstable_cache(singleFlight(listPublicTalks), ["public-talks-v1"], options);
export const getCachedTalk = unstable_cache(singleFlight(getPublicTalk), ["public-talk-v1"], options);
