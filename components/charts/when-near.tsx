"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** How far outside the viewport a chart starts loading: about a phone screen's scroll ahead. */
const AHEAD = "400px 0px";

/**
 * Renders `children` (a Recharts chart loaded with next/dynamic) only once its box comes within
 * reach of the viewport, or is pointed at, touched or focused into; until then, `placeholder` in a
 * box of `minHeight`, so nothing moves when the chart arrives. A visitor who reads the top of the
 * dashboard and leaves never downloads, parses or draws Recharts, and one who scrolls gets each
 * chart's work on its own, not all of it at once while the page starts. The chart's reading, key
 * words, table and CSV are in the HTML regardless (chart-card.tsx).
 */
export function WhenNear({ minHeight, placeholder, children }: { minHeight: number; placeholder: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (near || !box) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), { rootMargin: AHEAD });
    observer.observe(box);
    return () => observer.disconnect();
  }, [near]);
  const wake = near ? undefined : () => setNear(true);
  return (
    <div ref={ref} style={{ minHeight }} onPointerEnter={wake} onTouchStart={wake} onFocusCapture={wake} data-lazy-chart={near ? "near" : "waiting"}>
      {near ? children : placeholder}
    </div>
  );
}
