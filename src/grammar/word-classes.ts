import { FORWARD_MODIFIERS, ORGANISATION_KIND_WORDS } from '../lexicon/descriptions.js';
import { FIRST_NAME_GENDER } from '../lexicon/first-names.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, ORGANISATION_WORDS } from '../lexicon/names.js';
import { GENDERED_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { NO_COMMENT_PHRASES, PARTICLE_REPORTING_VERBS, REPORTING_VERBS, SOURCE_PHRASES, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { CAPITALS_TITLE_HEADS, PARTY_NOUNS, TITLE_HEADS, TITLE_PHRASES } from '../lexicon/titles.js';
import { isCapitalised } from './tokens.js';

/**
 * The lexicons (and the few single words) that the stages ask about at nearly
 * every token, or at every capitalised one, as bits of a token's `classes`.
 * The analysis stage reads them once per word of wink's lexicon, so a stage
 * tests a bit where it would look a string up in a Set or compare strings
 * (several times dearer, and done millions of times per megabyte of text).
 * Each bit means exactly "the lexicon has the token's lower-case form", or
 * "the lower-case form is that word", or for the last two what the word looks
 * like as written. @internal
 */
export const WORD_CLASS = {
  /** Can start a cue or a reporting verb: a verb of speech, a reporting verb, or the first word of a source phrase. */
  eventFirst: 1 << 0,
  /** The first word of a source phrase ("according" of "according to"). */
  sourcePhraseFirst: 1 << 1,
  /** The last word of a source phrase ("to" of "according to"). */
  sourcePhraseLast: 1 << 2,
  /** A name particle: "de", "van". */
  nameParticle: 1 << 3,
  /** A name suffix: "Jr.", "III". */
  nameSuffix: 1 << 4,
  /** A capitalised word that is never part of a name. */
  notNameWord: 1 << 5,
  /** An honorific: "Mr.", "Dr". */
  honorific: 1 << 6,
  /** A listed first name. */
  firstName: 1 << 7,
  /** A title head: "senator", "spokesman". */
  titleHead: 1 << 8,
  /** The first word of a title phrase ("first" of "first lady"). */
  titlePhraseFirst: 1 << 9,
  /** The last word of a title phrase ("lady" of "first lady"). */
  titlePhraseLast: 1 << 10,
  /** A modifier that puts a role ahead in time: "next", "future". */
  forwardModifier: 1 << 11,
  /** A subject pronoun: "he", "she", "it", "they". */
  subjectPronoun: 1 << 12,
  /** The first word of a no-comment phrase ("declined" of "declined to comment"). */
  noCommentFirst: 1 << 13,
  /** "the", which every definite description opens. */
  the: 1 << 14,
  /** "as", which may give a role ("as Chicago mayor"). */
  as: 1 << 15,
  /** "who", which may be a relative pronoun. */
  who: 1 << 16,
  /** The word as written starts with a capital ({@link isCapitalised}). */
  capitalised: 1 << 17,
  /** The word as written starts with a letter. */
  startsWithLetter: 1 << 18,
  /** A pronoun that tells a gender: "he", "her", "himself". */
  genderedPronoun: 1 << 19,
  /** A word that marks a body's name: "Bank", "Union", "Office". */
  bodyWord: 1 << 20,
  /** A word of a kind of organisation: "airline", "bank". */
  organisationKindWord: 1 << 21,
  /** A party noun or the plural of a title head, which may open a run of capitals before a name (see {@link isLeadingTitleWord}). */
  leadingTitleWord: 1 << 22,
  /** One token of a role noun after a hyphen (see {@link isHyphenatedTitleHead}). */
  hyphenatedTitleHead: 1 << 23,
  /** A mark that may end a sentence, as written: ".", "!", "?", "...", "…". */
  finalMark: 1 << 24,
  /** The word as written holds a digit: "2016", "R-3rd". */
  hasDigit: 1 << 25,
} as const;

/** The first words of multi-word lexicon entries, for the bits that mark them. */
const EVENT_FIRSTS: ReadonlySet<string> = new Set([...SOURCE_PHRASES.map((phrase) => phrase[0]), ...SPEECH_VERBS.keys(), ...REPORTING_VERBS.keys(), ...PARTICLE_REPORTING_VERBS.keys()]);
const SOURCE_PHRASE_FIRSTS: ReadonlySet<string> = new Set(SOURCE_PHRASES.map((phrase) => phrase[0]));
const SOURCE_PHRASE_LASTS: ReadonlySet<string> = new Set(SOURCE_PHRASES.map((phrase) => phrase[phrase.length - 1]!));
const TITLE_PHRASE_FIRSTS: ReadonlySet<string> = new Set(TITLE_PHRASES.map((phrase) => phrase[0]!));
const TITLE_PHRASE_LASTS: ReadonlySet<string> = new Set(TITLE_PHRASES.map((phrase) => phrase[phrase.length - 1]!));
const NO_COMMENT_FIRSTS: ReadonlySet<string> = new Set(NO_COMMENT_PHRASES.map((phrase) => phrase[0]!));

const STARTS_WITH_LETTER = /^\p{L}/u;
const DIGIT = /\d/;

/** The {@link WORD_CLASS} bits of a word as written and its lower-case form. @internal */
export function wordClasses(word: string, lower: string): number {
  const casedHead = CAPITALS_TITLE_HEADS.has(lower) && word === word.toUpperCase();
  return (isCapitalised(word) ? WORD_CLASS.capitalised : 0)
    | (STARTS_WITH_LETTER.test(word) ? WORD_CLASS.startsWithLetter : 0)
    | (EVENT_FIRSTS.has(lower) ? WORD_CLASS.eventFirst : 0)
    | (SOURCE_PHRASE_FIRSTS.has(lower) ? WORD_CLASS.sourcePhraseFirst : 0)
    | (SOURCE_PHRASE_LASTS.has(lower) ? WORD_CLASS.sourcePhraseLast : 0)
    | (NAME_PARTICLES.has(lower) ? WORD_CLASS.nameParticle : 0)
    | (NAME_SUFFIXES.has(lower) ? WORD_CLASS.nameSuffix : 0)
    | (NOT_NAME_WORDS.has(lower) ? WORD_CLASS.notNameWord : 0)
    | (HONORIFICS.has(lower) && !casedHead ? WORD_CLASS.honorific : 0)
    | (FIRST_NAME_GENDER.has(lower) ? WORD_CLASS.firstName : 0)
    | (TITLE_HEADS.has(lower) || casedHead ? WORD_CLASS.titleHead : 0)
    | (TITLE_PHRASE_FIRSTS.has(lower) ? WORD_CLASS.titlePhraseFirst : 0)
    | (TITLE_PHRASE_LASTS.has(lower) ? WORD_CLASS.titlePhraseLast : 0)
    | (FORWARD_MODIFIERS.has(lower) ? WORD_CLASS.forwardModifier : 0)
    | (SUBJECT_PRONOUNS.has(lower) ? WORD_CLASS.subjectPronoun : 0)
    | (NO_COMMENT_FIRSTS.has(lower) ? WORD_CLASS.noCommentFirst : 0)
    | (lower === 'the' ? WORD_CLASS.the : 0)
    | (lower === 'as' ? WORD_CLASS.as : 0)
    | (lower === 'who' ? WORD_CLASS.who : 0)
    | (GENDERED_PRONOUNS.has(lower) ? WORD_CLASS.genderedPronoun : 0)
    | (ORGANISATION_WORDS.has(lower) ? WORD_CLASS.bodyWord : 0)
    | (ORGANISATION_KIND_WORDS.has(lower) ? WORD_CLASS.organisationKindWord : 0)
    | (isLeadingTitleWord(lower) ? WORD_CLASS.leadingTitleWord : 0)
    | (isHyphenatedTitleHead(lower) ? WORD_CLASS.hyphenatedTitleHead : 0)
    | (word === '.' || word === '!' || word === '?' || word === '...' || word === '…' ? WORD_CLASS.finalMark : 0)
    | (DIGIT.test(word) ? WORD_CLASS.hasDigit : 0);
}

/** A party noun ("Republican") or the plural of a title head ("Representatives", "Congressmen"). */
function isLeadingTitleWord(lower: string): boolean {
  if (PARTY_NOUNS.has(lower)) return true;
  if (lower.endsWith('men')) return TITLE_HEADS.has(`${lower.slice(0, -3)}man`);
  return lower.endsWith('s') && TITLE_HEADS.has(lower.slice(0, -1));
}

const LOWER_CASE_LETTERS = /^\p{Ll}+$/u;

/** "vice-chancellor", "co-owner", "ex-minister" as one token: a role noun after a hyphen that follows lower-case letters. */
function isHyphenatedTitleHead(lower: string): boolean {
  const hyphen = lower.lastIndexOf('-');
  return hyphen > 0 && LOWER_CASE_LETTERS.test(lower.slice(0, hyphen)) && TITLE_HEADS.has(lower.slice(hyphen + 1));
}
