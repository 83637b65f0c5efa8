import type { Range, ScannedQuote, Token } from './document.js';

/**
 * Places every token: in which quote (marks included) and which paragraph.
 * One sweep over tokens, quotes and paragraphs, all in document order.
 *
 * @internal
 */
export function locateTokens(
  tokens: readonly Token[],
  quotes: readonly ScannedQuote[],
  paragraphs: readonly Range[],
): { quoteAt: Int32Array; paragraphAt: Int32Array } {
  // Hint: every token gets its quote (or -1) and its paragraph below, so neither array needs a fill.
  const quoteAt = new Int32Array(tokens.length);
  const paragraphAt = new Int32Array(tokens.length);
  let quote = 0;
  let paragraph = 0;
  // Hint: the current quote's bounds and the current paragraph's end are kept in locals, read again only when a
  // token passes one of them, rather than read from the objects at every token.
  let quoteOpen = quotes.length > 0 ? quotes[0]!.open : Infinity;
  let quoteStop = quotes.length > 0 ? quoteEnd(quotes[0]!) : Infinity;
  let paragraphStop = paragraphs.length > 1 ? paragraphs[0]!.end : Infinity;
  for (let index = 0; index < tokens.length; index++) {
    const { start } = tokens[index]!;
    if (quoteStop <= start) {
      while (quote < quotes.length && quoteEnd(quotes[quote]!) <= start) quote++;
      quoteOpen = quote < quotes.length ? quotes[quote]!.open : Infinity;
      quoteStop = quote < quotes.length ? quoteEnd(quotes[quote]!) : Infinity;
    }
    quoteAt[index] = start >= quoteOpen ? quote : -1;
    if (paragraphStop <= start) {
      while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end <= start) paragraph++;
      paragraphStop = paragraph < paragraphs.length - 1 ? paragraphs[paragraph]!.end : Infinity;
    }
    paragraphAt[index] = paragraph;
  }
  return { quoteAt, paragraphAt };
}

/** One past the closing mark, or the end of the words for a quote that runs on. */
function quoteEnd(quote: ScannedQuote): number {
  return quote.close >= 0 ? quote.close + 1 : quote.end;
}
