// Cached public reads of pledges. The tag is expired on every write (see lib/cache-tags.ts);
// today's date is part of each key so "overdue" rolls over at midnight UTC.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { toIsoDate, todayUtc } from "@/lib/dates";
import type { ListParams } from "./list-params";
import { getCategoryDescriptions, getListFilterOptions, getPublicCommitment, listPublicCommitments } from "./public-reads";

const options = { tags: [PUBLIC_DATA_TAG] };
const cachedList = unstable_cache(singleFlight(listPublicCommitments), ["public-commitment-list-v1"], options);
const cachedDetail = unstable_cache(singleFlight(getPublicCommitment), ["public-commitment-v1"], options);
const cachedFilterOptions = unstable_cache(singleFlight(getListFilterOptions), ["public-list-filter-options-v1"], options);

const cachedCategories = unstable_cache(singleFlight(getCategoryDescriptions), ["public-categories-v1"], options);

const today = () => toIsoDate(todayUtc());

export const getCachedCommitmentList = (params: ListParams) => cachedList(params, today());
export const getCachedCommitment = (slug: string) => cachedDetail(slug, today());
export const getCachedListFilterOptions = () => cachedFilterOptions();
export const getCachedCategories = () => cachedCategories();
