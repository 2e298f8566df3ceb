// Lighthouse (mobile defaults: simulated Moto G Power on slow 4G, 4× CPU slowdown) on the public
// pages at the run's scale, in Debian's Chromium through Lighthouse's own Node API (issue 13).
// Nothing is downloaded at run time: the browser is the system's, Lighthouse's data (the
// third-party entity list, axe-core) ships in its npm package, and the app serves every asset itself.
import { accessSync, constants } from "node:fs";
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";

/** The part of a Lighthouse result (LH.Result) this file reads: small enough to fake in a test. */
export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] } | undefined>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number; details?: unknown } | undefined>;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  /** Lighthouse's own measure of the machine's speed (it expects ~1000+ on a desktop). */
  environment?: { benchmarkIndex?: number };
}

export type PageScores = {
  path: string;
  /** 0–100 as Lighthouse shows them (Math.round of score × 100); null when Lighthouse gave none. */
  performance: number | null;
  accessibility: number | null;
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null };
  /** Audits of either category that scored below Lighthouse's green (0.9), by category. */
  failing: { performance: string[]; accessibility: string[] };
  seconds: number;
  benchmarkIndex: number | null;
  /** Requests to any other origin than the page's: the app should need none. */
  offOrigin?: string[];
  warnings?: string[];
};

/** A page Lighthouse could not measure: the browser did not start, the page errored, a runtime error. */
export type PageFailure = { path: string; error: string };

const SCORED_MODES = new Set(["binary", "numeric", "metricSavings"]);

const score = (value: number | null | undefined) => (typeof value === "number" ? Math.round(value * 100) : null);
const rounded = (value: number | undefined, places = 0) => (typeof value === "number" ? Math.round(value * 10 ** places) / 10 ** places : null);

function failingAudits(report: LighthouseReport, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? []).filter((ref) => {
    const audit = report.audits[ref.id];
    // The "hidden" group is Lighthouse 12's insight audits, each repeating a listed one.
    return audit && ref.group !== "hidden" && SCORED_MODES.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9;
  }).map((ref) => ref.id);
}

function offOriginRequests(report: LighthouseReport, pageUrl: string): string[] {
  const items = (report.audits["network-requests"]?.details as { items?: { url?: unknown }[] } | undefined)?.items ?? [];
  const origin = new URL(pageUrl).origin;
  return items.flatMap((item) => (typeof item.url === "string" && /^https?:/.test(item.url) && new URL(item.url).origin !== origin ? [item.url] : []));
}

/** One page's scores, metrics and failing audits; a runtime error (e.g. the page did not load) is a failure. */
export function pageScores(path: string, report: LighthouseReport, seconds: number, pageUrl = `http://127.0.0.1${path}`): PageScores | PageFailure {
  if (report.runtimeError) return { path, error: `${report.runtimeError.code}: ${report.runtimeError.message}` };
  const metric = (id: string, places = 0) => rounded(report.audits[id]?.numericValue, places);
  const offOrigin = offOriginRequests(report, pageUrl);
  return {
    path,
    performance: score(report.categories.performance?.score),
    accessibility: score(report.categories.accessibility?.score),
    metrics: { fcpMs: metric("first-contentful-paint"), lcpMs: metric("largest-contentful-paint"), tbtMs: metric("total-blocking-time"), cls: metric("cumulative-layout-shift", 3) },
    failing: { performance: failingAudits(report, "performance"), accessibility: failingAudits(report, "accessibility") },
    seconds: Math.round(seconds * 10) / 10,
    benchmarkIndex: rounded(report.environment?.benchmarkIndex),
    ...(offOrigin.length ? { offOrigin } : {}),
    ...(report.runWarnings?.length ? { warnings: report.runWarnings } : {}),
  };
}

/** `lighthousePerformance` and `lighthouseAccessibility`: the worst page's score, every page's in
 * `details`. A worst-of over some pages would flatter the run, so one unmeasured page (or one
 * category without a score) makes that figure unavailable, with what was measured kept beside. */
export function lighthouseFigures(pages: (PageScores | PageFailure)[]): Record<string, Figure> {
  const measuredPages = pages.filter((page): page is PageScores => !("error" in page));
  const failures = pages.filter((page): page is PageFailure => "error" in page);
  const figures: Record<string, Figure> = {};
  for (const [key, category] of [["lighthousePerformance", "performance"], ["lighthouseAccessibility", "accessibility"]] as const) {
    // Both scores of every page in each figure; the metrics and the run's particulars with the
    // performance figure, each figure's own failing audits.
    const details = {
      pages: measuredPages.map(({ failing, metrics, ...page }) => (category === "performance" ? { ...page, metrics, failing: failing.performance } : { path: page.path, performance: page.performance, accessibility: page.accessibility, failing: failing.accessibility })),
      ...(failures.length ? { failures } : {}),
    };
    const missing = [...failures.map((page) => `${page.path}: ${page.error}`), ...measuredPages.filter((page) => page[category] === null).map((page) => `${page.path}: no ${category} score`)];
    if (pages.length === 0) missing.push("no pages measured");
    if (missing.length) {
      figures[key] = { ...notAvailable(key, missing.join("; ")), details };
      continue;
    }
    const worst = measuredPages.reduce((low, page) => (page[category]! < low[category]! ? page : low));
    figures[key] = measured(key, worst[category], { details: { worstPath: worst.path, ...details } });
  }
  return figures;
}

// Debian's Chromium, headless. No QUIC, no component updates, no sync, no background networking:
// with only the npm registry reachable, a browser reaching for Google's services would stall or
// add noise to the trace. chrome-launcher adds its own defaults (no first-run, no default-browser
// check, no extensions…) to these.
export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Runs Lighthouse on each path in turn, in one Chromium; each page is fetched once first, so the
 * figure is the browser's side of a page the server already has cached (as a visitor gets it). */
export async function measureLighthouse(baseUrl: string, paths: string[], chromePath = process.env.CHROME_PATH || "/usr/bin/chromium"): Promise<Record<string, Figure>> {
  // Lighthouse and chrome-launcher are ES modules: imported here so the rest of the bench (and its
  // tests) never load them.
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  // chrome-launcher leaves a failed spawn (ENOENT) as an unhandled 'error' event, which would kill
  // the whole bench before it writes its results: refuse here instead, so the figure is unavailable.
  try {
    accessSync(chromePath, constants.X_OK);
  } catch {
    throw new Error(`no Chromium at ${chromePath} (apt-get install chromium, or set CHROME_PATH)`);
  }
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  const pages: (PageScores | PageFailure)[] = [];
  try {
    for (const path of paths) {
      const warm = await fetch(`${baseUrl}${path}`);
      await warm.arrayBuffer();
      if (!warm.ok) {
        pages.push({ path, error: `GET ${path} answered ${warm.status}` });
        continue;
      }
      const started = performance.now();
      try {
        const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
        pages.push(result ? pageScores(path, result.lhr as LighthouseReport, (performance.now() - started) / 1000, `${baseUrl}${path}`) : { path, error: "Lighthouse returned no result" });
      } catch (error) {
        pages.push({ path, error: error instanceof Error ? error.message.split("\n")[0]! : String(error) });
      }
    }
  } finally {
    chrome.kill();
  }
  return lighthouseFigures(pages);
}
