import { partitionPoint } from '../grammar/partition-point.js';
import { ADJACENT_CLOSERS, ADJACENT_OPENERS, ANY_QUOTE_MARK, ELISIONS, QUOTE_MARKS, type QuoteFamily } from '../lexicon/quote-marks.js';
import type { Range, ScannedQuote } from './document.js';

type Role = 'open' | 'close' | 'either';

interface OpenMark {
  readonly index: number;
  /** One past the mark: where the quoted words may start. */
  readonly end: number;
  readonly family: QuoteFamily;
}

interface Pair {
  readonly open: number;
  readonly contentStart: number;
  /** Offset of the closing mark's first character. */
  contentEnd: number;
  /** Offset of the closing mark's last character. */
  close: number;
  readonly family: QuoteFamily;
}

/**
 * Finds the top-level quotations of each paragraph.
 *
 * Marks are paired with a stack, so a stray or unclosed mark is simply left
 * over and never swallows the text after it; a quote never crosses a
 * paragraph, except by the news convention for long quotes: a paragraph that
 * opens a quote and does not close it, followed by a paragraph that opens
 * again. Quotes nested inside another quote are part of the outer one.
 *
 * Runs in time linear in the text: every mark is pushed and popped at most once.
 *
 * @internal
 */
export function scanQuotes(text: string, paragraphs: readonly Range[]): ScannedQuote[] {
  const quotes: ScannedQuote[] = [];
  // Hint: the regex engine jumps from mark to mark faster than a loop over every character.
  const marks = new RegExp(ANY_QUOTE_MARK.source, 'g');
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    scanParagraph(text, marks, paragraph, index, next ? openingFamilyAt(text, next.start) : null, quotes);
  });
  return quotes;
}

function scanParagraph(
  text: string,
  marks: RegExp,
  paragraph: Range,
  paragraphIndex: number,
  nextOpens: QuoteFamily | null,
  into: ScannedQuote[],
): void {
  const stack: OpenMark[] = [];
  const openCount: Record<QuoteFamily, number> = { double: 0, single: 0, guillemet: 0, 'single-guillemet': 0 };
  const pairs: Pair[] = [];
  // A single quote closed by a mark that may be a plural possessive (`'the Smiths' deal was off,'`): a later
  // single closer set off by punctuation, at the same depth with nothing opened or closed between, moves its end there.
  let possessive: { pair: Pair; depth: number } | null = null;

  /** Closes the innermost open quote of `family` with the mark at `index..last`. */
  const close = (family: QuoteFamily, index: number, last: number): void => {
    // Hint: a single closer pairs only with a single opener on top of the stack;
    // anywhere else it is an apostrophe ("the players’ union").
    if (family === 'single' && stack[stack.length - 1]?.family !== 'single') {
      if (possessive !== null && possessive.depth === stack.length && isSetOffCloser(text, index, paragraph)) {
        possessive.pair.contentEnd = index;
        possessive.pair.close = last;
      }
      possessive = null;
      return;
    }
    if (openCount[family] === 0) return;
    let opener = stack.pop();
    while (opener !== undefined) {
      openCount[opener.family]--;
      if (opener.family === family) break;
      opener = stack.pop();
    }
    if (opener === undefined) return;
    const pair: Pair = { open: opener.index, contentStart: opener.end, contentEnd: index, close: last, family };
    pairs.push(pair);
    possessive = family === 'single' && isPossessiveLike(text, index, paragraph) ? { pair, depth: stack.length } : null;
  };

  marks.lastIndex = paragraph.start;
  for (let found = marks.exec(text); found !== null && found.index < paragraph.end; found = marks.exec(text)) {
    const { index } = found;
    let chars = found[0];
    // `…'no.'''`: three apostrophes that close are the inner single closer, then the double one.
    if (chars === "''" && text.charAt(index + 2) === "'" && index > paragraph.start && !isSpace(text.charCodeAt(index - 1))) {
      chars = "'";
      marks.lastIndex = index + 1;
    }
    const mark = QUOTE_MARKS[chars]!;
    const end = Math.min(index + chars.length, paragraph.end);
    let role = markRole(text, chars, index, end, paragraph);
    if (role === null) continue;
    if (role === 'either') {
      const top = stack[stack.length - 1];
      role = top !== undefined && top.family === mark.family ? 'close' : 'open';
    }
    if (role === 'open') {
      stack.push({ index, end, family: mark.family });
      openCount[mark.family]++;
      possessive = null;
    } else if (chars === "''" && openCount.double === 0) {
      // `'He told me, 'We're done.'' Lee said`: with no double quote open, two apostrophes close two single quotes.
      close('single', index, index);
      close('single', index + 1, index + 1);
    } else {
      close(mark.family, index, end - 1);
    }
  }

  const runOn = stack[0];
  // Hint: most paragraphs hold one quote or none, which need no sort.
  if (pairs.length > 1) pairs.sort((a, b) => a.open - b.open);
  const continues = runOn !== undefined && nextOpens === runOn.family && !lostItsCloser(text, runOn, pairs);
  let coveredTo = -1;
  for (const pair of pairs) {
    if (continues && pair.open > runOn.index) break;
    if (pair.open < coveredTo) continue;
    coveredTo = pair.close;
    pushQuote(text, pair.open, pair.contentStart, pair.contentEnd, pair.close, paragraphIndex, pair.family, into);
  }
  if (continues) pushQuote(text, runOn.index, runOn.end, paragraph.end, -1, paragraphIndex, runOn.family, into);
}

/**
 * `“…I was shell-shocked. “And she said, ‘…,’” Dana Price said.`: a quote opened
 * with the same mark as the unclosed one, at the start of a later sentence, and
 * closed, shows the unclosed quote lost its closer, so the paragraph does not run
 * on. An inner quote in the middle of a sentence (`"…chanting “U-S-A!” as…`) is
 * nesting, and the paragraph runs on.
 */
function lostItsCloser(text: string, opener: OpenMark, pairs: readonly Pair[]): boolean {
  const mark = text.slice(opener.index, opener.end);
  return pairs.some(
    (pair) => pair.open > opener.index && text.slice(pair.open, pair.contentStart) === mark && /[.!?]\s$/.test(text.slice(pair.open - 2, pair.open)),
  );
}

function pushQuote(
  text: string,
  open: number,
  contentStart: number,
  contentEnd: number,
  close: number,
  paragraph: number,
  family: QuoteFamily,
  into: ScannedQuote[],
): void {
  let start = contentStart;
  let end = contentEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) into.push({ start, end, open, close, paragraph, family });
}

/** Whether the single closer at `index` may be a plural possessive instead: `s'` and a word after it (`the Smiths' deal`). */
function isPossessiveLike(text: string, index: number, paragraph: Range): boolean {
  const before = text.charAt(index - 1);
  return (before === 's' || before === 'S') && index + 2 < paragraph.end && isSpace(text.charCodeAt(index + 1)) && isLetterOrDigit(text.charCodeAt(index + 2));
}

/** A single closer that punctuation sets off: `off,'`, `off'.`, or one that ends the paragraph. */
function isSetOffCloser(text: string, index: number, paragraph: Range): boolean {
  return index + 1 >= paragraph.end || /[.,;:!?]/.test(text.charAt(index - 1)) || /[.,;:!?]/.test(text.charAt(index + 1));
}

/** The family of the opening mark that starts a paragraph, if it starts with one. */
function openingFamilyAt(text: string, index: number): QuoteFamily | null {
  const two = text.slice(index, index + 2);
  const chars = two === "''" || two === '``' ? two : text.charAt(index);
  const mark = QUOTE_MARKS[chars];
  return mark !== undefined && mark.opens && isWordLike(text.charCodeAt(index + chars.length)) ? mark.family : null;
}

/**
 * Decides what the mark `char` at `index..end` can do from the characters around it.
 *
 * ```
 * > | Rice said, "The key…," she said. It’s the ’90s, 'cause…
 *                ^ opens  ^ closes          ^ apostrophe, never a quote
 * ```
 */
function markRole(text: string, char: string, index: number, end: number, paragraph: Range): Role | null {
  const before = neighbour(text, index - 1, -1, paragraph);
  const after = neighbour(text, end, 1, paragraph);
  // Hint: a mark that starts its paragraph has nothing to close, so it opens even before a space (`” … they are`).
  const canOpen = after !== -1 && (before === -1 || ((isSpace(before) || isOpeningContext(before)) && !isSpace(after)));
  const canClose = before !== -1 && !isSpace(before) && (after === -1 || isSpace(after) || isClosingContext(after));

  switch (char) {
    case '"':
    case "''":
      if (canOpen !== canClose) return canOpen ? 'open' : 'close';
      // Hint: `"Yes,"he said` or `5"9`: no space on either side, so only the stack can tell.
      return before !== -1 && after !== -1 && !isSpace(before) && !isSpace(after) ? 'either' : null;
    case '``':
      return canOpen ? 'open' : null;
    case '\u201C': // “ also closes „…“ and is sometimes typed for ”
      return canClose && !canOpen ? 'either' : 'open';
    case '\u201D': // ” is sometimes typed for “
      return canOpen && !canClose ? 'either' : 'close';
    case '\u2018':
      return canOpen && !isElision(text, index + 1) ? 'open' : null;
    case '\u2019':
    case "'":
      if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null; // don't, O'Neil, AA's
      if (canOpen) return char === "'" && !isElision(text, index + 1) ? 'open' : null;
      return canClose ? 'close' : null;
    default: {
      const mark = QUOTE_MARKS[char];
      if (mark === undefined) return null;
      return mark.opens ? 'open' : 'close';
    }
  }
}

/**
 * The character at `at` (-1 outside the paragraph). A space between two marks
 * is the typesetter's separation of adjacent marks (`'no.' ''`, `'' 'Tis`), so
 * there the mark beyond it counts as the neighbour.
 */
function neighbour(text: string, at: number, step: 1 | -1, paragraph: Range): number {
  if (at < paragraph.start || at >= paragraph.end) return -1;
  const code = text.charCodeAt(at);
  const beyond = at + step;
  if (code !== 32 || beyond < paragraph.start || beyond >= paragraph.end) return code;
  const mark = text.charAt(beyond);
  return (step < 0 ? ADJACENT_CLOSERS : ADJACENT_OPENERS).has(mark) ? mark.charCodeAt(0) : code;
}

/** Words that start with an apostrophe: '90s, 'em, 'til, 'cause, rock 'n' roll. */
function isElision(text: string, index: number): boolean {
  if (isDigit(text.charCodeAt(index))) return true;
  const word = /^[a-z]+/i.exec(text.slice(index, index + 6))?.[0]?.toLowerCase() ?? '';
  return ELISIONS.has(word);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterOrDigit(code: number): boolean {
  if (code < 0) return false;
  if (isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code >= 0xc0 && /\p{L}/u.test(String.fromCharCode(code));
}

function isWordLike(code: number): boolean {
  return code >= 0 && !isSpace(code);
}

/** Characters after which a mark opens: `("`, `—"`, `/"`, and another opener. */
function isOpeningContext(code: number): boolean {
  return (
    code === 40 || code === 91 || code === 123 || code === 0x2014 || code === 0x2013 || code === 45 || code === 47 ||
    code === 0x201c || code === 0x2018 || code === 0xab || code === 34 || code === 39 || code === 0x201e
  );
}

/** Characters before which a mark closes: `",`, `".`, `")`, `”’`. */
function isClosingContext(code: number): boolean {
  // Hint: compared as codes, not as a one-character string tested by a regex: this runs for most marks.
  switch (code) {
    case 0x2e: // .
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x21: // !
    case 0x3f: // ?
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x2014: // em dash
    case 0x2013: // en dash
    case 0x2d: // -
    case 0x2f: // /
    case 0x201d: // ”
    case 0x2019: // ’
    case 0xbb: // »
    case 0x22: // "
    case 0x27: // '
    case 0x2026: // …
      return true;
    default:
      return false;
  }
}

/** Whether a quotation opens in paragraph `paragraph`; `quotes` are in document order. @internal */
export function holdsQuote(quotes: readonly ScannedQuote[], paragraph: number): boolean {
  const index = partitionPoint(quotes.length, (at) => quotes[at]!.paragraph < paragraph);
  return quotes[index]?.paragraph === paragraph;
}

/**
 * Whether paragraph `paragraph` holds a quote or comes right before one: where a quote's attribution may lie, so the
 * paragraphs whose speech events are read whatever kinds are asked for.
 *
 * @internal
 */
export function isReadByQuotes(quotes: readonly ScannedQuote[], paragraph: number): boolean {
  return holdsQuote(quotes, paragraph) || holdsQuote(quotes, paragraph + 1);
}
