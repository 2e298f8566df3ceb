// `npm run test:resilience`: the app under concurrent load, a PostgreSQL restart, SIGTERM,
// backup and restore, kill -9 of the embedded mode, and fuzzed public input. Prints a report and
// exits non-zero when any guarantee is violated. Loopback only; needs the PostgreSQL server.
import { parseArgs } from "node:util";
import { buildIsCurrent, recordBuild } from "../../server/build-stamp";
import { spawnSync } from "node:child_process";
import { Report } from "./report";
import { backupAndRestore } from "./scenario-backup-restore";
import { embeddedSurvivesKill } from "./scenario-embedded-kill";
import { fuzzPublicInputs } from "./scenario-fuzz";
import { gracefulShutdown } from "./scenario-shutdown";
import { trafficWithRestart } from "./scenario-traffic-restart";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    readers: { type: "string", default: "200" },
    writers: { type: "string", default: "20" },
    "fuzz-runs": { type: "string", default: "1000" },
    "traffic-only": { type: "boolean", default: false },
  },
});
const PORT = Number(process.env.RESILIENCE_PORT ?? 3500);

async function main() {
  const started = Date.now();
  const report = new Report();
  if (!buildIsCurrent()) {
    console.log("▸ building the app once for all scenarios");
    if (spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit" }).status !== 0) throw new Error("build failed");
    recordBuild();
  }
  console.log(`▸ concurrent editing and reading for ${values.seconds} s, PostgreSQL restarted midway`);
  const database = await trafficWithRestart(report, { seconds: Number(values.seconds), readers: Number(values.readers), writers: Number(values.writers), port: PORT });
  try {
    if (!values["traffic-only"]) {
      console.log("▸ graceful shutdown");
      await gracefulShutdown(report, { databaseUrl: database.url, port: PORT + 1, requests: 10 });
      console.log("▸ backup and restore");
      await backupAndRestore(report, { source: database, port: PORT + 2 });
      console.log("▸ fuzzing public inputs");
      await fuzzPublicInputs(report, { databaseUrl: database.url, port: PORT + 4, runs: Number(values["fuzz-runs"]) });
    }
  } finally {
    await database.drop();
  }
  if (!values["traffic-only"]) {
    console.log("▸ embedded database and kill -9");
    await embeddedSurvivesKill(report, { port: PORT + 5, changes: 10 });
  }
  finish(report, started);
}

function finish(report: Report, started: number) {
  console.log(`\nResilience report (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const line of report.lines) console.log(`  ${line}`);
  if (report.violations.length) {
    console.log(`\n${report.violations.length} guarantee(s) violated:`);
    for (const violation of report.violations) console.log(`  ✗ ${violation}`);
    process.exit(1);
  }
  console.log("\nall guarantees held");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
