"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from "react";

/**
 * Keyboard and pointer access to a chart's marks (bars, slices), the WAI-ARIA toolbar pattern: the
 * chart is ONE tab stop (the first mark is rendered with tabindex 0, the others -1), the arrow keys
 * move between its marks, Enter or Space opens the mark's filtered list, exactly as a click does.
 * Every mark is a link (`[data-mark]`, with a label such as "Trade, Announced: 5 commitments"), so
 * screen readers list them and they open without JavaScript. The marks are found in the DOM, in
 * reading order, so this wrapper is handed no data of its own.
 */
export function ChartKeyboard({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [said, setSaid] = useState("");
  const marks = () => [...(ref.current?.querySelectorAll<HTMLElement>("[data-mark]") ?? [])];
  const markOf = (target: EventTarget) => (target instanceof Element ? target.closest<HTMLElement>("[data-mark]") : null);
  const open = (mark: HTMLElement) => router.push(mark.getAttribute("href")!);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mark = markOf(event.target);
    if (!mark) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open(mark);
      return;
    }
    const all = marks();
    const index = all.indexOf(mark);
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    all[Math.max(0, Math.min(next, all.length - 1))]?.focus();
  };
  // The focused mark becomes the chart's one tab stop, so Tab back into the chart returns to it.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const mark = markOf(event.target);
    if (!mark) return;
    for (const other of marks()) other.tabIndex = other === mark ? 0 : -1;
    setSaid(mark.getAttribute("aria-label") ?? "");
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const mark = markOf(event.target);
    // A modified click keeps the browser's own meaning (new tab, new window).
    if (!mark || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    open(mark);
  };
  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    const mark = markOf(event.target);
    if (mark) setSaid(mark.getAttribute("aria-label") ?? "");
  };

  return (
    <div ref={ref} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={() => setSaid("")} onClick={onClick} onPointerOver={onPointerOver} onPointerLeave={() => setSaid("")} data-chart-keyboard>
      {children}
      {/* What the focused or pointed-at mark counts, in words (hidden from screen readers: the mark's own label says it). */}
      <p className="min-h-5 text-sm text-ink" aria-hidden data-focused-mark>
        {said}
      </p>
    </div>
  );
}
