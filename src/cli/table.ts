import type { Quote } from '../index.js';

const COLUMN_GAP = '  ';
const MAX_SPEAKER_WIDTH = 24;
const MAX_TITLE_WIDTH = 30;
const MIN_QUOTE_WIDTH = 20;
/** Narrowest the speaker and title columns get on a small terminal. */
const MIN_NAME_WIDTH = 8;

/** Longest the rule under QUOTE gets when nothing is cut; the quotes run on past it. */
const MAX_FULL_RULE_WIDTH = 60;

/**
 * Render quotes as a plain-text table, one row per quote. With a `width`, it
 * fits in that many columns: speaker and title get what they need (up to a
 * cap) and the quote takes the rest, cut with an ellipsis. Without one (output
 * to a file or a pipe), nothing is cut.
 *
 * @internal
 */
export function formatQuoteTable(quotes: readonly Quote[], width?: number): string {
  if (quotes.length === 0) return 'No quotes found.\n';
  const rows = quotes.map((quote) => ({
    speaker: speakerLabel(quote),
    title: quote.speaker?.title ?? '',
    quote: `“${collapseWhitespace(quote.text)}”`,
  }));
  const fitted = width === undefined ? fullWidths(rows) : fittedWidths(rows, width);
  const line = (speaker: string, title: string, quote: string): string =>
    [fit(speaker, fitted.speaker), fit(title, fitted.title), fitted.cutQuote ? truncate(quote, fitted.quote) : quote]
      .join(COLUMN_GAP)
      .trimEnd();
  const speakerCount = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.id] : []))).size;
  return [
    line('SPEAKER', 'TITLE', 'QUOTE'),
    line('─'.repeat(fitted.speaker), '─'.repeat(fitted.title), '─'.repeat(fitted.quote)),
    ...rows.map((row) => line(row.speaker, row.title, row.quote)),
    '',
    `${plural(quotes.length, 'quote')} from ${plural(speakerCount, 'speaker')}`,
    '',
  ].join('\n');
}

interface Row {
  readonly speaker: string;
  readonly title: string;
  readonly quote: string;
}

interface Widths {
  readonly speaker: number;
  readonly title: number;
  /** Width of the quote column and of its rule. */
  readonly quote: number;
  readonly cutQuote: boolean;
}

function fullWidths(rows: readonly Row[]): Widths {
  return {
    speaker: columnWidth('SPEAKER', rows.map((row) => row.speaker), Infinity),
    title: columnWidth('TITLE', rows.map((row) => row.title), Infinity),
    quote: columnWidth('QUOTE', rows.map((row) => row.quote), MAX_FULL_RULE_WIDTH),
    cutQuote: false,
  };
}

function fittedWidths(rows: readonly Row[], width: number): Widths {
  let speaker = columnWidth('SPEAKER', rows.map((row) => row.speaker), MAX_SPEAKER_WIDTH);
  let title = columnWidth('TITLE', rows.map((row) => row.title), MAX_TITLE_WIDTH);
  // Hint: on a narrow terminal the title gives way first, then the speaker, so the quote keeps MIN_QUOTE_WIDTH.
  let shortfall = MIN_QUOTE_WIDTH - (width - speaker - title - 2 * COLUMN_GAP.length);
  const titleCut = Math.max(0, Math.min(shortfall, title - MIN_NAME_WIDTH));
  title -= titleCut;
  shortfall -= titleCut;
  speaker -= Math.max(0, Math.min(shortfall, speaker - MIN_NAME_WIDTH));
  const quote = Math.max(MIN_QUOTE_WIDTH, width - speaker - title - 2 * COLUMN_GAP.length);
  return { speaker, title, quote, cutQuote: true };
}

/** Hint: an unnamed speaker ("a police spokesman") is shown by its mention. */
function speakerLabel(quote: Quote): string {
  if (!quote.speaker) return '(unknown)';
  return quote.speaker.name ?? quote.speaker.mention.text;
}

function columnWidth(header: string, values: readonly string[], cap: number): number {
  return Math.min(cap, Math.max(header.length, ...values.map((value) => value.length)));
}

function fit(value: string, width: number): string {
  return truncate(value, width).padEnd(width);
}

function truncate(value: string, width: number): string {
  return value.length <= width ? value : `${value.slice(0, Math.max(0, width - 1))}…`;
}

function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
