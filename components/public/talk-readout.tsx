import Link from "next/link";
import { STATUS_DEFINITIONS } from "@/lib/commitments/status";
import type { PublicTalk } from "@/lib/talks/cached";
import { segmentText } from "@/lib/talks/segments";

type Quote = PublicTalk["quotes"][number];

/**
 * The readout with every pledge quote highlighted and linked to its pledge. Each quote's first
 * piece carries the anchor `quote-{id}` that pledge pages link to (`:target` styles it).
 */
export function TalkReadout({ talk }: { talk: PublicTalk }) {
  const segments = segmentText(talk.text, talk.quotes);
  return (
    <div className="whitespace-pre-line font-serif text-lg leading-relaxed" data-testid="readout">
      {segments.map((segment, index) => {
        if (!segment.quotes.length) return <span key={index}>{segment.text}</span>;
        // The innermost (last-starting) quote is the link target where quotes overlap.
        const quote: Quote = segment.quotes[segment.quotes.length - 1]!;
        const [anchor, ...extraAnchors] = segment.starts;
        return (
          <span key={index}>
            {extraAnchors.map((extra) => <span key={extra.id} id={`quote-${extra.id}`} />)}
            <mark id={anchor ? `quote-${anchor.id}` : undefined} className="quote-highlight" data-quote-ids={segment.quotes.map((item) => item.id).join(" ")}>
              <Link
                href={`/commitments/${quote.commitment.slug}`}
                className="text-inherit underline decoration-dotted decoration-1 underline-offset-4 hover:decoration-solid"
                title={`${quote.commitment.title} (${STATUS_DEFINITIONS[quote.commitment.status].label})`}
              >
                {segment.text}
              </Link>
            </mark>
          </span>
        );
      })}
    </div>
  );
}
