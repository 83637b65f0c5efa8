import { WORD_CLASS } from '../grammar/word-classes.js';
import { TITLE_SMALL_WORDS } from '../lexicon/function-words.js';
import type { Token } from './document.js';

// Hint: a module constant, as a regex literal in a function is a new RegExp on every call.
const HEADLINE_END = /^[.!?"”’:]$/;

/** Longest paragraph, in tokens, that can be a headline. */
const HEADLINE_TOKENS = 20;

/**
 * Paragraphs that read as headlines: short, nearly every word but the small
 * ones capitalised ("Tidewater Rovers Coach Resigns", "Why Voters Are
 * Leaving the Party"). Their capitals say nothing about names, and a verb
 * of speech there is capitalised like every other word ("Mayor Says Bridge
 * Will Reopen").
 *
 * @internal
 */
export function findHeadlines(tokens: readonly Token[], paragraphAt: Int32Array): ReadonlySet<number> {
  const headlines = new Set<number>();
  let first = 0;
  for (let at = 1; at <= tokens.length; at++) {
    if (at < tokens.length && paragraphAt[at] === paragraphAt[first]) continue;
    if (at - first <= HEADLINE_TOKENS && isHeadline(tokens, first, at)) headlines.add(paragraphAt[first]!);
    first = at;
  }
  return headlines;
}

/**
 * Whether tokens `first` to `end` (exclusive) read as a headline: see {@link findHeadlines}.
 * A final stop is allowed only when every word but the small ones is
 * capitalised and there are at least four of them: prose always has a
 * lower-case word (its verb, at least).
 */
function isHeadline(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let at = first; at < end; at++) {
    const { lower, classes } = tokens[at]!;
    if ((classes & WORD_CLASS.startsWithLetter) === 0 || (at > first && TITLE_SMALL_WORDS.has(lower))) continue;
    words++;
    if ((classes & WORD_CLASS.capitalised) !== 0) capitalised++;
  }
  if (words < 2) return false;
  if (HEADLINE_END.test(tokens[end - 1]!.text)) return words >= 4 && capitalised === words;
  return capitalised >= 0.75 * words;
}
