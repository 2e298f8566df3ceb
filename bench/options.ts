// Command-line options of `npm run bench`, and the sizes and durations each mode uses.
import { FULL_SIZES, SMOKE_SIZES, type DatasetSizes } from "./dataset";
import { DEFAULT_SERVER_URL } from "./database";

export type BenchOptions = {
  mode: "full" | "smoke";
  keep: boolean;
  port: number;
  seed: number;
  serverUrl: string;
  sizes: DatasetSizes;
  loadSeconds: number;
  connections: number;
  listRuns: number;
  statsRuns: number;
  writers: number;
  updatesPerWriter: number;
  /** The export is stopped after this long and its rate taken from the rows streamed so far. */
  csvTimeLimitSeconds: number;
};

export const USAGE = `npm run bench [-- --smoke] [--keep] [--port 3400] [--seed 20261123]
  --smoke   tiny dataset and 2 s load runs (CI)
  --keep    keep the tracker_bench_* database afterwards
  --port    the app's port; the static baseline server uses port+1
  BENCH_DATABASE_URL  PostgreSQL server (default ${DEFAULT_SERVER_URL})`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const known = new Set(["--smoke", "--keep", "--port", "--seed"]);
  const valueOf = (flag: string) => {
    const index = argv.indexOf(flag);
    if (index === -1) return undefined;
    const value = argv[index + 1];
    if (value === undefined || !/^\d+$/.test(value)) throw new Error(`${flag} needs a whole number\n${USAGE}`);
    return Number(value);
  };
  for (const arg of argv) if (arg.startsWith("--") && !known.has(arg)) throw new Error(`unknown option ${arg}\n${USAGE}`);
  const smoke = argv.includes("--smoke");
  return {
    mode: smoke ? "smoke" : "full",
    keep: argv.includes("--keep"),
    port: valueOf("--port") ?? 3400,
    seed: valueOf("--seed") ?? 20261123,
    serverUrl: env.BENCH_DATABASE_URL || DEFAULT_SERVER_URL,
    sizes: smoke ? SMOKE_SIZES : FULL_SIZES,
    loadSeconds: smoke ? 2 : 20,
    connections: 32,
    listRuns: smoke ? 5 : 40,
    statsRuns: smoke ? 3 : 10,
    writers: 20,
    updatesPerWriter: smoke ? 2 : 10,
    csvTimeLimitSeconds: smoke ? 30 : 180,
  };
}
