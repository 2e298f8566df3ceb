import { parseIsoDate } from "@/lib/dates";
import { getDeadlines } from "./deadlines";
import { getHeadlineFigures } from "./headline";
import { getLatestChanges } from "./latest-changes";
import { getPledgesPerTalk } from "./pledges-per-talk";
import { getStatusBreakdown } from "./status-breakdown";
import { getStatusByCategory } from "./status-by-category";
import { getStatusBySide } from "./status-by-side";
import { getStatusOverTime } from "./status-over-time";

/** Everything the dashboard shows, as plain JSON-safe data (dates are YYYY-MM-DD strings). */
export async function getDashboardData(todayIso: string) {
  const today = parseIsoDate(todayIso);
  const [headline, statusBreakdown, statusByCategory, statusBySide, statusOverTime, pledgesPerTalk, deadlines, latestChanges] =
    await Promise.all([
      getHeadlineFigures(today),
      getStatusBreakdown(),
      getStatusByCategory(),
      getStatusBySide(),
      getStatusOverTime(today),
      getPledgesPerTalk(),
      getDeadlines(today),
      getLatestChanges(),
    ]);
  return { asOf: todayIso, headline, statusBreakdown, statusByCategory, statusBySide, statusOverTime, pledgesPerTalk, deadlines, latestChanges };
}

export type DashboardData = Awaited<ReturnType<typeof getDashboardData>>;
