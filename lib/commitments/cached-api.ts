// The JSON API's pledge page, cached like the pages' reads (tag PUBLIC_DATA_TAG, expired on every
// write, keyed by today's date for "overdue"): the serialised JSON the route sends. (The list
// route reads the database directly: its parameters are unbounded, and its tests call it
// outside Next, where unstable_cache has no cache.)
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { toIsoDate, todayUtc } from "@/lib/dates";
import { singleFlight } from "@/lib/single-flight";
import { getCommitmentBySlug } from "./queries";
import { publicDetail } from "./serialize";
import { apiIndicators, pledgeMeasures } from "@/lib/indicators/pledge-measures";

// `today` is part of the cache key only: "overdue" in the answer depends on it.
export async function apiDetail(slug: string, today: string) {
  void today;
  const commitment = await getCommitmentBySlug(slug);
  if (!commitment) return null;
  const { indicators, targetPath } = await pledgeMeasures(commitment);
  return { ...publicDetail(commitment), targetPath, indicators: apiIndicators(indicators) };
}

const options = { tags: [PUBLIC_DATA_TAG] };
const cachedDetail = unstable_cache(singleFlight(apiDetail), ["api-commitment-v1"], options);
const today = () => toIsoDate(todayUtc());

export const getCachedApiCommitment = (slug: string) => cachedDetail(slug, today());
