export interface QuoteSpanRef {
  id: number;
  startOffset: number;
  endOffset: number;
}

export interface TextSegment<Quote extends QuoteSpanRef> {
  text: string;
  /** Quotes covering this piece of text (several only where quotes overlap). */
  quotes: Quote[];
  /** Quotes whose first piece this is: where their anchor (`#quote-{id}`) goes. */
  starts: Quote[];
}

/**
 * Cuts a talk's text at every quote boundary, so that overlapping or nested quotes are each fully
 * marked and no character is lost or repeated. Quotes with offsets outside the text are clamped;
 * empty ones are ignored. Offsets are UTF-16 code units, as stored.
 */
export function segmentText<Quote extends QuoteSpanRef>(text: string, quotes: readonly Quote[]): TextSegment<Quote>[] {
  const valid = quotes
    .map((quote) => ({ quote, start: Math.max(0, Math.min(quote.startOffset, text.length)), end: Math.max(0, Math.min(quote.endOffset, text.length)) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: TextSegment<Quote>[] = [];
  const started = new Set<number>();
  for (let index = 0; index < cuts.length - 1; index++) {
    const from = cuts[index]!;
    const to = cuts[index + 1]!;
    const covering = valid.filter((span) => span.start <= from && span.end >= to).map((span) => span.quote);
    const starts = covering.filter((quote) => !started.has(quote.id));
    for (const quote of starts) started.add(quote.id);
    segments.push({ text: text.slice(from, to), quotes: covering, starts });
  }
  return segments;
}
