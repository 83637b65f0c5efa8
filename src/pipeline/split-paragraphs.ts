import type { Range } from './document.js';

/**
 * Splits text into paragraphs: the units a quote may not run across.
 *
 * A blank line always ends a paragraph. A single line break ends one only
 * where it follows sentence-final punctuation, or where the text has no blank
 * lines at all: hard-wrapped copy breaks lines mid-sentence
 * ("an overt or\ncollective role"), and such a break must not end a quote.
 *
 * @internal
 */
export function splitParagraphs(text: string): Range[] {
  const singleBreaks = !/\n[ \t\r\f\v]*\n/.test(text);
  const paragraphs: Range[] = [];
  let start = 0;
  // Hint: only a line break can start a paragraph break; jump from one to the next.
  let newline = text.indexOf('\n');
  while (newline >= 0) {
    const breakEnd = paragraphBreakAt(text, newline, singleBreaks);
    if (breakEnd > newline) {
      pushTrimmed(text, start, newline, paragraphs);
      start = breakEnd;
    }
    newline = text.indexOf('\n', Math.max(breakEnd, newline + 1));
  }
  pushTrimmed(text, start, text.length, paragraphs);
  return paragraphs;
}

/** Returns the end of a paragraph break starting at `index`, or `index` when there is none. */
function paragraphBreakAt(text: string, index: number, singleBreaks: boolean): number {
  if (text.charCodeAt(index) !== 10 /* \n */) return index;
  let end = index + 1;
  let lines = 1;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code === 10) lines++;
    else if (!isHorizontalSpace(code)) break;
  }
  if (lines > 1 || singleBreaks || endsSentence(text, index)) return end;
  return index;
}

function endsSentence(text: string, newline: number): boolean {
  let before = newline - 1;
  while (before >= 0 && isHorizontalSpace(text.charCodeAt(before))) before--;
  return before < 0 || /[.!?:"\u201D\u2019\u00BB)\]]/.test(text.charAt(before));
}

function isHorizontalSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

function pushTrimmed(text: string, start: number, end: number, into: Range[]): void {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end > start) into.push({ start, end });
}
