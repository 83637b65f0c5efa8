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
  const quoteAt = new Int32Array(tokens.length).fill(-1);
  const paragraphAt = new Int32Array(tokens.length).fill(-1);
  let quote = 0;
  let paragraph = 0;
  for (let index = 0; index < tokens.length; index++) {
    const { start } = tokens[index]!;
    while (quote < quotes.length && quoteEnd(quotes[quote]!) <= start) quote++;
    const current = quotes[quote];
    if (current !== undefined && start >= current.open) quoteAt[index] = quote;
    while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end <= start) paragraph++;
    paragraphAt[index] = paragraph;
  }
  return { quoteAt, paragraphAt };
}

/** One past the closing mark, or the end of the words for a quote that runs on. */
function quoteEnd(quote: ScannedQuote): number {
  return quote.close >= 0 ? quote.close + 1 : quote.end;
}
