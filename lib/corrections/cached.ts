// The corrections log's reads, cached like the other public reads (expired by every write).
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { listCorrections, readCorrections } from "./queries";

const options = { tags: [PUBLIC_DATA_TAG] };
const cachedPage = unstable_cache(singleFlight((page: number, slug: string | null) => listCorrections(page, slug ?? undefined)), ["corrections-page-v1"], options);
const cachedLatest = unstable_cache(singleFlight((slug: string) => readCorrections({ slug, limit: 1 })), ["corrections-latest-v1"], options);

export const getCachedCorrections = (page: number, slug?: string) => cachedPage(page, slug ?? null);
/** A pledge's latest correction and how many it has (the pledge page's notice). */
export const getCachedLatestCorrection = (slug: string) => cachedLatest(slug);
