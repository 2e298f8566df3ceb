import { describe, expect, it } from "vitest";
import { lighthouseFigures, pageScores, type LighthouseReport, type PageScores } from "./measure-lighthouse";

/** A Lighthouse result cut down to what the bench reads. */
function report(performance: number | null, accessibility: number | null, extra: Partial<LighthouseReport> = {}): LighthouseReport {
  return {
    categories: {
      performance: { score: performance, auditRefs: [{ id: "first-contentful-paint", weight: 10 }, { id: "total-blocking-time", weight: 30 }, { id: "unused-javascript", weight: 0 }, { id: "diagnostics", weight: 0 }, { id: "lcp-insight", weight: 0, group: "hidden" }] },
      accessibility: { score: accessibility, auditRefs: [{ id: "color-contrast", weight: 7 }, { id: "link-in-text-block", weight: 7 }, { id: "video-caption", weight: 10 }] },
    },
    audits: {
      "first-contentful-paint": { score: 0.98, scoreDisplayMode: "numeric", numericValue: 912.4 },
      "largest-contentful-paint": { score: 0.95, scoreDisplayMode: "numeric", numericValue: 1830.66 },
      "total-blocking-time": { score: 0.62, scoreDisplayMode: "numeric", numericValue: 420.2 },
      "cumulative-layout-shift": { score: 1, scoreDisplayMode: "numeric", numericValue: 0.01234 },
      "unused-javascript": { score: 0.5, scoreDisplayMode: "metricSavings" },
      diagnostics: { score: null, scoreDisplayMode: "informative" },
      "lcp-insight": { score: 0, scoreDisplayMode: "metricSavings" },
      "network-requests": { score: 1, scoreDisplayMode: "informative", details: { items: [{ url: "http://127.0.0.1:3400/" }, { url: "http://127.0.0.1:3400/_next/static/a.js" }, { url: "data:image/png;base64,AA" }] } },
      "color-contrast": { score: 1, scoreDisplayMode: "binary" },
      "link-in-text-block": { score: 0, scoreDisplayMode: "binary" },
      "video-caption": { score: null, scoreDisplayMode: "notApplicable" },
    },
    environment: { benchmarkIndex: 612.5 },
    ...extra,
  };
}

const page = (path: string, performance: number | null, accessibility: number | null) => pageScores(path, report(performance, accessibility), 12.34) as PageScores;

describe("Lighthouse scores", () => {
  it("are read as Lighthouse shows them, with the main metrics and the listed audits below green", () => {
    expect(pageScores("/", report(0.876, 0.96, { runWarnings: ["slow server"] }), 12.34, "http://127.0.0.1:3400/")).toEqual({
      path: "/",
      performance: 88,
      accessibility: 96,
      metrics: { fcpMs: 912, lcpMs: 1831, tbtMs: 420, cls: 0.012 },
      failing: { performance: ["total-blocking-time", "unused-javascript"], accessibility: ["link-in-text-block"] },
      seconds: 12.3,
      benchmarkIndex: 613,
      warnings: ["slow server"],
    });
  });

  it("name any request that left the app's origin", () => {
    const withFont = report(1, 1);
    (withFont.audits["network-requests"]!.details as { items: { url: string }[] }).items.push({ url: "https://fonts.gstatic.com/s/x.woff2" });
    expect(pageScores("/", withFont, 1, "http://127.0.0.1:3400/")).toMatchObject({ offOrigin: ["https://fonts.gstatic.com/s/x.woff2"] });
  });

  it("make a page that Lighthouse could not load a failure, not a zero", () => {
    expect(pageScores("/x", report(null, null, { runtimeError: { code: "ERRORED_DOCUMENT_REQUEST", message: "status code 500" } }), 3)).toEqual({ path: "/x", error: "ERRORED_DOCUMENT_REQUEST: status code 500" });
  });

  it("give the worst page's score per category, with every page's in details", () => {
    const figures = lighthouseFigures([page("/", 0.72, 1), page("/commitments", 0.99, 0.96), page("/commitments/a", 0.97, 1)]);
    expect(figures.lighthousePerformance).toMatchObject({ value: 72, unit: "score", target: { op: ">=", value: 95 }, pass: false, details: { worstPath: "/" } });
    expect(figures.lighthouseAccessibility).toMatchObject({ value: 96, pass: false, details: { worstPath: "/commitments" } });
    expect((figures.lighthousePerformance!.details!.pages as PageScores[]).map((p) => p.path)).toEqual(["/", "/commitments", "/commitments/a"]);
    // Each figure keeps both scores of every page and its own category's failing audits.
    expect((figures.lighthousePerformance!.details!.pages as unknown[])[1]).toMatchObject({ performance: 99, accessibility: 96, metrics: { tbtMs: 420 }, failing: ["total-blocking-time", "unused-javascript"] });
    expect((figures.lighthouseAccessibility!.details!.pages as unknown[])[1]).toEqual({ path: "/commitments", performance: 99, accessibility: 96, failing: ["link-in-text-block"] });
    const good = lighthouseFigures([page("/", 0.95, 1), page("/commitments", 1, 1)]);
    expect(good.lighthousePerformance).toMatchObject({ value: 95, pass: true });
    expect(good.lighthouseAccessibility).toMatchObject({ value: 100, pass: true });
  });

  it("are unavailable, failing the run, when any page could not be measured or lacks a score", () => {
    const figures = lighthouseFigures([page("/", 1, 1), { path: "/commitments", error: "Unable to connect to Chrome" }]);
    for (const key of ["lighthousePerformance", "lighthouseAccessibility"]) {
      expect(figures[key]).toMatchObject({ value: null, pass: false, note: "not available: /commitments: Unable to connect to Chrome" });
      expect(figures[key]!.details).toMatchObject({ pages: [{ path: "/" }], failures: [{ path: "/commitments" }] });
    }
    const noScore = lighthouseFigures([page("/", null, 1)]);
    expect(noScore.lighthousePerformance).toMatchObject({ value: null, pass: false, note: "not available: /: no performance score" });
    expect(noScore.lighthouseAccessibility).toMatchObject({ value: 100, pass: true });
    expect(lighthouseFigures([]).lighthousePerformance).toMatchObject({ value: null, note: "not available: no pages measured" });
  });
});
