import { TITLE_SMALL_WORDS } from '../lexicon/function-words.js';
import { NOT_NAME_WORDS } from '../lexicon/names.js';
import { CREATION_VERBS, WORK_NOUNS } from '../lexicon/works.js';
import type { Attribution, Rule } from '../pipeline/document.js';
import { isWhiteSpace } from './tokens.js';

// Whether a quoted phrase is speech at all, or a title, nickname, scare quote or markup.

/** Rules that found the cue right next to the quote. */
const ADJACENT_RULES: ReadonlySet<Rule> = new Set(['quote-cue-name', 'quote-cue-pronoun', 'quote-cue-nominal', 'according-to', 'colon']);

/** Cues that announce a term, name or slogan rather than speech: what follows is a phrase, not a quote. */
const NAMING_CUES = /\b(?:call|calls|called|so-called|dubbed|described\s+as|labell?ed|termed|known\s+as|titled|entitled|named)\s*$/i;
const SPEECH_INTRODUCERS = /\b(?:saying|said|says|vowed|urged|warned|added|declared|insisted|wrote|told\s+\w+)[\s,:]*$/i;

/**
 * What a quoted phrase is: `speech`; `not-speech` (a title, nickname, label or markup); or `wording`, a short
 * phrase with no evidence either way (`turned to "little" Marco Rubio`), which is someone's words only when its
 * sentence names who uses them.
 */
export type SpeechVerdict = 'speech' | 'not-speech' | 'wording';

/**
 * Decides whether a quoted phrase is speech, from evidence in the text:
 * an attributing cue, the shape of a sentence (ends with punctuation and
 * either opens its sentence or runs to four words), or a verb of speech or
 * naming just before it. Markup attributes (`id="…"`) never are.
 */
export function judgeSpeech(text: string, attribution: Attribution): SpeechVerdict {
  const { quote } = attribution;
  const before = text.slice(Math.max(0, quote.open - 40), quote.open);
  if (/[=<]\s*$/.test(before)) return 'not-speech';
  const quoted = text.slice(quote.start, quote.end);
  // Hint: the tests below only ask whether there are at most 8 or at least 4 words, so at most 9 are counted.
  const wordCount = countWords(quoted, 9);
  // British style puts a full stop that ends the sentence outside the mark: `'Fuel costs doubled'.`
  const ending = /[.,!?;:\u2014\u2026-]/.test(lastCharBeforeClosers(quoted)) || (quote.close >= 0 && /[.!?]/.test(text.charAt(quote.close + 1)));
  const opensSentence = attribution.kind === 'direct';
  const titleCase = isTitleCase(quoted);
  // `She wrote "The Long Road Home"`, `his 2002 book, "Make Your Kid a Millionaire,"`: a title, even beside a cue.
  if (wordCount <= 8 && titleCase && announcesWork(before, wordCount)) return 'not-speech';
  // Titles of shows and works: `on CNN's "State of the Union."`, unless the quote stands right next to its cue.
  if (wordCount <= 8 && titleCase && !ADJACENT_RULES.has(attribution.rule)) return 'not-speech';
  // `Eddie "the kid from nowhere" Ruiz`: a quote between the parts of a name is a nickname, however long.
  if (!ending && isBetweenNames(text, before, quote.close)) return 'not-speech';
  if (attribution.rule !== 'follow-on' && attribution.rule !== 'same-sentence' && attribution.rule !== 'none') return 'speech';
  if (quote.close < 0) return 'speech';
  // `what critics call "the tax that ate the suburbs"`, with no one named before it in its sentence: a label, not
  // anyone's words (`Mitt Romney called "our top geopolitical foe"` is Romney's, even when no sieve found him).
  if (wordCount >= 4 && NAMING_CUES.test(before) && attribution.rule !== 'same-sentence' && !namesSomeoneBefore(text, quote.open)) return 'not-speech';
  // `would 'push traffic into residential streets'`: more words of the speech the sentence already reports.
  if (attribution.rule === 'same-sentence' && !titleCase) return 'speech';
  if (ending && (wordCount >= 4 || opensSentence)) return 'speech';
  if (ending && SPEECH_INTRODUCERS.test(before)) return 'speech';
  // `agreeing to dispatch "as soon as possible" a small group`: a run of everyday words quotes someone's wording.
  if (wordCount >= 4 && FIRST_WORD_LOWER_CASE.test(quoted) && !titleCase) return 'speech';
  return NAMING_CUES.test(before) && attribution.subject !== null ? 'speech' : 'wording';
}

/**
 * Whether the words before a quote announce a work: a verb of creation right
 * before it, for a title of three words or more (`wrote "The Long Road Home"`;
 * a comma or colon would introduce speech instead), or a kind of work, with or without a comma (`the book "…"`,
 * `his 2002 book, "…"`).
 */
function announcesWork(before: string, wordCount: number): boolean {
  const last = before.trimEnd().split(/\s+/).pop()?.toLowerCase() ?? '';
  const noun = last.endsWith(',') ? last.slice(0, -1) : last;
  if (WORK_NOUNS.has(noun) || (noun.endsWith('s') && WORK_NOUNS.has(noun.slice(0, -1)))) return true;
  // Hint: two capitalised words after a verb alone are as often a name or a slogan (`wrote "Trump 2016" on the sidewalk`).
  return CREATION_VERBS.has(last) && wordCount >= 3;
}

/**
 * Whether a quote stands between two words capitalised like parts of a name,
 * a space on each side (`Eddie "the kid from nowhere" Ruiz`); calendar and
 * other words that are never names (`… "we are ready" Monday`) do not count.
 */
function isBetweenNames(text: string, before: string, close: number): boolean {
  if (close < 0 || !/\s$/.test(before) || !/^\s$/.test(text.charAt(close + 1))) return false;
  const previous = before.trimEnd().split(/\s+/).pop() ?? '';
  const next = text.slice(close + 2, close + 22).split(/[\s.,;:!?]/, 1)[0]!;
  return isNameLike(previous) && isNameLike(next);
}

/** `Eddie`, `Ruiz`, `O'Neil`: a capital, then lower case, to a final letter; not `ABC`, `Monday` or `Ryan:`. */
function isNameLike(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && /\p{L}$/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase());
}

/** Whether a capitalised word other than the first stands in the sentence before `offset`. */
function namesSomeoneBefore(text: string, offset: number): boolean {
  const stretch = text.slice(Math.max(0, offset - 200), offset);
  const start = Math.max(stretch.lastIndexOf('. '), stretch.lastIndexOf('? '), stretch.lastIndexOf('! '), stretch.lastIndexOf('\n'));
  return stretch.slice(start + 1).trim().split(/\s+/).slice(1).some((word) => /^\p{Lu}/u.test(word));
}

/** The last character of a quote that is not itself a closing mark or bracket: `…end.’”` → `.`. */
function lastCharBeforeClosers(words: string): string {
  let end = words.length;
  while (end > 0 && CLOSERS.has(words.charAt(end - 1))) end--;
  return words.charAt(end - 1);
}

const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '\u2019', '\u201D', ')', ']']);

/** How many words (runs of non-space characters) a text has, counted up to `limit`. */
function countWords(text: string, limit: number): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length && count < limit; at++) {
    const space = isWhiteSpace(text.charCodeAt(at));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The first word starts with a lower-case letter: white space can be no letter, so `\s*` never gives any back. */
const FIRST_WORD_LOWER_CASE = /^\s*\p{Ll}/u;

/**
 * "Morning Joe", "State of the Union.", "A Lamplighter's Christmas.": every
 * word capitalised but the short function words, as in a title. Reads only
 * as far as the first word that shows otherwise.
 */
function isTitleCase(text: string): boolean {
  const word = /\S+/g;
  let found = word.exec(text);
  // "the Wizard of Plywood": a leading article may stay lower case.
  if (found !== null && (found[0] === 'the' || found[0] === 'a' || found[0] === 'an')) {
    const next = word.exec(text);
    if (next === null) return false;
    found = next;
  }
  if (found === null || !/^\P{Ll}/u.test(found[0])) return false;
  let content = 0;
  for (found = word.exec(text); found !== null; found = word.exec(text)) {
    if (TITLE_SMALL_WORDS.has(found[0].toLowerCase())) continue;
    if (!/^\P{Ll}/u.test(found[0])) return false;
    content++;
  }
  return content > 0;
}
