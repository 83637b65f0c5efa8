import { ACRONYM, spanText } from '../grammar/tokens.js';
import { FIRST_NAME_GENDER } from '../lexicon/first-names.js';
import type { Gender } from '../lexicon/honorifics.js';
import { ORGANISATION_WORDS } from '../lexicon/names.js';
import { GENDERED_PRONOUNS } from '../lexicon/pronouns.js';
import { GENDERED_TITLES } from '../lexicon/titles.js';
import type { AnalysedText, Entities, Entity, Mentions, NameMention, TokenIndex } from './document.js';

/** An entity while the mentions are read: the stage fills it in, then returns it read-only. */
type WorkingEntity = { -readonly [Field in keyof Entity]: Entity[Field] } & { titles: string[] };

/**
 * Builds the document's people and organisations from its name mentions:
 * later mentions ("Powell", "Mr. Biden") link to the fullest name seen
 * ("Colin Powell"), and each entity gathers the titles, honorifics and
 * gender evidence of its mentions. Gender comes from the document first
 * (honorifics, gendered titles, a he/she right after the name), then from
 * the first-name list.
 *
 * @internal
 */
export function linkEntities(doc: AnalysedText, mentions: Mentions): Entities {
  const { names } = mentions;
  const list: WorkingEntity[] = [];
  const byLastWord = new Map<string, number[]>();
  const ofMention = new Int32Array(names.length);
  names.forEach((mention, index) => {
    ofMention[index] = linkEntity(list, byLastWord, mention);
  });
  learnGenderFromPronouns(doc, names, list, ofMention);
  for (const entity of list) {
    if (entity.gender !== null) continue;
    const firstName = entity.nameWords.length > 1 ? entity.nameWords[0] : undefined;
    const gender: Gender | undefined = firstName === undefined ? undefined : FIRST_NAME_GENDER.get(firstName);
    if (gender !== undefined) {
      entity.gender = gender;
      entity.person = true;
    }
  }
  return { list, ofMention };
}

/** How many earlier entities with the same last word a name is compared with. */
const LINK_REACH = 64;

/** Finds or creates the entity for a name, preferring the most recent one with the same surname. */
function linkEntity(entities: WorkingEntity[], byLastWord: Map<string, number[]>, mention: NameMention): number {
  const { words, title, honorific } = mention;
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
    entities.push({ name, nameWords: lower, title, titles: title === null ? [] : [title], gender, person, organisation });
    candidates.push(entities.length - 1);
    return entities.length - 1;
  }
  const entity = entities[found]!;
  if (lower.length > entity.nameWords.length) {
    entity.name = name;
    entity.nameWords = lower;
  }
  if (title !== null && !entity.titles.includes(title)) {
    entity.titles.push(title);
    entity.title = fullestTitle(entity.titles);
  }
  entity.gender ??= gender;
  entity.person ||= person;
  return found;
}

/** The title with the most words, the first of those: "Republican presidential nominee" over "nominee". */
function fullestTitle(titles: readonly string[]): string {
  let fullest = titles[0]!;
  let most = wordCount(fullest);
  for (const title of titles) {
    const count = wordCount(title);
    if (count > most) {
      fullest = title;
      most = count;
    }
  }
  return fullest;
}

function wordCount(text: string): number {
  return text.split(/[\s-]+/).length;
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
  doc: AnalysedText,
  names: readonly NameMention[],
  entities: readonly WorkingEntity[],
  ofMention: TokenIndex,
): void {
  const { tokens, quoteAt } = doc;
  names.forEach((mention, index) => {
    const entity = entities[ofMention[index]!]!;
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
