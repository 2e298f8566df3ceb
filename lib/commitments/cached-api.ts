// The JSON API's pledge reads, cached like the pages' (tag PUBLIC_DATA_TAG, expired on every
// write, keyed by today's date for "overdue"): each answer is the serialised JSON the route sends.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { toIsoDate, todayUtc } from "@/lib/dates";
import { singleFlight } from "@/lib/single-flight";
import type { ListParams } from "./list-params";
import { getCommitmentBySlug, listCommitments } from "./queries";
import { publicDetail, publicSummary } from "./serialize";

// `today` is part of the cache key only: "overdue" in the answer depends on it.
async function apiList(params: ListParams, today: string) {
  void today;
  const page = await listCommitments(params);
  return { ...page, items: page.items.map(publicSummary) };
}

async function apiDetail(slug: string, today: string) {
  void today;
  const commitment = await getCommitmentBySlug(slug);
  return commitment ? publicDetail(commitment) : null;
}

const options = { tags: [PUBLIC_DATA_TAG] };
const cachedList = unstable_cache(singleFlight(apiList), ["api-commitment-list-v1"], options);
const cachedDetail = unstable_cache(singleFlight(apiDetail), ["api-commitment-v1"], options);
const today = () => toIsoDate(todayUtc());

export const getCachedApiCommitmentList = (params: ListParams) => cachedList(params, today());
export const getCachedApiCommitment = (slug: string) => cachedDetail(slug, today());
