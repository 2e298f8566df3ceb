"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import type { IndicatorChart as Chart } from "./indicator-chart";

// Loaded after the page is interactive, like the dashboard's charts (lazy-charts.tsx): Recharts
// stays out of the pledge page's first JavaScript; the table beside it carries every figure.
const INDICATOR_CHART_HEIGHT = 260;
const loading = () => <div className="h-full w-full rounded bg-paper" aria-hidden data-chart-loading />;
const Lines = dynamic(() => import("./indicator-chart").then((module) => module.IndicatorChart), { ssr: false, loading });

export function LazyIndicatorChart(props: ComponentProps<typeof Chart>) {
  return <div style={{ minHeight: INDICATOR_CHART_HEIGHT }}><Lines {...props} /></div>;
}
