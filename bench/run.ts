// `npm run bench`: synthetic data at scale in a fresh PostgreSQL database, the production app on
// it, and each figure measured beside the machine's own limit. See bench/README.md.
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { startApp, ensureBuild, type AppServer } from "./app-server";
import { createBenchAnalyst, BENCH_EMAIL } from "./bench-user";
import { CATEGORY_COUNT, benchDatabaseName, createBenchDatabase, dropBenchDatabase, loadDataset } from "./database";
import { FIGURE_SPECS, notAvailable, type FigureKey } from "./figure-specs";
import { generateDataset } from "./generate";
import { measureCsv } from "./measure-csv";
import { measureDashboard } from "./measure-dashboard";
import { measurePageWeight } from "./measure-js";
import { measureLighthouse } from "./measure-lighthouse";
import { measureList } from "./measure-list";
import { measureStats } from "./measure-stats";
import { measureFreshness } from "./measure-freshness";
import { measureReadsUnderWrites, PLEDGES_PER_WRITER } from "./measure-reads-under-writes";
import { measureWrites, signIn, updateTargets } from "./measure-write";
import { parseOptions, type BenchOptions } from "./options";
import { writeResults, resultsTable } from "./report";
import { commitInfo, machineInfo, type BenchResults, type Figure } from "./results";

// The smoke run's 2 s left the busy pledge page without a single finished read on a loaded machine
// (every read outlasted the window: no p95, an unmeasured figure); 5 s holds a few dozen.
const READS_UNDER_WRITES_MIN_SECONDS = 5;

const step = (message: string) => console.log(`▸ ${message}`);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** A measurement that throws becomes null figures with the reason: one failure never loses the run. */
async function safely(keys: FigureKey[], work: () => Promise<Record<string, Figure>>): Promise<Record<string, Figure>> {
  try {
    return await work();
  } catch (error) {
    const why = `measurement failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`;
    return Object.fromEntries(keys.map((key) => [key, notAvailable(key, why)]));
  }
}

/** In its own function so the generated rows (~700 MB at full size) can be collected once loaded:
 * kept alive, they made every garbage collection in the measuring process crawl. */
async function generateAndLoad(databaseUrl: string, options: BenchOptions) {
  const phase = performance.now();
  const dataset = generateDataset(options.sizes, CATEGORY_COUNT, options.seed);
  step(`Generated the ${options.mode} dataset in ${seconds(phase)} s`);
  const load = await loadDataset(databaseUrl, dataset);
  step(`Loaded ${load.rows.toLocaleString("en")} rows in ${load.seconds.toFixed(1)} s`);
  return load;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const startedAt = new Date();
  const started = performance.now();
  const name = benchDatabaseName(startedAt);
  let app: AppServer | undefined;
  let created = false;
  const cleanUp = async () => {
    await app?.stop();
    if (created && !options.keep) await dropBenchDatabase(options.serverUrl, name);
  };
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  try {
    step(`Database ${name} on ${new URL(options.serverUrl).host}: migrations`);
    const databaseUrl = await createBenchDatabase(options.serverUrl, name);
    created = true;
    const load = await generateAndLoad(databaseUrl, options);

    const phase = performance.now();
    // One session secret for both instances (the freshness figure signs in on A, reads on B).
    process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");
    const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
    step(`Production build: ${ensureBuild(env)} (${seconds(phase)} s)`);
    const analyst = createBenchAnalyst(databaseUrl);
    app = await startApp(databaseUrl, options.port);
    step(`App serving on ${app.baseUrl} (server pid ${app.serverPid()})`);
    const base = app.baseUrl;

    const figures: Record<string, Figure> = {};
    step(`Dashboard under load: ${options.connections} connections, ${options.loadSeconds} s, app then static server`);
    Object.assign(figures, await safely(["dashboardThroughput", "dashboardP95Ratio"], () => measureDashboard(base, options.port + 1, options.connections, options.loadSeconds)));
    step("Dashboard queries, uncached, against raw SQL");
    Object.assign(figures, await safely(["dashboardDataUncached", "statsRatio"], () => measureStats(databaseUrl, join(process.cwd(), "lib", "stats"), options.statsRuns)));
    step("List queries");
    Object.assign(figures, await safely(["listP95"], () => measureList(base, databaseUrl, options.listRuns, options.seed)));
    step("CSV export of the status history against COPY");
    Object.assign(figures, await safely(["csvRate", "csvMemory"], () => measureCsv(base, app!.serverPid(), databaseUrl, options.csvTimeLimitSeconds)));
    step(`Status updates: ${options.writers} concurrent writers`);
    const cookie = "password" in analyst ? await signIn(base, BENCH_EMAIL, analyst.password) : null;
    Object.assign(figures, await safely(["statusUpdateP95", "statusUpdateActionP95"], async () => {
      const signInNote = "note" in analyst ? analyst.note : "signing in through /api/auth/callback/credentials gave no session cookie";
      return measureWrites({ baseUrl: base, databaseUrl, cookie, writers: options.writers, updatesPerWriter: options.updatesPerWriter, signInNote, floorSeconds: options.mode === "smoke" ? 1 : 5 });
    }));
    step(`Reads under writes: dashboard and a pledge page, ${options.connections} connections, ${options.loadSeconds} s without and with ${options.writers} writers`);
    // Pledges by id: the route's and the action's writes took the first 2 × writers × updates;
    // then the writers under reads take theirs, then one pledge to read, then five for freshness.
    const afterWrites = 2 * options.writers * options.updatesPerWriter;
    const afterReads = afterWrites + options.writers * PLEDGES_PER_WRITER;
    Object.assign(figures, await safely(["readsUnderWrites"], async () => {
      const [pledge] = await updateTargets(databaseUrl, 1, afterReads);
      return measureReadsUnderWrites({ baseUrl: base, databaseUrl, cookie, writers: options.writers, connections: options.connections, seconds: Math.max(options.loadSeconds, READS_UNDER_WRITES_MIN_SECONDS), pledgeSlug: pledge!.slug, targetOffset: afterWrites });
    }));
    step("Two instances: a write on A until B serves it");
    Object.assign(figures, await safely(["twoInstanceFreshness"], async () => {
      const second = await startApp(databaseUrl, options.port + 2);
      try {
        const targets = await updateTargets(databaseUrl, 5, afterReads + 1);
        return await measureFreshness({ a: base, b: second.baseUrl, cookie, targets });
      } finally {
        await second.stop();
      }
    }));
    step("Page weight: dashboard HTML, client JavaScript");
    Object.assign(figures, await safely(["dashboardHtml", "dashboardJs", "listJs"], () => measurePageWeight(base)));
    // Smoke: the list page only. On this 2-core machine under a CI run, Lighthouse took ~31 s for
    // the dashboard and ~13 s for each other page (63–73 s for the three), over CI's minute; one
    // page still proves the measurement works end to end.
    step(`Lighthouse (mobile defaults): ${options.mode === "smoke" ? "the list page (smoke)" : "dashboard, list, a pledge page"}`);
    Object.assign(figures, await safely(["lighthousePerformance", "lighthouseAccessibility"], async () => {
      if (options.mode === "smoke") return measureLighthouse(base, ["/commitments"]);
      // The pledge the reads-under-writes figure read: a page the server has rendered before.
      const [pledge] = await updateTargets(databaseUrl, 1, afterReads);
      return measureLighthouse(base, ["/", "/commitments", `/commitments/${pledge!.slug}`]);
    }));

    const ordered = Object.fromEntries(Object.keys(FIGURE_SPECS).filter((key) => figures[key]).map((key) => [key, figures[key]!]));
    const results: BenchResults = {
      schemaVersion: 1,
      mode: options.mode,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      wallTimeSeconds: Math.round((performance.now() - started) / 100) / 10,
      machine: machineInfo(),
      commit: commitInfo(),
      dataset: { ...options.sizes, seed: options.seed, loadSeconds: Math.round(load.seconds * 10) / 10, loadRowsPerSecond: Math.round(load.rows / load.seconds) },
      figures: ordered,
    };
    const paths = writeResults(results, join(process.cwd(), "bench", "results"));
    console.log(`\n${resultsTable(results)}\n`);
    console.log(`Wrote ${paths.join(", ")} (${results.wallTimeSeconds} s in all)`);
    // A figure that could not be measured is an error, in the smoke run too: a missed target is
    // a result, an empty figure is a broken measurement.
    const unmeasured = Object.entries(results.figures).filter(([, figure]) => figure.value === null);
    if (unmeasured.length) {
      console.error(`✗ bench: ${unmeasured.length} figure(s) could not be measured: ${unmeasured.map(([key, figure]) => `${key} (${figure.note ?? "no value"})`).join("; ")}`);
      process.exitCode = 1;
    }
  } finally {
    await cleanUp();
    if (options.keep && created) console.log(`Kept database ${name}`);
  }
}

main().catch((error) => {
  console.error(`✗ bench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
