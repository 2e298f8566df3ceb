// The embedded database survives kill -9 of the app without losing committed data.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { parseIsoDate } from "../../lib/dates";
import { appendStatusChange } from "../../lib/status-history/append";
import { startApp, stopApp } from "./app-process";
import { checkInvariants } from "./invariants";
import type { Report } from "./report";

export async function embeddedSurvivesKill(report: Report, options: { port: number; changes: number }) {
  const scenario = "embedded kill -9";
  const dataDir = mkdtempSync(join(tmpdir(), "tracker-kill-"));
  const env = { DATABASE_URL: "", DATA_DIR: dataDir };
  try {
    const first = await startApp(env, options.port);
    const url = (JSON.parse(readFileSync(join(dataDir, "embedded.lock"), "utf8")) as { url: string }).url;
    const prisma = createPrismaClient(url);
    const commitments = await prisma.commitment.findMany({ select: { id: true }, take: options.changes, orderBy: { id: "asc" } });
    for (const [i, { id }] of commitments.entries()) {
      await prisma.$transaction((tx) =>
        appendStatusChange(tx, { userId: null, label: "resilience" }, {
          commitmentId: id,
          toStatus: i % 2 ? "STALLED" : "IN_PROGRESS",
          effectiveOn: parseIsoDate("2026-11-01"),
          note: `committed before kill -9 (${i})`,
        }),
      );
    }
    const committed = await prisma.statusChange.count({ where: { note: { startsWith: "committed before kill -9" } } });
    await prisma.$disconnect();
    first.signal("SIGKILL");
    await first.exited;

    const second = await startApp(env, options.port);
    try {
      const lockUrl = (JSON.parse(readFileSync(join(dataDir, "embedded.lock"), "utf8")) as { url: string }).url;
      const reopened = createPrismaClient(lockUrl);
      const survived = await reopened.statusChange.count({ where: { note: { startsWith: "committed before kill -9" } } });
      await reopened.$disconnect();
      const invariants = await checkInvariants(lockUrl);
      report.note(scenario, `${committed} status changes committed, app killed with SIGKILL, restarted on the same data directory`);
      report.check(scenario, survived === committed && committed === commitments.length, "every committed change survived", `${survived} of ${committed}`);
      report.check(scenario, invariants.statusesOutOfStep === 0, "current statuses still equal their latest history entry");
    } finally {
      await stopApp(second);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
