import Link from "next/link";

export interface KeyItem {
  key: string;
  label: string;
  /** The swatch's class (statusFillClass in status-patterns.tsx): the status's colour, hatched or plain as its chart draws it. */
  fill: string;
  /** Shown after the label, e.g. the slice's count, so a reader need not match colours. */
  count?: number;
  href?: string;
}

/** The chart's legend as HTML: only the series actually drawn, in status order. */
export function StatusKey({ items }: { items: KeyItem[] }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-ink [&_.key]:inline-flex [&_.key]:items-center [&_.key]:gap-1.5" data-chart-key>
      {items.map((item) => {
        const body = (
          <>
            <span aria-hidden className={`inline-block size-3 shrink-0 rounded-xs border border-muted ${item.fill}`} />
            <span>
              {item.label}
              {item.count !== undefined && <b className="tabular-nums">{` ${item.count}`}</b>}
            </span>
          </>
        );
        return (
          <li key={item.key} data-key-item={item.key}>
            {item.href ? <Link href={item.href} prefetch={false} className="key underline-offset-2 hover:underline">{body}</Link> : <span className="key">{body}</span>}
          </li>
        );
      })}
    </ul>
  );
}
