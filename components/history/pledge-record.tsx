// The pledge page's links to its own record over time: its revision history, its corrections
// (the latest said in full), and its feed.
import Link from "next/link";
import { formatDate } from "@/components/ui/format";
import { getCachedLatestCorrection } from "@/lib/corrections/cached";
import type { Messages } from "@/lib/i18n/en";
import { format } from "@/lib/i18n/messages";

export async function PledgeRecord({ slug, messages }: { slug: string; messages: Messages["time"] }) {
  const corrections = await getCachedLatestCorrection(slug);
  const latest = corrections.items[0];
  return (
    <div className="mt-3 space-y-2 text-sm">
      {latest && (
        <p className="rounded border border-[#b45309] bg-[#fff7ed] p-3" data-testid="pledge-correction">
          <span className="font-semibold">{format(messages.corrections.onPledge, { date: formatDate(latest.at), note: latest.note })}</span>{" "}
          <Link href={`/corrections?pledge=${slug}`} className="text-accent underline">{messages.corrections.onPledgeMore}{corrections.total > 1 ? ` (${corrections.total})` : ""}</Link>
        </p>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <Link href={`/commitments/${slug}/history`} className="text-accent underline" data-testid="history-link">{messages.history.link}</Link>
        <a href={`/commitments/${slug}/feed.atom`} type="application/atom+xml" className="text-accent underline">{messages.history.feed}</a>
      </p>
    </div>
  );
}
