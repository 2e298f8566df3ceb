// Cached as-of reads. A snapshot changes only when something is written (a back-dated status
// entry alters the past), so these carry the public data tag that every write expires, and no
// date of today in their key: the same dates give the same answer until the next write.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import type { ListParams } from "@/lib/commitments/list-params";
import { singleFlight } from "@/lib/single-flight";
import { getDashboardDataAsOf } from "./dashboard";
import { getApiCommitmentAsOf, getPublicCommitmentAsOf, listPublicCommitmentsAsOf } from "./reads";
import type { Snapshot } from "./snapshot";

const options = { tags: [PUBLIC_DATA_TAG] };
const cachedDashboard = unstable_cache(singleFlight(getDashboardDataAsOf), ["as-of-dashboard-v1"], options);
const cachedList = unstable_cache(singleFlight(listPublicCommitmentsAsOf), ["as-of-list-v1"], options);
const cachedDetail = unstable_cache(singleFlight(getPublicCommitmentAsOf), ["as-of-commitment-v1"], options);
const cachedApiDetail = unstable_cache(singleFlight(getApiCommitmentAsOf), ["as-of-api-commitment-v1"], options);

// The snapshot is passed as a plain object of two strings: the cache key is its JSON.
const plain = (snapshot: Snapshot): Snapshot => ({ asOf: snapshot.asOf, recordedBy: snapshot.recordedBy });

export const getCachedDashboardDataAsOf = (snapshot: Snapshot) => cachedDashboard(plain(snapshot));
export const getCachedCommitmentListAsOf = (params: ListParams, snapshot: Snapshot) => cachedList(params, plain(snapshot));
export const getCachedCommitmentAsOf = (slug: string, snapshot: Snapshot) => cachedDetail(slug, plain(snapshot));
export const getCachedApiCommitmentAsOf = (slug: string, snapshot: Snapshot) => cachedApiDetail(slug, plain(snapshot));
