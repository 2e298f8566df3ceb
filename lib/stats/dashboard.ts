import { getPrisma } from "@/lib/db/client";
import { parseIsoDate } from "@/lib/dates";
import { readCountedGroups } from "./counted-groups";
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
  // One read of the counted pledges' groups feeds the headline and the three status charts.
  const db = getPrisma();
  const groups = readCountedGroups(db);
  const [headline, statusBreakdown, statusByCategory, statusBySide, statusOverTime, pledgesPerTalk, deadlines, latestChanges] =
    await Promise.all([
      getHeadlineFigures(today, db, groups),
      getStatusBreakdown(db, groups),
      getStatusByCategory(db, groups),
      getStatusBySide(db, groups),
      getStatusOverTime(today),
      getPledgesPerTalk(),
      getDeadlines(today),
      getLatestChanges(),
    ]);
  return { asOf: todayIso, headline, statusBreakdown, statusByCategory, statusBySide, statusOverTime, pledgesPerTalk, deadlines, latestChanges };
}

export type DashboardData = Awaited<ReturnType<typeof getDashboardData>>;
