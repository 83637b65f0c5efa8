import { analyseText } from '../../src/pipeline/analyse-text.js';
import type { AnalysedText } from '../../src/pipeline/document.js';
import { locateTokens } from '../../src/pipeline/locate-tokens.js';
import { scanQuotes } from '../../src/pipeline/scan-quotes.js';
import { splitParagraphs } from '../../src/pipeline/split-paragraphs.js';
import { splitSentences } from '../../src/pipeline/split-sentences.js';

/** The document model up to the mention stage, built for a string as src/extract-quotes.ts builds it. */
export function analyse(text: string): AnalysedText {
  const paragraphs = splitParagraphs(text);
  const quotes = scanQuotes(text, paragraphs);
  const tokens = analyseText(text);
  const { quoteAt, paragraphAt } = locateTokens(tokens, quotes, paragraphs);
  return { text, paragraphs, quotes, tokens, quoteAt, paragraphAt, ...splitSentences(tokens, paragraphAt) };
}
