// Every figure the harness reports, with its label, unit and target (issues 6, 11 and 13), in one place.
import { figure, unavailable, type Figure, type Target } from "./results";

type Spec = { label: string; unit: string; target: Target };

export const FIGURE_SPECS = {
  dashboardThroughput: { label: "Dashboard req/s vs static server", unit: "× static", target: { op: ">=", value: 0.5 } },
  // A ratio, not milliseconds: on two cores the static server itself misses an absolute 50 ms.
  dashboardP95Ratio: { label: "Dashboard p95 vs static server, 32 connections", unit: "× static", target: { op: "<=", value: 1.5 } },
  readsUnderWrites: { label: "Dashboard and pledge p95 with 20 writers vs none", unit: "× no writers", target: { op: "<=", value: 2 } },
  dashboardDataUncached: { label: "Dashboard data, uncached (app's own time)", unit: "ms", target: { op: "<=", value: 50 } },
  statsRatio: { label: "Dashboard queries vs raw SQL", unit: "× raw SQL", target: { op: "<=", value: 1.5 } },
  listP95: { label: "List p95, varied uncached filters/search/sort/page", unit: "ms", target: { op: "<=", value: 100 } },
  csvRate: { label: "CSV export rows/s vs COPY", unit: "× COPY", target: { op: ">=", value: 0.7 } },
  csvMemory: { label: "CSV export memory growth", unit: "MB", target: { op: "<=", value: 32 } },
  statusUpdateP95: { label: "Status update p95, 20 writers, JSON route", unit: "ms", target: { op: "<=", value: 50 } },
  statusUpdateActionP95: { label: "Status update p95, 20 writers, server action", unit: "ms", target: { op: "<=", value: 150 } },
  twoInstanceFreshness: { label: "Write on instance A to B serving it (worst of 5)", unit: "ms", target: { op: "<=", value: 1000 } },
  // Issue 13: the page must not grow with the data (uncompressed: what the browser parses).
  dashboardHtml: { label: "Dashboard HTML (uncompressed)", unit: "KB", target: { op: "<=", value: 100 } },
  dashboardJs: { label: "Dashboard JS (gzip)", unit: "KB", target: { op: "<=", value: 150 } },
  listJs: { label: "List page JS (gzip)", unit: "KB", target: { op: "<=", value: 150 } },
  // Issue 13: Lighthouse, mobile defaults, the worst of /, /commitments and a pledge page (0–100).
  lighthousePerformance: { label: "Lighthouse performance, mobile (worst page)", unit: "score", target: { op: ">=", value: 95 } },
  lighthouseAccessibility: { label: "Lighthouse accessibility (worst page)", unit: "score", target: { op: ">=", value: 100 } },
} satisfies Record<string, Spec>;

export type FigureKey = keyof typeof FIGURE_SPECS;

export function measured(key: FigureKey, value: number | null, extra: Pick<Figure, "note" | "details"> = {}): Figure {
  const spec: Spec = FIGURE_SPECS[key];
  return figure(spec.label, value, spec.unit, spec.target, extra);
}

export function notAvailable(key: FigureKey, why: string): Figure {
  const spec: Spec = FIGURE_SPECS[key];
  return unavailable(spec.label, spec.unit, spec.target, why);
}
