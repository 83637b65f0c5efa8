import type { Token } from './analyse-text.js';
import { FIRST_NAME_GENDER } from '../lexicon/first-names.js';
import { HONORIFICS, type Gender } from '../lexicon/honorifics.js';
import { NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, ORGANISATION_WORDS } from '../lexicon/names.js';
import { GENDERED_PRONOUNS } from '../lexicon/pronouns.js';
import { GENDERED_TITLES, TITLE_COMPLEMENTS, TITLE_HEADS } from '../lexicon/titles.js';
import { isPossessive } from '../grammar/possessive.js';

/**
 * A mention of a named person or organisation, with the title and
 * appositive around it. Token indices are inclusive.
 * @internal
 */
export interface NameMention {
  /** First token of the whole phrase: the title before the name, or the honorific, or the name. */
  readonly first: number;
  /** First token of the name itself (an honorific counts as part of the name). */
  readonly nameFirst: number;
  /** Last token of the name. */
  readonly nameLast: number;
  /** Last token of the phrase: the end of an appositive after the name, or the name. */
  readonly last: number;
  /** Title as written, if this mention carries one. */
  readonly title: string | null;
  /** Index into {@link Mentions.entities}. */
  readonly entity: number;
}

/** A person or organisation named in the document. @internal */
export interface Entity {
  /** The most complete form of the name seen so far. */
  name: string;
  /** Name tokens, lower case, without honorifics: for matching later mentions by surname. */
  nameWords: string[];
  title: string | null;
  gender: Gender | null;
  /** Whether anything marks it as a person (a title, an honorific, a first name, a pronoun) rather than a place or body. */
  person: boolean;
  /** Named like a body ("Skyway Airlines", "NATO"): never the antecedent of he or she. */
  organisation: boolean;
}

/** @internal */
export interface Mentions {
  readonly names: readonly NameMention[];
  readonly entities: readonly Entity[];
  /** For each token, the index in `names` of the mention whose name covers it, or -1. */
  readonly nameAt: Int32Array;
}

/**
 * Finds the people and organisations named outside quotes, with their
 * titles, and links later mentions ("Powell", "Mr. Biden") to the fullest
 * name seen ("Colin Powell"). The wink lite model has no named-entity
 * recogniser, so names come from capitalisation and POS tags.
 *
 * @param tokens all tokens of the text
 * @param quoteAt for each token, the quote it lies in, or -1 (see locateTokens)
 * @param paragraphAt for each token, its paragraph
 * @internal
 */
export function findMentions(tokens: readonly Token[], quoteAt: Int32Array, paragraphAt: Int32Array): Mentions {
  // Hint: a title or appositive never reaches across a quote mark or a paragraph break.
  const outside = (index: number): boolean => quoteAt[index]! < 0;
  const within = (index: number, paragraph: number): boolean => outside(index) && paragraphAt[index] === paragraph;
  const names: NameMention[] = [];
  const entities: Entity[] = [];
  const byLastWord = new Map<string, number[]>();
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
    const words = tokens.slice(nameFirst, nameLast + 1).filter((token) => !HONORIFICS.has(token.lower));
    const title = titleBefore?.title ?? appositive?.title ?? null;
    const entity = linkEntity(entities, byLastWord, words, title, honorific);
    names.push({
      first: titleBefore?.first ?? nameFirst,
      nameFirst,
      nameLast,
      last: appositive?.last ?? nameLast,
      title,
      entity,
    });
    for (let at = nameFirst; at <= nameLast; at++) nameAt[at] = mentionIndex;
    // Names inside an appositive ("the U.S. ambassador to Canada") describe this person; they are not mentions.
    if (appositive !== null) index = appositive.last + 1;
  }

  learnGenderFromPronouns(tokens, names, entities, quoteAt);
  for (const entity of entities) {
    if (entity.gender !== null) continue;
    const firstName = entity.nameWords.length > 1 ? entity.nameWords[0] : undefined;
    const gender = firstName === undefined ? undefined : FIRST_NAME_GENDER.get(firstName);
    if (gender !== undefined) {
      entity.gender = gender;
      entity.person = true;
    }
  }
  return { names, entities, nameAt };
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

function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  return code > 127 && text.charAt(0) !== text.charAt(0).toLowerCase();
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

/** The source text of tokens `first..last`, with the spacing of the input. */
function spanText(tokens: readonly Token[], first: number, last: number): string {
  let text = tokens[first]!.text;
  for (let at = first + 1; at <= last; at++) {
    const token = tokens[at]!;
    text += (token.start > tokens[at - 1]!.end ? ' ' : '') + token.text;
  }
  return text;
}

/** How many earlier entities with the same last word a name is compared with. */
const LINK_REACH = 64;

/** "NATO", "U.S.", "E.U.": capitals, each perhaps with a point. */
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/** Finds or creates the entity for a name, preferring the most recent one with the same surname. */
function linkEntity(
  entities: Entity[],
  byLastWord: Map<string, number[]>,
  words: readonly Token[],
  title: string | null,
  honorific: Gender | null | undefined,
): number {
  const lower = words.map((token) => token.lower);
  const name = spanText(words, 0, words.length - 1);
  const organisation = lower.some((word) => ORGANISATION_WORDS.has(word)) || ACRONYM.test(name);
  const lastWord = lower[lower.length - 1]!;
  // Hint: both ways of matching need the same last word, so only entities ending in it are candidates.
  let candidates = byLastWord.get(lastWord);
  if (candidates === undefined) {
    candidates = [];
    byLastWord.set(lastWord, candidates);
  }
  let found = -1;
  // Hint: the most recent few suffice, and keep a text of thousands of Smiths linear.
  for (let at = candidates.length - 1; at >= 0 && at >= candidates.length - LINK_REACH && found < 0; at--) {
    const known = entities[candidates[at]!]!.nameWords;
    if (endsWith(known, lower) || (known.length === 1 && lower.length > 1)) found = candidates[at]!;
  }
  const titleGender = title === null ? undefined : GENDERED_TITLES.get(title.split(/[\s-]/).pop()!.toLowerCase());
  const gender = honorific ?? titleGender ?? null;
  const person = !organisation && (title !== null || honorific !== undefined || (lower.length > 1 && FIRST_NAME_GENDER.has(lower[0]!)));
  if (found < 0) {
    entities.push({ name, nameWords: lower, title, gender, person, organisation });
    candidates.push(entities.length - 1);
    return entities.length - 1;
  }
  const entity = entities[found]!;
  if (lower.length > entity.nameWords.length) {
    entity.name = name;
    entity.nameWords = lower;
  }
  entity.title ??= title;
  entity.gender ??= gender;
  entity.person ||= person;
  return found;
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length) return false;
  const offset = words.length - tail.length;
  return tail.every((word, index) => words[offset + index] === word);
}

/**
 * A name followed, before any other name, by he/his or she/her tells that
 * person's gender: the document's own evidence outranks the first-name list.
 */
function learnGenderFromPronouns(
  tokens: readonly Token[],
  names: readonly NameMention[],
  entities: Entity[],
  quoteAt: Int32Array,
): void {
  names.forEach((mention, index) => {
    const entity = entities[mention.entity]!;
    // A lone word ("Harwell", "Iraq") may be a place: only a fuller name learns from a pronoun.
    if (entity.gender !== null || entity.organisation || (entity.nameWords.length < 2 && !entity.person)) return;
    // "a presence in Iraq and said he…": the object of a preposition is rarely what the next pronoun means.
    if (tokens[mention.first - 1]?.pos === 'ADP') return;
    const nextName = names[index + 1]?.first ?? tokens.length;
    const limit = Math.min(nextName, mention.last + 25);
    for (let at = mention.last + 1; at < limit; at++) {
      const gender = quoteAt[at]! < 0 ? GENDERED_PRONOUNS.get(tokens[at]!.lower) : undefined;
      // "South Carolina, he said": a pronoun set off by a comma right after the name is someone else.
      if (gender !== undefined && at === mention.last + 2 && tokens[at - 1]!.text === ',') return;
      if (gender !== undefined) {
        entity.gender = gender;
        entity.person = true;
        return;
      }
    }
  });
}
