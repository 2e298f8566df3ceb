"use client";
import Link from "next/link";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { OverdueBadge, StatusBadge } from "./status-badge";
import { useThen } from "./snapshot-links";

// Client components for their size, not for behaviour (like data-table.tsx): handed their rows as
// data, formatted on the server, the lists are in the page once as data and once as HTML.

export interface DeadlineView {
  slug: string;
  title: string;
  status: CommitmentStatus;
  deadline: string;
  overdue: boolean;
}

export function DeadlineListView({ rows, text }: { rows: DeadlineView[]; text: { title: string; empty: string; deadline: string; overdue: string } }) {
  const then = useThen();
  return (
    <section aria-labelledby="deadlines-title" className="rounded-lg border border-rule bg-white p-4 sm:p-5">
      <h2 id="deadlines-title" className="font-serif text-xl font-semibold">{text.title}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{text.empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-rule">
          {rows.map((row) => (
            <li key={row.slug} className="py-2">
              <Link href={then(`/commitments/${row.slug}`)} className="font-medium text-ink underline-offset-2 hover:underline">{row.title}</Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                <span>{`${text.deadline}: ${row.deadline}`}</span>
                <StatusBadge status={row.status} />
                {row.overdue && <OverdueBadge label={text.overdue} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface ChangeView {
  id: number;
  toStatus: CommitmentStatus;
  /** "from Stalled", or null for a first status. */
  from: string | null;
  effectiveOn: [iso: string, text: string];
  recordedAt: [iso: string, text: string];
  slug: string;
  title: string;
  note: string;
  evidence: { id: number; title: string; href?: string; publisher: string }[];
}

export function LatestChangesView({ rows, text }: { rows: ChangeView[]; text: { title: string; intro: string; empty: string; evidence: string; effective: string; recorded: string } }) {
  const then = useThen();
  return (
    <section aria-labelledby="latest-title" className="rounded-lg border border-rule bg-white p-4 sm:p-5">
      <h2 id="latest-title" className="font-serif text-xl font-semibold">{text.title}</h2>
      <p className="mt-1 text-sm text-muted">{text.intro}</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{text.empty}</p>
      ) : (
        <ol className="mt-3 divide-y divide-rule [&_p]:mt-1 [&_p]:text-sm">
          {rows.map((row) => (
            <li key={row.id} className="py-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <StatusBadge status={row.toStatus} />
                {row.from && <span className="text-muted">{row.from}</span>}
              </div>
              {/* Both dates: the list is ordered by the second, so a back-dated change is visibly one. */}
              <p className="text-muted" data-latest-dates>
                {`${text.effective} `}<time dateTime={row.effectiveOn[0]} data-effective>{row.effectiveOn[1]}</time>
                {` · ${text.recorded} `}<time dateTime={row.recordedAt[0]} data-recorded>{row.recordedAt[1]}</time>
              </p>
              <Link href={then(`/commitments/${row.slug}`)} className="mt-1 block font-medium text-ink underline-offset-2 hover:underline">
                {row.title}
              </Link>
              <p className="text-muted">{row.note}</p>
              {row.evidence.length > 0 && (
                <p>
                  <span className="text-muted">{`${text.evidence} `}</span>
                  {row.evidence.map((item, index) => (
                    <span key={item.id}>
                      {index > 0 && "; "}
                      <a href={item.href} rel="noopener noreferrer" target="_blank" className="text-accent underline">{item.title}</a>
                      {` (${item.publisher})`}
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
