import Link from "next/link";
import { QUEUE_BUCKETS, STALE_AFTER_DAYS, type WorkQueue } from "@/lib/commitments/work-queue";
import { format, getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin.queue;

/** What needs an analyst today, bucket by bucket, each with its first pledges. */
export function WorkQueueSection({ queue }: { queue: WorkQueue }) {
  return (
    <section aria-labelledby="queue-heading" className="mb-8" data-testid="work-queue">
      <h2 id="queue-heading" className="font-serif text-xl font-semibold">{t.title}</h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {QUEUE_BUCKETS.map((bucket) => {
          const { total, items } = queue[bucket];
          return (
            <div key={bucket} className="rounded border border-rule bg-white p-3" data-testid={`queue-${bucket}`}>
              <h3 className="text-sm font-semibold">
                {format(t.buckets[bucket], { days: STALE_AFTER_DAYS })} <span className="font-normal text-muted">({total})</span>
              </h3>
              {items.length === 0 ? (
                <p className="mt-1 text-sm text-muted">{t.empty}</p>
              ) : (
                <ul className="mt-1 space-y-1 text-sm">
                  {items.map((item) => (
                    <li key={item.id} className="break-words">
                      <Link href={`/admin/commitments/${item.id}`} className="text-ink hover:text-accent hover:underline">{item.title}</Link>
                    </li>
                  ))}
                  {total > items.length ? <li className="text-muted">{format(t.more, { count: total - items.length })}</li> : null}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
