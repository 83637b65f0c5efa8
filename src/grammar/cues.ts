import type { Token } from '../pipeline/document.js';
import { ARTICLES, PASSIVE_AUXILIARIES } from '../lexicon/function-words.js';
import { TIME_WORDS } from '../lexicon/time-words.js';
import {
  ALWAYS_VERBS,
  COUNTED_SAY_FORMS,
  PARTICLE_REPORTING_VERBS,
  REPORTING_PARTICLES,
  REFUSAL_FORMS,
  REPORTING_VERBS,
  SOURCE_PHRASES,
  SPEECH_VERBS,
  type CueStrength,
} from '../lexicon/speech-verbs.js';
import { VERB_POS } from './pos.js';
import { isCount, isFiniteVerb } from './tokens.js';
import { WORD_CLASS } from './word-classes.js';

/** A speech cue: a verb of speech, or a phrase like "according to". Token indices are inclusive. @internal */
export interface Cue {
  readonly first: number;
  readonly last: number;
  readonly strength: CueStrength;
  /** "according to": the source follows the cue, and no subject precedes it. */
  readonly sourceAfter: boolean;
}

/**
 * Whether a cue ({@link cueAt}) or a reporting verb ({@link reportingVerbAt}) may start at this token: most tokens
 * start neither, which one bit of the token tells before their four lookups. @internal
 */
export function mayStartEvent(token: Token): boolean {
  return (token.classes & WORD_CLASS.eventFirst) !== 0;
}

/** Whether the words of `phrase` are tokens `first..`. @internal */
export function phraseAt(tokens: readonly Token[], first: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) if (tokens[first + offset]?.lower !== phrase[offset]) return false;
  return true;
}

/**
 * Reads the speech cue starting at token `index`, if there is one.
 *
 * @internal
 */
export function cueAt(tokens: readonly Token[], index: number): Cue | null {
  const token = tokens[index];
  // Hint: this runs for every token of a window; most start no cue, which one bit tells before the lookups.
  if (token === undefined || (token.classes & WORD_CLASS.eventFirst) === 0) return null;
  if ((token.classes & WORD_CLASS.sourcePhraseFirst) !== 0) {
    for (const phrase of SOURCE_PHRASES) {
      if (phraseAt(tokens, index, phrase)) return { first: index, last: index + phrase.length - 1, strength: 'speech', sourceAfter: true };
    }
  }
  const strength = SPEECH_VERBS.get(token.lower);
  if (strength === undefined) return null;
  // "United States", "Read": a capitalised form is a verb only where a sentence starts.
  if (token.text !== token.lower && !followsOpeningMark(tokens, index)) return null;
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !ALWAYS_VERBS.has(token.lower) && !taggedAsNounAfterSubject(tokens, index)) {
    return null;
  }
  if (modifiesObjectOfPreposition(tokens, index) || isInfinitiveInSubject(tokens, index)) return null;
  return { first: index, last: index, strength, sourceAfter: false };
}

/**
 * "wrote that the right to **protest** was '…'": an infinitive after a noun with an auxiliary right after it belongs
 * to the subject of that auxiliary; it says nothing itself.
 */
function isInfinitiveInSubject(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.lower === 'to' && tokens[index - 2]?.pos === 'NOUN' && tokens[index + 1]?.pos === 'AUX';
}

/** How many words the noun phrase of a preposition may have before a participle that modifies it. */
const PREPOSITION_PHRASE_REACH = 4;

/**
 * "said in a notice **posted** on its website", "said Monday in an interview **published** that day": a participle
 * in -ed right after the object of a preposition that hangs on a verb modifies that noun; it is no verb of its own.
 * Not when the preposition hangs on a noun, which may be the subject: "one man in the public gallery **shouted**".
 */
function modifiesObjectOfPreposition(tokens: readonly Token[], index: number): boolean {
  if (!tokens[index]!.lower.endsWith('ed') || tokens[index - 1]?.pos !== 'NOUN') return false;
  for (let at = index - 2; at > 0 && index - at <= PREPOSITION_PHRASE_REACH + 1; at--) {
    const token = tokens[at]!;
    if (token.pos === 'ADP') {
      const before = tokens[at - 1]!;
      // "A memo obtained by the Herald **warned**": after the agent of a participle that modifies a noun comes the verb.
      if (token.lower === 'by' && before.pos === 'VERB' && tokens[at - 2]?.pos === 'NOUN') return false;
      return before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'ADV' || TIME_WORDS.has(before.lower);
    }
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'DET' && token.pos !== 'NUM') return false;
  }
  return false;
}

/** A mark after which a sentence or a quote opens. */
const OPENING_MARK = /^[.!?:"“”‘’']$/;

/** Whether token `index` follows a mark after which a sentence or a quote opens, or starts the text. @internal */
export function followsOpeningMark(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before === undefined || OPENING_MARK.test(before.text);
}

/** "Henry reports", "Bennett shot back": wink tags some verbs of speech as nouns right after a name. */
function taggedAsNounAfterSubject(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return (
    before !== undefined &&
    (before.pos === 'PROPN' || before.pos === 'PRON' || before.text === ')')
  );
}

/**
 * Finds the cue whose last token is `index` ("according to" read backwards from "to").
 *
 * @internal
 */
export function cueEndingAt(tokens: readonly Token[], index: number): Cue | null {
  // Hint: as in cueAt, one bit rules out most tokens.
  if (index >= 0 && ((tokens[index]?.classes ?? 0) & WORD_CLASS.sourcePhraseLast) !== 0) {
    for (const phrase of SOURCE_PHRASES) {
      const first = index - phrase.length + 1;
      if (first >= 0 && phraseAt(tokens, first, phrase)) return { first, last: index, strength: 'speech', sourceAfter: true };
    }
  }
  const cue = cueAt(tokens, index);
  return cue !== null && !cue.sourceAfter ? cue : null;
}

/**
 * The lemma of the reporting verb at token `index` ("denied" → "deny"), read
 * as {@link cueAt} reads a verb of speech, or null.
 *
 * @internal
 */
export function reportingVerbAt(tokens: readonly Token[], index: number, headline = false): string | null {
  const token = tokens[index];
  if (token === undefined) return null;
  const lemma = REPORTING_VERBS.get(token.lower) ?? particleVerbAt(tokens, index);
  if (lemma === undefined || stateAsNoun(tokens, index) || isCompoundNounHead(tokens, index, lemma)) return null;
  if (token.text !== token.lower && !headline && !followsOpeningMark(tokens, index)) return null;
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !ALWAYS_VERBS.has(token.lower) && !taggedAsNounAfterSubject(tokens, index)
    && !taggedAsNounAfterCount(tokens, index) && !participleBeforeReport(tokens, index) && !particleBeforeThat(tokens, index)
    && !taggedAsNounBeforeReport(tokens, index)) {
    return null;
  }
  if (modifiesObjectOfPreposition(tokens, index) || isInfinitiveInSubject(tokens, index)) return null;
  return lemma;
}

/**
 * "a Georgia **state** line", "the **state** lawmaker": the noun, which wink often tags as a verb; so "Rust Belt
 * **states** underscored", "Pennsylvania **states** that have", where no clause follows ("Trump states that he…" does).
 */
function stateAsNoun(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (tokens[index]!.lower === 'states') {
    if (before === undefined || !STATES_NOUN_BEFORE_POS.has(before.pos)) return false;
    const clause = after !== undefined && (after.lower === 'that' ? !VERB_POS.has(tokens[index + 2]?.pos ?? '') : after.pos === 'PRON' || after.pos === 'DET');
    return !clause;
  }
  if (tokens[index]!.lower !== 'state') return false;
  return (after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN'))
    || (before !== undefined && (before.pos === 'PROPN' || before.pos === 'ADJ' || before.pos === 'DET'));
}

/**
 * "a coffee **counter** in the corner", "the council **report**": a plain form after an article and a singular noun is
 * the head of a noun compound, which the tagger may read as a verb: a finite verb there would take -s or -ed.
 */
function isCompoundNounHead(tokens: readonly Token[], index: number, lemma: string): boolean {
  const noun = tokens[index - 1];
  const article = tokens[index - 2];
  return tokens[index]!.lower === lemma && noun !== undefined && article !== undefined && noun.pos === 'NOUN' && !noun.lower.endsWith('s')
    && ARTICLES.has(article.lower);
}

/** "Union leaders **point** out that": a verb with its particle and "that" after it, which wink may tag as a noun. */
function particleBeforeThat(tokens: readonly Token[], index: number): boolean {
  return particleVerbAt(tokens, index) !== undefined && tokens[index + 2]?.lower === 'that';
}

/** Tags of the word before "states" the noun: "Rust Belt states", "Southern states", "five states", "the states". */
const STATES_NOUN_BEFORE_POS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NUM', 'DET']);

/** The lemma of a reporting verb with its particle at `index` ("**pointed** out that"), or undefined. */
function particleVerbAt(tokens: readonly Token[], index: number): string | undefined {
  const lemma = PARTICLE_REPORTING_VERBS.get(tokens[index]!.lower);
  return lemma !== undefined && tokens[index + 1]?.lower === REPORTING_PARTICLES.get(lemma) ? lemma : undefined;
}

/**
 * The last token of the reporting verb at `index`: its particle for a verb
 * that has one ("pointed **out**"), else the verb itself.
 *
 * @internal
 */
export function reportingVerbEnd(tokens: readonly Token[], index: number): number {
  return particleVerbAt(tokens, index) === undefined ? index : index + 1;
}

/** "About 4 in 10 say", "47% say": wink tags "say" after a count as a noun ("12 states" stays a noun). */
function taggedAsNounAfterCount(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before !== undefined && isCount(before) && COUNTED_SAY_FORMS.has(tokens[index]!.lower);
}

/** How many words a report's subject may have before its verb, when it tells a verb of speech from a noun: "the Harlow board **ruled**". */
const REPORT_SUBJECT_REACH = 4;

/**
 * "The Turkish government **claims** Gulen runs…", "a third **say** they don't know", "scholars **caution** that…":
 * wink tags some verbs of speech as nouns after a noun. A clause after one shows the verb: a pronoun or a name with a
 * finite verb, or, for a plain form after a plural noun (no noun compound reads "scholars caution"), "that".
 */
function taggedAsNounBeforeReport(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const next = tokens[index + 1];
  if (token.pos !== 'NOUN' || before === undefined || next === undefined || !SUBJECT_END_POS.has(before.pos)) return false;
  if (next.lower === 'that') return !token.lower.endsWith('s') && before.pos === 'NOUN' && /[^s]s$/.test(before.lower);
  if (next.pos !== 'PRON' && next.pos !== 'PROPN') return false;
  for (let at = index + 2; at < tokens.length && at - index <= REPORT_SUBJECT_REACH; at++) {
    const word = tokens[at]!;
    if (isFiniteVerb(word)) return true;
    if (word.pos !== 'PROPN') return false;
  }
  return false;
}

/** Tags of the word that ends a subject before its verb: "government", "Lynch" (which wink may tag a verb), "a third". */
const SUBJECT_END_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** "…, promising to lift the rules": wink tags some participles as adjectives; "to" or "that" after one shows the verb. */
function participleBeforeReport(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1]?.lower;
  return tokens[index]!.lower.endsWith('ing') && (next === 'to' || next === 'that');
}

/** How far back from a cue a negation or passive auxiliary may stand: "did not **immediately** say". */
const AUXILIARY_REACH = 3;

/** Whether one of `words` stands just before the verb at `at`, past adverbs and other auxiliaries. */
/** "declined to say", "refused to tell": whether the verb at `at` is an infinitive after a verb of refusing. */
export function isRefusedAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'to' && REFUSAL_FORMS.has(tokens[at - 2]?.lower ?? '');
}

export function auxiliaryBefore(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  for (let probe = at - 1; probe >= 0 && at - probe <= AUXILIARY_REACH; probe--) {
    const token = tokens[probe]!;
    if (words.has(token.lower)) return true;
    if (token.pos !== 'ADV' && token.pos !== 'AUX' && token.pos !== 'PART') return false;
  }
  return false;
}

/** Whether the verb at `at` is passive: "was told", "is being asked"; not "was telling". */
export function isPassive(tokens: readonly Token[], at: number): boolean {
  return !tokens[at]!.lower.endsWith('ing') && auxiliaryBefore(tokens, at, PASSIVE_AUXILIARIES);
}
