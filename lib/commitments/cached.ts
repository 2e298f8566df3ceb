// Cached public reads of pledges. The tag is expired on every write (see lib/cache-tags.ts);
// today's date is part of each key so "overdue" rolls over at midnight UTC.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { toIsoDate, todayUtc } from "@/lib/dates";
import type { ListParams } from "./list-params";
import { getCategoryDescriptions, getListFilterOptions, getPublicCommitment, listPublicCommitments } from "./public-reads";

const options = { tags: [PUBLIC_DATA_TAG] };
const cachedList = unstable_cache(listPublicCommitments, ["public-commitment-list-v1"], options);
const cachedDetail = unstable_cache(getPublicCommitment, ["public-commitment-v1"], options);
const cachedFilterOptions = unstable_cache(getListFilterOptions, ["public-list-filter-options-v1"], options);

const cachedCategories = unstable_cache(getCategoryDescriptions, ["public-categories-v1"], options);

const today = () => toIsoDate(todayUtc());

export const getCachedCommitmentList = (params: ListParams) => cachedList(params, today());
export const getCachedCommitment = (slug: string) => cachedDetail(slug, today());
export const getCachedListFilterOptions = () => cachedFilterOptions();
export const getCachedCategories = () => cachedCategories();
