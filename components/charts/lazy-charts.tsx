"use client";
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { WhenNear } from "./when-near";
import { AREA_HEIGHT, PIE_HEIGHT, stackedBarHeight, talkBarHeight } from "./chart-types";
import type { StatusAreaChart as AreaChart } from "./status-area-chart";
import type { StatusPieChart as PieChart } from "./status-pie-chart";
import type { StatusStackedBarChart as StackedBarChart } from "./status-stacked-bar-chart";
import type { TalkBarChart as TalkChart } from "./talk-bar-chart";

/**
 * The Recharts charts, loaded when they come near the viewport (when-near.tsx) with next/dynamic,
 * not rendered on the server: Recharts stays out of the page's first JavaScript and out of its
 * start-up work, and the charts' SVG, which would weigh more than their data, stays out of its
 * HTML. Each chart reserves its height until it is drawn, so nothing moves; its reading, key
 * words, table and CSV are in the HTML regardless.
 */
const loading = () => <div className="h-full w-full rounded bg-paper" aria-hidden data-chart-loading />;

const Pie = dynamic(() => import("./status-pie-chart").then((module) => module.StatusPieChart), { ssr: false, loading });
const StackedBars = dynamic(() => import("./status-stacked-bar-chart").then((module) => module.StatusStackedBarChart), { ssr: false, loading });
const Areas = dynamic(() => import("./status-area-chart").then((module) => module.StatusAreaChart), { ssr: false, loading });
const TalkBars = dynamic(() => import("./talk-bar-chart").then((module) => module.TalkBarChart), { ssr: false, loading });

/** Heights reserved before a chart loads: the plot (as the chart draws it) and its key and focus line. */
const KEY = 56;
const reserve = (height: number) => height + KEY;

export function LazyStatusPieChart(props: ComponentProps<typeof PieChart>) {
  return <WhenNear minHeight={reserve(PIE_HEIGHT)} placeholder={loading()}><Pie {...props} /></WhenNear>;
}

export function LazyStatusStackedBarChart(props: ComponentProps<typeof StackedBarChart>) {
  return <WhenNear minHeight={reserve(stackedBarHeight(props.rows.length))} placeholder={loading()}><StackedBars {...props} /></WhenNear>;
}

export function LazyStatusAreaChart(props: ComponentProps<typeof AreaChart>) {
  return <WhenNear minHeight={reserve(AREA_HEIGHT)} placeholder={loading()}><Areas {...props} /></WhenNear>;
}

export function LazyTalkBarChart(props: ComponentProps<typeof TalkChart>) {
  return <WhenNear minHeight={reserve(talkBarHeight(props.rows.filter((row) => row.count > 0).length))} placeholder={loading()}><TalkBars {...props} /></WhenNear>;
}
