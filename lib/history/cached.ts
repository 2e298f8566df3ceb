// The revision history, cached like the other public reads (expired by every write).
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { getPledgeHistory } from "./revisions";

const cachedHistory = unstable_cache(singleFlight((slug: string) => getPledgeHistory(slug)), ["pledge-history-v1"], { tags: [PUBLIC_DATA_TAG] });

export const getCachedPledgeHistory = (slug: string) => cachedHistory(slug);
