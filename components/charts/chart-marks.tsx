"use client";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";

/**
 * Keyboard access to a chart's marks (bars, slices), the way the WAI-ARIA toolbar pattern and the
 * Recharts maintainers advise: the chart is ONE tab stop, the arrow keys move between its marks,
 * Enter or Space opens the mark's filtered list, exactly as a click does. Every mark is an SVG link
 * with a label ("Trade, Announced: 5 pledges"), so screen readers list them too. Recharts' own
 * accessibilityLayer only moves the tooltip between categories and cannot open anything, so the
 * charts turn it off and use this instead.
 */
interface Roving {
  active: string | undefined;
  focus: (key: string, label: string) => void;
  blur: () => void;
}

const RovingContext = createContext<Roving>({ active: undefined, focus: () => {}, blur: () => {} });

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);

/** Wraps a chart; `keys` are its marks in reading order (the order the arrow keys follow). */
export function ChartKeyboard({ keys, children }: { keys: string[]; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const [focused, setFocused] = useState<string | undefined>(undefined);
  const active = current !== undefined && keys.includes(current) ? current : keys[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = active === undefined ? -1 : keys.indexOf(active);
    let next: number | undefined;
    if (NEXT.has(event.key)) next = Math.min(index + 1, keys.length - 1);
    else if (PREVIOUS.has(event.key)) next = Math.max(index - 1, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = keys.length - 1;
    if (next === undefined || index < 0) return;
    event.preventDefault();
    const element = ref.current?.querySelector<SVGElement>(`[data-mark="${CSS.escape(keys[next]!)}"]`);
    element?.focus();
  };

  const focus = useCallback((key: string, label: string) => {
    setCurrent(key);
    setFocused(label);
  }, []);
  const blur = useCallback(() => setFocused(undefined), []);

  return (
    <RovingContext.Provider value={{ active, focus, blur }}>
      <div ref={ref} onKeyDown={onKeyDown} data-chart-keyboard>
        {children}
        {/* What the focused mark counts, in words, for sighted keyboard users (the tooltip follows the mouse only). */}
        <p className="min-h-5 text-sm text-ink" aria-hidden data-focused-mark>
          {focused ?? ""}
        </p>
      </div>
    </RovingContext.Provider>
  );
}

/** One mark as a link to its filtered list; the drawn shape goes inside. */
export function MarkLink({ markKey, href, label, value, children }: { markKey: string; href: string; label: string; value: number; children: ReactNode }) {
  const router = useRouter();
  const { active, focus, blur } = useContext(RovingContext);
  const open = () => router.push(href);
  const onClick = (event: MouseEvent<Element>) => {
    // A modified click keeps the browser's own meaning (new tab, new window).
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    open();
  };
  const onKeyDown = (event: KeyboardEvent<Element>) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    open();
  };
  return (
    <a
      href={href}
      aria-label={label}
      tabIndex={active === markKey ? 0 : -1}
      data-mark={markKey}
      data-value={value}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={() => focus(markKey, label)}
      onBlur={blur}
      className="chart-mark cursor-pointer outline-none [&:focus-visible>*]:stroke-[#1f2933] [&:focus-visible>*]:[stroke-width:3px] [&:focus-visible>*]:[paint-order:stroke]"
    >
      {children}
    </a>
  );
}
