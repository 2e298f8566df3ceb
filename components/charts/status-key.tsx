import Link from "next/link";

export interface KeyItem {
  key: string;
  label: string;
  /** An SVG fill: a colour or url(#pattern). */
  color: string;
  /** Shown after the label, e.g. the slice's count, so a reader need not match colours. */
  count?: number;
  href?: string;
}

/** The chart's legend as HTML: only the series actually drawn, in status order. */
export function StatusKey({ items }: { items: KeyItem[] }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-ink" data-chart-key>
      {items.map((item) => {
        const body = (
          <>
            <svg aria-hidden focusable="false" width="12" height="12" className="shrink-0">
              <rect x="0.5" y="0.5" width="11" height="11" rx="2" fill={item.color} stroke="#52606d" />
            </svg>
            <span>
              {item.label}
              {item.count !== undefined && <span className="tabular-nums font-semibold"> {item.count}</span>}
            </span>
          </>
        );
        return (
          <li key={item.key} data-key-item={item.key}>
            {item.href ? (
              <Link href={item.href} className="inline-flex items-center gap-1.5 underline-offset-2 hover:underline">
                {body}
              </Link>
            ) : (
              <span className="inline-flex items-center gap-1.5">{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
