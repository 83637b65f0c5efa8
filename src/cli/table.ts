import type { Quote } from '../index.js';

const COLUMN_GAP = '  ';
const MAX_SPEAKER_WIDTH = 24;
const MAX_TITLE_WIDTH = 30;
const MIN_QUOTE_WIDTH = 20;
/** Narrowest the speaker and title columns get on a small terminal. */
const MIN_NAME_WIDTH = 8;

/** Longest the rule under QUOTE gets when nothing is cut; the quotes run on past it. */
const MAX_FULL_RULE_WIDTH = 60;

/** How the TYPE column shows `Speaker.type`: short, as it is never cut. */
const TYPE_LABELS = { person: 'person', organization: 'org' } as const;

/**
 * Render quotes as a plain-text table, one row per quote. With a `width`, it
 * fits in that many columns: speaker and title get what they need (up to a
 * cap), the speaker's type its few letters, and the quote takes the rest, cut
 * with an ellipsis. Without one (output to a file or a pipe), nothing is cut.
 *
 * @internal
 */
export function formatQuoteTable(quotes: readonly Quote[], width?: number): string {
  if (quotes.length === 0) return 'No quotes found.\n';
  const rows = quotes.map((quote) => ({
    speaker: speakerLabel(quote),
    type: quote.speaker ? TYPE_LABELS[quote.speaker.type] : '',
    title: quote.speaker?.title ?? '',
    quote: `“${collapseWhitespace(quote.text)}”`,
  }));
  // Hint: on a terminal too narrow for every column at its narrowest, the type is the column that goes.
  const typeWidth = columnWidth('TYPE', rows.map((row) => row.type), Infinity);
  const showType = width === undefined || width - typeWidth - COLUMN_GAP.length >= 2 * MIN_NAME_WIDTH + MIN_QUOTE_WIDTH + 2 * COLUMN_GAP.length;
  const rest = width === undefined || !showType ? width : width - typeWidth - COLUMN_GAP.length;
  const fitted = rest === undefined ? fullWidths(rows) : fittedWidths(rows, rest);
  const line = (speaker: string, type: string, title: string, quote: string): string =>
    [fit(speaker, fitted.speaker), ...(showType ? [type.padEnd(typeWidth)] : []), fit(title, fitted.title), fitted.cutQuote ? truncate(quote, fitted.quote) : quote]
      .join(COLUMN_GAP)
      .trimEnd();
  const speakerCount = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.id] : []))).size;
  return [
    line('SPEAKER', 'TYPE', 'TITLE', 'QUOTE'),
    line('─'.repeat(fitted.speaker), '─'.repeat(typeWidth), '─'.repeat(fitted.title), '─'.repeat(fitted.quote)),
    ...rows.map((row) => line(row.speaker, row.type, row.title, row.quote)),
    '',
    `${plural(quotes.length, 'quote')} from ${plural(speakerCount, 'speaker')}`,
    '',
  ].join('\n');
}

interface Row {
  readonly speaker: string;
  readonly type: string;
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
