import type { Attribution, AttributionInput, Rule } from './attribute-quotes.js';

// Whether a quoted phrase is speech at all, or a title, nickname, scare quote or markup.

/** Rules that found the cue right next to the quote. */
const ADJACENT_RULES: ReadonlySet<Rule> = new Set(['quote-cue-name', 'quote-cue-pronoun', 'quote-cue-nominal', 'according-to', 'colon']);

/** Cues that announce a term, name or slogan rather than speech: what follows is a phrase, not a quote. */
const NAMING_CUES = /\b(?:called|dubbed|described\s+as|labell?ed|termed|known\s+as|titled|entitled|named)\s*$/i;
const SPEECH_INTRODUCERS = /\b(?:saying|said|says|vowed|urged|warned|added|declared|insisted|wrote|told\s+\w+)[\s,:]*$/i;

/**
 * Decides whether a quoted phrase is speech, from evidence in the text:
 * an attributing cue, the shape of a sentence (ends with punctuation and
 * either opens its sentence or runs to four words), or a verb of speech or
 * naming just before it. Markup attributes (`id="…"`) never are.
 */
export function isSpeech(input: AttributionInput, attribution: Attribution): boolean {
  const { text } = input;
  const { quote } = attribution;
  const before = text.slice(Math.max(0, quote.open - 40), quote.open);
  if (/[=<]\s*$/.test(before)) return false;
  const quoted = text.slice(quote.start, quote.end);
  const words = quoted.split(/\s+/).filter(Boolean);
  const ending = /[.,!?;:\u2014\u2026-]/.test(lastCharBeforeClosers(quoted));
  const opensSentence = attribution.kind === 'direct';
  const titleCase = isTitleCase(words);
  // Titles of shows and works: `on CNN's "State of the Union."`, unless the quote stands right next to its cue.
  if (words.length <= 8 && titleCase && !ADJACENT_RULES.has(attribution.rule)) return false;
  if (attribution.rule !== 'follow-on' && attribution.rule !== 'same-sentence' && attribution.rule !== 'none') return true;
  if (quote.close < 0) return true;
  // `would 'push traffic into residential streets'`: more words of the speech the sentence already reports.
  if (attribution.rule === 'same-sentence' && !titleCase) return true;
  if (ending && (words.length >= 4 || opensSentence)) return true;
  if (ending && SPEECH_INTRODUCERS.test(before)) return true;
  // `agreeing to dispatch "as soon as possible" a small group`: a run of everyday words quotes someone's wording.
  if (words.length >= 4 && /^\p{Ll}/u.test(words[0]!) && !titleCase) return true;
  return NAMING_CUES.test(before) && attribution.subject !== null;
}

/** The last character of a quote that is not itself a closing mark or bracket: `…end.’”` → `.`. */
function lastCharBeforeClosers(words: string): string {
  let end = words.length;
  while (end > 0 && CLOSERS.has(words.charAt(end - 1))) end--;
  return words.charAt(end - 1);
}

const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '\u2019', '\u201D', ')', ']']);

/**
 * "Morning Joe", "State of the Union.", "A Lamplighter's Christmas.": every
 * word capitalised but the short function words, as in a title.
 */
function isTitleCase(words: readonly string[]): boolean {
  // "the Wizard of Plywood": a leading article may stay lower case.
  const start = words.length > 1 && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an') ? 1 : 0;
  const [first, ...rest] = words.slice(start);
  if (first === undefined || !/^\P{Ll}/u.test(first)) return false;
  const content = rest.filter((word) => !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  return content.length > 0 && content.every((word) => /^\P{Ll}/u.test(word));
}

/** Words that stay lower case in a title: "State **of the** Union". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs.']);
