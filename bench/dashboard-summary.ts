// Issue 13: the dashboard's uncached data with the status summary, beside the from-scratch
// status-over-time query it replaces, on the benchmark's generated data (half its size by
// default). Not part of `npm run bench`: npx tsx bench/dashboard-summary.ts [scale]
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { getDashboardData } from "@/lib/stats/dashboard";
import { getDeadlines } from "@/lib/stats/deadlines";
import { getHeadlineFigures } from "@/lib/stats/headline";
import { getLatestChanges } from "@/lib/stats/latest-changes";
import { getPledgesPerTalk } from "@/lib/stats/pledges-per-talk";
import { getStatusBreakdown } from "@/lib/stats/status-breakdown";
import { getStatusByCategory } from "@/lib/stats/status-by-category";
import { getStatusBySide } from "@/lib/stats/status-by-side";
import { computeStatusOverTime, getStatusOverTime } from "@/lib/stats/status-over-time";
import { CATEGORY_COUNT, loadDataset } from "./database";
import { FULL_SIZES, type DatasetSizes } from "./dataset";
import { generateDataset } from "./generate";

const scale = Number(process.argv[2] ?? 0.5);
const SERVER = "postgresql://postgres@127.0.0.1:5432";

async function median(run: () => Promise<unknown>, times = 7) {
  await run();
  const ms: number[] = [];
  for (let index = 0; index < times; index++) {
    const began = performance.now();
    await run();
    ms.push(performance.now() - began);
  }
  return Math.round(ms.sort((a, b) => a - b)[Math.floor(times / 2)]! * 10) / 10;
}

async function main() {
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS wt13_dashboard WITH (FORCE)");
  await admin.query("CREATE DATABASE wt13_dashboard");
  const url = `${SERVER}/wt13_dashboard`;
  try {
    await applyMigrations(url);
    const sizes = Object.fromEntries(Object.entries(FULL_SIZES).map(([key, value]) => [key, Math.round(value * scale)])) as DatasetSizes;
    const load = await loadDataset(url, generateDataset(sizes, CATEGORY_COUNT));
    process.env.DATABASE_URL = url;
    const prisma = createPrismaClient(url);
    const today = new Date(Date.UTC(2026, 10, 23));
    const same = JSON.stringify(await getStatusOverTime(today, prisma)) === JSON.stringify(await computeStatusOverTime(today, prisma));
    console.log(
      JSON.stringify({
        sizes,
        loadSeconds: load.seconds,
        statusOverTimeSameAsFromScratch: same,
        statusOverTimeFromScratchMs: await median(() => computeStatusOverTime(today, prisma)),
        statusOverTimeFromSummaryMs: await median(() => getStatusOverTime(today, prisma)),
        dashboardDataMs: await median(() => getDashboardData("2026-11-23")),
        // each part alone, one after the other (getDashboardData runs them in parallel)
        partsMs: {
          headline: await median(() => getHeadlineFigures(today, prisma)),
          statusBreakdown: await median(() => getStatusBreakdown(prisma)),
          statusByCategory: await median(() => getStatusByCategory(prisma)),
          statusBySide: await median(() => getStatusBySide(prisma)),
          pledgesPerTalk: await median(() => getPledgesPerTalk(prisma)),
          deadlines: await median(() => getDeadlines(today, 6, prisma)),
          latestChanges: await median(() => getLatestChanges(6, prisma)),
        },
      }),
    );
    await prisma.$disconnect();
  } finally {
    await admin.query("DROP DATABASE IF EXISTS wt13_dashboard WITH (FORCE)");
    await admin.end();
  }
  process.exit(0);
}

void main();
