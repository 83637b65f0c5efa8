import { ACRONYM, isCapitalised, isPossessive, spanText } from '../grammar/tokens.js';
import { FIRST_NAME_GENDER } from '../lexicon/first-names.js';
import { HONORIFICS, type Gender } from '../lexicon/honorifics.js';
import { NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, ORGANISATION_WORDS } from '../lexicon/names.js';
import { TITLE_COMPLEMENTS, TITLE_HEADS } from '../lexicon/titles.js';
import type { AnalysedText, Mentions, NameMention, Token } from './document.js';

/**
 * Finds the people and organisations named outside quotes, with the title
 * before the name or in an appositive after it. The wink lite model has no
 * named-entity recogniser, so names come from capitalisation and POS tags.
 *
 * @internal
 */
export function findMentions(doc: AnalysedText): Mentions {
  const { tokens, quoteAt, paragraphAt } = doc;
  // Hint: a title or appositive never reaches across a quote mark or a paragraph break.
  const outside = (index: number): boolean => quoteAt[index]! < 0;
  const within = (index: number, paragraph: number): boolean => outside(index) && paragraphAt[index] === paragraph;
  const names: NameMention[] = [];
  const nameAt = new Int32Array(tokens.length).fill(-1);

  let index = 0;
  const headlines = findHeadlines(tokens, paragraphAt);
  while (index < tokens.length) {
    // Hint: only a capital or a particle can start a name; skipping the rest keeps this pass cheap.
    const start = tokens[index]!;
    if (!isCapitalised(start.text) && !NAME_PARTICLES.has(start.lower)) {
      index++;
      continue;
    }
    const core = headlines.has(paragraphAt[index]!) ? null : readNameCore(tokens, index, (at) => within(at, paragraphAt[index]!));
    if (core === null) {
      index++;
      continue;
    }
    let { first: nameFirst } = core;
    const nameLast = core.last;
    index = nameLast + 1;
    // "Arab countries", "the NATO summit": a name used as a modifier is no mention of anyone.
    const next = tokens[nameLast + 1];
    // So is one before a title: "German Chancellor Angela Merkel", "White House spokesman Scott McClellan".
    if (next !== undefined && outside(nameLast + 1) && (TITLE_HEADS.has(next.lower) || (MODIFIED_POS.has(next.pos) && !isCapitalised(next.text)))) continue;
    const paragraph = paragraphAt[nameFirst]!;
    const here = (at: number): boolean => within(at, paragraph);
    let honorific: Gender | null | undefined;
    const before = tokens[nameFirst - 1];
    if (before !== undefined && HONORIFICS.has(before.lower) && here(nameFirst - 1)) {
      honorific = HONORIFICS.get(before.lower) ?? null;
      nameFirst--;
    }
    let titleBefore = readTitleBefore(tokens, nameFirst, here);
    if (titleBefore !== null && titleBefore.complement) {
      nameFirst = skipComplement(tokens, nameFirst, nameLast);
      titleBefore = { ...titleBefore, title: spanText(tokens, titleBefore.first, nameFirst - 1) };
    }
    const appositive = readAppositive(tokens, nameLast, here);
    const mentionIndex = names.length;
    names.push({
      first: titleBefore?.first ?? nameFirst,
      nameFirst,
      nameLast,
      last: appositive?.last ?? nameLast,
      title: titleBefore?.title ?? appositive?.title ?? null,
      honorific,
      words: tokens.slice(nameFirst, nameLast + 1).filter((token) => !HONORIFICS.has(token.lower)),
    });
    for (let at = nameFirst; at <= nameLast; at++) nameAt[at] = mentionIndex;
    // Names inside an appositive ("the U.S. ambassador to Canada") describe this person; they are not mentions.
    if (appositive !== null) index = appositive.last + 1;
  }

  return { names, nameAt };
}

/**
 * Paragraphs that read as headlines: short, no final punctuation, nearly
 * every word capitalised ("Tidewater Rovers Coach Resigns"). Their capitals
 * say nothing about names.
 */
function findHeadlines(tokens: readonly Token[], paragraphAt: Int32Array): Set<number> {
  const headlines = new Set<number>();
  let first = 0;
  for (let at = 1; at <= tokens.length; at++) {
    if (at < tokens.length && paragraphAt[at] === paragraphAt[first]) continue;
    if (at - first <= 15 && isHeadline(tokens, first, at)) headlines.add(paragraphAt[first]!);
    first = at;
  }
  return headlines;
}

/** Whether tokens `first` to `end` (exclusive) read as a headline: see {@link findHeadlines}. */
function isHeadline(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let at = first; at < end; at++) {
    const { text } = tokens[at]!;
    if (!/^\p{L}/u.test(text)) continue;
    words++;
    if (isCapitalised(text)) capitalised++;
  }
  return words >= 2 && capitalised >= 0.75 * words && !/^[.!?"”’:]$/.test(tokens[end - 1]!.text);
}

/** What a name modifies when it is used as an adjective: "Arab countries", "the NATO summit", "German twin town". */
const MODIFIED_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

// Hint: AUX for "Will Doyle", which wink reads as the modal; NOT_NAME_WORDS and the
// checks in readNameCore keep sentence openers out.
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'INTJ', 'VERB', 'AUX']);

/** Whether a token can be part of a name: "Rice", "D.", "O'Neil". */
function isNameWord(token: Token): boolean {
  if (!isCapitalised(token.text) || !NAME_POS.has(token.pos)) return false;
  if (NOT_NAME_WORDS.has(token.lower) || TITLE_HEADS.has(token.lower) || HONORIFICS.has(token.lower)) return false;
  return !/\d/.test(token.text);
}

/** Reads the run of name words starting at `index`, with particles (de, van) inside or leading it. */
function readNameCore(
  tokens: readonly Token[],
  index: number,
  outside: (index: number) => boolean,
): { first: number; last: number } | null {
  let at = index;
  let last = -1;
  while (at < tokens.length && outside(at)) {
    const token = tokens[at]!;
    if (isNameWord(token)) {
      last = at;
    } else if (last >= 0 && last === at - 1 && token.start === tokens[last]!.end && /^\p{L}+$/u.test(token.text)) {
      // "Vasić": wink may split a name at a letter it does not know; the pieces touch.
      last = at;
    } else if (last === at - 1 && isJoiningHyphen(tokens, at)) {
      // "Reyes-Holt", "Saint-Aubry": wink splits hyphenated names.
    } else if (NAME_PARTICLES.has(token.lower) && tokens[at + 1] !== undefined && isNameWord(tokens[at + 1]!)) {
      // A particle joins only what follows it: "de Hoop Scheffer".
    } else if (last >= 0 && NAME_SUFFIXES.has(token.lower)) {
      last = at;
      break;
    } else {
      break;
    }
    at++;
  }
  if (last < 0) return null;
  // "Outside the courthouse": a lone capitalised word before an article opens a sentence; it names no one.
  if (last === index && tokens[last + 1]?.pos === 'DET') return null;
  // A lone participle is a sentence opener ("Briefing reporters…", "Deadlocked over details"), not a name.
  if (last === index && tokens[index]!.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[index]!.lower)) return null;
  return { first: index, last };
}

/** A hyphen written tight between two name words. */
function isJoiningHyphen(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at]!;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    hyphen.text === '-' &&
    before !== undefined &&
    after !== undefined &&
    before.end === hyphen.start &&
    hyphen.end === after.start &&
    isNameWord(after)
  );
}

interface TitleBefore {
  readonly first: number;
  readonly title: string;
  /** The title ends in "of/to/for X": the name may start after X. */
  readonly complement: boolean;
}

const TITLE_LINKS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'on', '-', '&', 'and']);
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Reads a title written before a name, walking left from it:
 * "National Security Adviser", "White House spokesman", "U.S. ambassador to NATO",
 * "Iraq's interim prime minister," (a title set off by a comma).
 */
function readTitleBefore(tokens: readonly Token[], nameFirst: number, outside: (index: number) => boolean): TitleBefore | null {
  let end = nameFirst - 1;
  const commaSet = tokens[end]?.text === ',';
  if (commaSet) end--;
  // The words between a head and the name may be its complement: "Secretary of State [Colin Powell]".
  let head = -1;
  let first = -1;
  let complement = false;
  for (let at = end; at >= 0 && end - at < 10 && outside(at); at--) {
    const token = tokens[at]!;
    if (TITLE_HEADS.has(token.lower)) {
      head = head < 0 ? at : head;
      first = at;
    } else if (isPossessive(token)) {
      if (head < 0 || at === 0 || !isCapitalised(tokens[at - 1]!.text)) break;
      first = at;
    } else if (TITLE_LINKS.has(token.lower)) {
      if (at === 0 || !TITLE_HEADS.has(tokens[at - 1]!.lower)) {
        if (token.text !== '-') break;
      }
      if (head < 0) complement = true;
    } else if ((MODIFIER_POS.has(token.pos) || isCapitalised(token.text)) && !NOT_NAME_WORDS.has(token.lower) && token.text !== ',') {
      if (head < 0 && !isCapitalised(token.text)) break;
      first = at;
    } else {
      break;
    }
  }
  if (head < 0 || first < 0) return null;
  // A comma-set title must end in its head: "the minister, Iyad Allawi", not "in Turkey, Rice".
  if (commaSet && head !== end) return null;
  while (first < head && TITLE_LINKS.has(tokens[first]!.lower)) first++;
  return { first, title: spanText(tokens, first, end), complement: complement || head < end };
}

/** Drops the complement of a title from the front of a name: "[NATO] Nicholas Burns", "[State] Colin Powell". */
function skipComplement(tokens: readonly Token[], nameFirst: number, nameLast: number): number {
  let at = nameFirst;
  while (at < nameLast) {
    const token = tokens[at]!;
    const acronym = ACRONYM.test(token.text);
    if (!acronym && !TITLE_COMPLEMENTS.has(token.lower) && !ORGANISATION_WORDS.has(token.lower)) break;
    at++;
  }
  for (let probe = at; probe < nameLast; probe++) {
    if (FIRST_NAME_GENDER.has(tokens[probe]!.lower)) return probe;
  }
  return at;
}

/** A relative clause ends the title part of an appositive: "a pollster whose firm…" → "pollster". */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'that', 'whom']);

const APPOSITIVE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PART', 'NUM', 'CCONJ']);

/** Reads ", the U.S. ambassador to NATO," after a name; returns its last token (before the closing comma). */
function readAppositive(
  tokens: readonly Token[],
  nameLast: number,
  outside: (index: number) => boolean,
): { last: number; title: string | null } | null {
  if (tokens[nameLast + 1]?.text !== ',') return null;
  let at = nameLast + 2;
  let head = -1;
  let possessive = -1;
  const start = at;
  for (; at < tokens.length && at - start < 12 && outside(at); at++) {
    const token = tokens[at]!;
    if (token.text === ',' || token.text === '.' || token.text === ';' || RELATIVE_WORDS.has(token.lower)) break;
    if (isPossessive(token)) possessive = at;
    else if (token.text === "'" || token.text === '’') continue;
    else if (TITLE_HEADS.has(token.lower)) head = at;
    else if (!APPOSITIVE_POS.has(token.pos) && token.text !== '-' && token.text !== '&') return null;
  }
  const last = at - 1;
  if (last < start) return null;
  // "a glaciologist at the University of Vestmark": after an article, the noun before any preposition is a role.
  const closed = at < tokens.length && outside(at);
  if (head < 0 && closed && ARTICLES.has(tokens[start]!.lower)) head = describedRole(tokens, start + 1, last);
  // An age ("Abraham, 92,") is an appositive without a title.
  if (head < 0) return tokens[start]!.pos === 'NUM' && last === start ? { last, title: null } : null;
  let first = start;
  if (tokens[first]!.pos === 'DET') first++;
  // Hint: keep a named possessor ("Iraq's interim prime minister"), drop a common one ("the hospital's chief executive").
  if (possessive >= first && possessive < head && !isCapitalised(tokens[possessive - 1]!.text)) first = possessive + 1;
  return { last, title: spanText(tokens, first, last) };
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The last lower-case noun before the first preposition in `first..last`, or -1. */
function describedRole(tokens: readonly Token[], first: number, last: number): number {
  let role = -1;
  for (let at = first; at <= last; at++) {
    const token = tokens[at]!;
    if (token.pos === 'ADP') break;
    if (token.pos === 'NOUN' && !isCapitalised(token.text)) role = at;
  }
  return role;
}
