// The dashboard's measured pledges, cached like its other reads (expired by tag on every write).
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { getMeasuredPledges } from "./measured-pledges";

const cached = unstable_cache(singleFlight(() => getMeasuredPledges()), ["dashboard-measured-pledges-v1"], { tags: [PUBLIC_DATA_TAG] });

export const getCachedMeasuredPledges = () => cached();
