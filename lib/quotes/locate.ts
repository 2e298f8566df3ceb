export interface QuoteSpan {
  startOffset: number;
  endOffset: number;
}

/**
 * Finds a verbatim passage in a talk's text. Offsets are in UTF-16 code units (JavaScript string
 * indices), end exclusive. Returns null when the passage is not in the text exactly as given.
 * `near` picks the occurrence at or after that offset when a passage occurs more than once.
 */
export function locateQuote(talkText: string, passage: string, near = 0): QuoteSpan | null {
  if (passage.trim().length === 0) return null;
  let start = talkText.indexOf(passage, near);
  if (start < 0 && near > 0) start = talkText.indexOf(passage);
  if (start < 0) return null;
  return { startOffset: start, endOffset: start + passage.length };
}

/** True when the stored span still holds exactly the quoted passage. */
export function quoteStillMatches(talkText: string, quote: QuoteSpan & { text: string }): boolean {
  return talkText.slice(quote.startOffset, quote.endOffset) === quote.text;
}
