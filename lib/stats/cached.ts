// The cached public reads of the dashboard. Keyed by today's date too, so "overdue" and the
// current month roll over at midnight UTC even when nothing is written.
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "@/lib/cache-tags";
import { singleFlight } from "@/lib/single-flight";
import { toIsoDate, todayUtc } from "@/lib/dates";
import { getDashboardData } from "./dashboard";

const cachedDashboard = unstable_cache(singleFlight(getDashboardData), ["dashboard-data-v1"], { tags: [PUBLIC_DATA_TAG] });

export function getCachedDashboardData() {
  return cachedDashboard(toIsoDate(todayUtc()));
}
