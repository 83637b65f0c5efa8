import { checkArguments } from './check-arguments.js';
import { ANY_QUOTE_MARK } from './lexicon/quote-marks.js';
import { analyseText } from './pipeline/analyse-text.js';
import { attributeQuotes } from './pipeline/attribute-quotes.js';
import type { AnalysedText, Document, Layout } from './pipeline/document.js';
import { findHeadlines } from './pipeline/find-headlines.js';
import { findMentions } from './pipeline/find-mentions.js';
import { findSpeechEvents } from './pipeline/find-speech-events.js';
import { linkEntities } from './pipeline/link-entities.js';
import { locateTokens } from './pipeline/locate-tokens.js';
import { reportSpeech } from './pipeline/report-speech.js';
import { resolveSpeakers } from './pipeline/resolve-speakers.js';
import { isReadByQuotes, scanQuotes } from './pipeline/scan-quotes.js';
import { splitParagraphs } from './pipeline/split-paragraphs.js';
import { splitSentences } from './pipeline/split-sentences.js';
import type { ExtractOptions, Quote } from './types.js';

/**
 * Finds every piece of quoted speech in an English news text and who said it.
 *
 * @param text - The article, as plain text. Paragraphs are separated by blank lines.
 * @param options - See {@link ExtractOptions}.
 * @returns The quotes in document order. Offsets are UTF-16 indices into
 *   `text`: `text.slice(quote.start, quote.end) === quote.text`.
 * @throws TypeError when `text` is not a string or `options` is not a valid options object.
 * @example
 * ```ts
 * extractQuotes('"We will win," said Mayor Ana Ruiz.')[0].speaker
 * // → { name: 'Ana Ruiz', title: 'Mayor', mention: { text: 'Ana Ruiz', … }, id: 1 }
 * ```
 */
export function extractQuotes(text: string, options?: ExtractOptions): Quote[] {
  const { minConfidence, kinds } = checkArguments(text, options);
  const reported = kinds.has('indirect');
  // Hint: most texts without a quote mark need no language analysis at all, unless reported speech is asked for.
  if (!reported && !ANY_QUOTE_MARK.test(text)) return [];
  const layout = readLayout(text);
  if (!reported && layout.quotes.length === 0) return [];
  const doc = readDocument(analyse(layout));
  // Hint: quotes read events only in their own paragraph and the one before; reported speech reads them all.
  const events = findSpeechEvents(doc, reported ? undefined : (paragraph) => isReadByQuotes(layout.quotes, paragraph));
  const quotes = attributeQuotes(doc, events);
  // Quotes are resolved first, so asking for reported speech never changes a quote's speaker or id.
  const attributed = reported ? [...quotes, ...reportSpeech(doc, events, quotes)] : quotes;
  const result = resolveSpeakers(doc, events, attributed).filter((quote) => kinds.has(quote.kind) && quote.confidence >= minConfidence);
  return reported ? result.sort(inDocumentOrder) : result;
}

/** By start; of two that start together, the outer one (a reported clause) before the quote inside it. */
function inDocumentOrder(a: Quote, b: Quote): number {
  return a.start - b.start || b.end - a.end;
}

// The document model, built stage by stage; no stage changes what an earlier one made.

/** Paragraphs and quotations: what is known before language analysis. @internal */
export function readLayout(text: string): Layout {
  const paragraphs = splitParagraphs(text);
  return { text, paragraphs, quotes: scanQuotes(text, paragraphs) };
}

/** Tokens, and where each lies: paragraph, quote, sentence. @internal */
export function analyse(layout: Layout): AnalysedText {
  const { text, paragraphs, quotes } = layout;
  const tokens = analyseText(text);
  const { quoteAt, paragraphAt } = locateTokens(tokens, quotes, paragraphs);
  const { sentences, sentenceAt } = splitSentences(tokens, paragraphAt);
  const headlines = findHeadlines(tokens, paragraphAt);
  // Hint: every field named, not spread: V8 builds `{ ...layout, tokens }` in its runtime, about 2 µs a time.
  return { text, paragraphs, quotes, tokens, quoteAt, paragraphAt, sentences, sentenceAt, headlines };
}

/** The names, and the people and organisations they and the descriptions stand for. @internal */
export function readDocument(analysed: AnalysedText): Document {
  const { text, paragraphs, quotes, tokens, quoteAt, paragraphAt, sentences, sentenceAt, headlines } = analysed;
  const mentions = findMentions(analysed);
  const entities = linkEntities(analysed, mentions);
  return { text, paragraphs, quotes, tokens, quoteAt, paragraphAt, sentences, sentenceAt, headlines, mentions, entities };
}

