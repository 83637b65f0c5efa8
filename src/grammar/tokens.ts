import { POSSESSIVE_DETERMINERS } from '../lexicon/function-words.js';
import { SUBJECT_FORMS } from '../lexicon/pronouns.js';
import { ANY_QUOTE_MARK } from '../lexicon/quote-marks.js';
import { MODIFIER_POS } from './pos.js';
import type { Range, Token } from '../pipeline/document.js';

/** Whether a token is the possessive ending wink splits off a word: "Iraq**'s**", "AA**’s**". @internal */
export function isPossessive(token: Token): boolean {
  return token.text === "'s" || token.text === '’s';
}

/**
 * The apostrophe of a plural possessive: written tight after a word in -s, with a word after it ("Farmers**'**
 * Union", "Sanders**’** campaign"). @internal
 */
export function isPluralPossessive(tokens: readonly Token[], at: number): boolean {
  const mark = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return mark !== undefined && (mark.text === "'" || mark.text === '\u2019') && before !== undefined && after !== undefined
    && before.end === mark.start && before.lower.endsWith('s') && after.start > mark.end && /^\p{L}/u.test(after.text);
}

/** Whether token `at` marks a possessive, singular ("Iraq's") or plural ("Sanders' campaign"). @internal */
export function isPossessiveAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && (isPossessive(token) || isPluralPossessive(tokens, at));
}

/** Whether a word starts with a capital letter, ASCII or not. @internal */
export function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  return code > 127 && text.charAt(0) !== text.charAt(0).toLowerCase();
}

/** Whether a UTF-16 code unit is what `/\s/` matches: JavaScript's white space and line terminators. @internal */
export function isWhiteSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f
    || code === 0x3000 || code === 0xfeff;
}

/** The ending of a participle: "briefing", "deadlocked". @internal */
export const PARTICIPLE_ENDING = /(?:ing|ed)$/;

/** "NATO", "U.S.", "E.U.": capitals, each perhaps with a point. @internal */
export const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** The source text of tokens `first..last`, with the spacing of the input. @internal */
export function spanText(tokens: readonly Token[], first: number, last: number): string {
  let text = tokens[first]!.text;
  for (let at = first + 1; at <= last; at++) {
    const token = tokens[at]!;
    text += (token.start > tokens[at - 1]!.end ? ' ' : '') + token.text;
  }
  return text;
}

/** A determiner, possessive ones included: "**the** mayor", "**his** lawyer". @internal */
export function isDeterminer(token: Token): boolean {
  return token.pos === 'DET' || POSSESSIVE_DETERMINERS.has(token.lower);
}

/** A number or a percent sign, which counts or heads a share of a group: "**85%** of Democrats", "**six** in 10". @internal */
export function isCount(token: Token): boolean {
  return token.pos === 'NUM' || token.text === '%';
}

/** A finite verb or an auxiliary: the phrase before it is its subject ("the chamber **will** vote"). @internal */
export function isFiniteVerb(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'AUX' || (token.pos === 'VERB' && !token.lower.endsWith('ing')));
}

/**
 * Whether a finite verb stands at `at`, past adverbs, up to `last`: in "…, said the chamber will vote" the phrase before
 * it is the subject of a clause of its own. @internal
 */
export function isFiniteVerbAfter(tokens: readonly Token[], at: number, last: number): boolean {
  while (at <= last && tokens[at]!.pos === 'ADV') at++;
  return at <= last && isFiniteVerb(tokens[at]);
}

/** Whether two ranges share a character. @internal */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A lower-case adjective or noun: "state" in "the state Department of Corrections", "borough" in "Harlow borough council". @internal */
export function isLowerModifier(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'ADJ' || token.pos === 'NOUN') && !isCapitalised(token.text);
}

/** A hyphen written tight between two words: "best-selling", "co-director", not the dash of "WASHINGTON - Senator". */
export function isTightHyphen(tokens: readonly Token[], at: number): boolean {
  return isTightMark(tokens, at, '-');
}

/** Whether token `at` is `mark` written tight between two words, no space either side: "best-selling", "Penal/Debe". @internal */
export function isTightMark(tokens: readonly Token[], at: number, mark: string): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return token?.text === mark && before !== undefined && after !== undefined && before.end === token.start && token.end === after.start;
}

/**
 * "the commission's **written** guidance", "the company's **recall** notice": a word the tagger reads as a verb right
 * after a possessive modifies the noun after it; it is no verb of a clause.
 */
export function isModifierAfterPossessive(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.pos === 'VERB' && at > 0 && isPossessive(tokens[at - 1]!);
}

/**
 * Whether token `at` is an object pronoun right after "according to": "according to **him**", not the possessive of
 * "according to her lawyers" or of "according to her \"clawback\" plan". @internal
 */
export function isAccordingToObject(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  // Hint: a possessive determiner stands before a modifier or a noun ("her **lawyers**", "her **own** staff").
  return tokens[at - 2]?.lower === 'according' && tokens[at - 1]!.lower === 'to' && SUBJECT_FORMS.has(tokens[at]?.lower ?? '')
    && (next === undefined || (!MODIFIER_POS.has(next.pos) && !ANY_QUOTE_MARK.test(next.text)));
}
