import type { Document, Range, Subject, Token } from '../pipeline/document.js';
import { cueAt, isRefusedAt, type Cue } from './cues.js';
import { FUNCTION_POS, MODIFIER_POS } from './pos.js';
import { ageEndingAt } from './descriptions.js';
import { DOCUMENT_NOUNS, GENDERED_PERSON_NOUNS, INDEFINITE_SUBJECTS, KIN_NOUNS, ORGANISATION_NOUNS, POLLED_PARTICIPLES, QUANTIFIERS, SHARE_WORDS, UNNAMED_ROLES } from '../lexicon/descriptions.js';
import { APPROXIMATORS, CLAUSE_OPENING_PREPOSITIONS, COUNT_COMPARATIVES, FLOATING_QUANTIFIERS, INDEFINITE_OPENERS, LOCATING_PREPOSITIONS, NEGATIONS, POSSESSIVE_DETERMINERS, RELATIVE_WORDS, WH_RELATIVE_WORDS } from '../lexicon/function-words.js';
import { REFLEXIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { COMPASS_WORDS } from '../lexicon/names.js';
import { DASHES } from '../lexicon/punctuation.js';
import { DATE_WORDS } from '../lexicon/time-words.js';
import { QUOTING_FORMS, SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { PARTY_NOUNS, TITLE_HEADS } from '../lexicon/titles.js';
import { ACRONYM, isAccordingToObject, isCapitalised, isCount, isDeterminer, isLowerModifier, isModifierAfterPossessive, isPossessive, isPossessiveAt, isTightHyphen, PARTICIPLE_ENDING } from './tokens.js';
import { WORD_CLASS } from './word-classes.js';
import { partitionPoint } from './partition-point.js';

// Who is speaking: the subject a cue is said by, read from the tokens around it
// (a name with its title, a pronoun, or a noun phrase). Used by the attribution sieves.

/** How far the sieves look from a quote, in tokens: an attribution sits close to its quote. */
export const WINDOW = 40;

/** Words that may sit between a subject and its verb: "Rice **also** said", "he **later** told". */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/** How far after a quote its cue may be: `"…," Malkia Cyril, the executive director at …, told`. */
export const SUBJECT_SPAN = 30;

/**
 * The subject written between a quote and its verb: a name (with any title,
 * parenthesis or appositive after it), a pronoun, or a noun phrase
 * ("a narrator in the Clinton ad"). A clause of its own in between (a
 * finite verb not inside an appositive) means the verb is not this quote's cue.
 */
export function subjectInRange(doc: Document, first: number, last: number): Subject | null {
  const { tokens, mentions } = doc;
  // "Sotomayor has said", "he later told": auxiliaries and adverbs before the verb belong to it.
  while (last > first && BETWEEN_SUBJECT_AND_VERB.has(tokens[last]!.pos)) last--;
  // "South Carolina, he said, was …": the pronoun right before the verb is its subject.
  if (last > first && SUBJECT_PRONOUN_WORDS.has(tokens[last]!.lower) && tokens[last - 1]!.text === ',') return pronounSubject(doc, last);
  const head = tokens[first]!;
  if (SUBJECT_PRONOUN_WORDS.has(head.lower)) {
    // "it further wrote", "he later told": at most two words between a pronoun and its verb.
    return last - first <= 2 && !tokens.slice(first + 1, last + 1).some((token) => token.pos === 'PUNCT') ? pronounSubject(doc, first) : null;
  }
  // "Texas-based Matt Mackowiak said": a name right before the verb, after modifiers of its own.
  const ending = mentions.nameAt[last]!;
  // "parents at Westmoor Primary said", "a spokeswoman for the state Department of Corrections said": a name after a
  // preposition inside the subject is not who speaks.
  const inPhrase = ending >= 0 && afterPreposition(tokens, mentions.names[ending]!.nameFirst, first);
  if (ending >= 0 && !inPhrase && mentions.names[ending]!.nameLast === last && !hasClause(tokens, first, mentions.names[ending]!.nameFirst - 1)) {
    return nameSubject(doc, ending);
  }
  const named = mentionStartingAt(doc, first);
  // `"…," Mayor Ana Vell's spokesman said`: the name is the possessor of the one who speaks.
  const possessed = named >= 0 ? possessedSpeaker(doc, named, last) : -1;
  if (possessed === last) return nominalSubject(doc, mentions.names[named]!.first, possessed);
  if (named >= 0) {
    const mention = mentions.names[named]!;
    const after = mention.last + 1;
    if (after > last || tokens[after]!.text === ',' || tokens[after]!.text === '(' || !hasClause(tokens, after, last)) {
      return nameSubject(doc, named);
    }
    return null;
  }
  // `"…," one senior nurse, who asked not to be named, said`: a noun phrase before an aside set off by commas.
  const beforeAside = tokens[last]!.text === ',' ? phraseBeforeAside(doc, last, first) : null;
  if (beforeAside !== null) return beforeAside;
  if (hasClause(tokens, first, last) || last - first > 10) return null;
  return nominalStartingAt(doc, first, last);
}

/**
 * Whether a name starting at `nameFirst` follows a preposition after `first`, past an article and the lower-case
 * modifiers after it ("for the state Department"), or past adjectives alone ("in northern Tarkent"); without an article
 * a noun is a title's complement ("secretary of state Rita Vance").
 */
function afterPreposition(tokens: readonly Token[], nameFirst: number, first: number): boolean {
  let at = nameFirst - 1;
  for (let modifiers = 0; at > first && modifiers < 2 && MODIFIER_POS.has(tokens[at]!.pos) && !isCapitalised(tokens[at]!.text); modifiers++) at--;
  if (at > first && isDeterminer(tokens[at]!)) at--;
  else at = adjectivesBefore(tokens, nameFirst, first) - 1;
  return at > first && tokens[at]!.pos === 'ADP';
}

/**
 * The first of the lower-case adjectives right before token `nameFirst` and after `first`, at most two, a hyphened one
 * counting once ("northern", "west-central", "rural southern"); `nameFirst` when there are none.
 */
function adjectivesBefore(tokens: readonly Token[], nameFirst: number, first: number): number {
  let start = nameFirst;
  for (let count = 0; count < 2 && start - 1 > first && (tokens[start - 1]!.pos === 'ADJ' || isCompassAt(tokens, start - 1)) && !isCapitalised(tokens[start - 1]!.text); count++) {
    start--;
    if (start - 2 > first && isTightHyphen(tokens, start - 1) && !isCapitalised(tokens[start - 2]!.text)) start -= 2;
  }
  return start;
}

/** Whether tokens `first..last` hold a finite verb: a clause of their own. */
function hasClause(tokens: readonly Token[], first: number, last: number): boolean {
  let depth = 0;
  for (let at = first; at <= last; at++) {
    const token = tokens[at]!;
    if (token.text === '(' || token.text === ',') depth++;
    else if (token.text === ')') depth = Math.max(0, depth - 1);
    // "Texas-based": a participle hyphened to a word is a modifier, not a clause; "Hollis Springs High School": a
    // capitalised word after another is part of a name, whatever its tag.
    else if (depth === 0 && (token.pos === 'VERB' || token.pos === 'AUX') && tokens[at - 1]?.text !== '-' && !isModifierAfterPossessive(tokens, at)
      && !(at > first && isCapitalised(token.text) && isCapitalised(tokens[at - 1]!.text))) return true;
  }
  return false;
}

export function tokenRange(tokens: readonly Token[], first: number, last: number): Range {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

function pronounSubject(doc: Document, token: number): Subject {
  return { kind: 'pronoun', token, span: tokenRange(doc.tokens, token, token) };
}

function nominalSubject(doc: Document, first: number, last: number, head = last): Subject {
  return { kind: 'nominal', first, last, head, span: tokenRange(doc.tokens, first, last) };
}

export function nameSubject(doc: Document, mention: number): Subject {
  const name = doc.mentions.names[mention]!;
  return { kind: 'name', mention, span: tokenRange(doc.tokens, name.nameFirst, name.nameLast) };
}

/** The speaker pronouns, and "who", which speaks for the name just before it (see {@link isSubjectPronoun}). */
const SUBJECT_PRONOUN_WORDS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS.keys(), 'who']);

/** "who" speaks only as a relative pronoun right after its name ("Lynch, who told"), not in "asked who". */
function isSubjectPronoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (!SUBJECT_PRONOUN_WORDS.has(token.lower)) return false;
  if (token.lower !== 'who') return true;
  const before = tokens[at - 1];
  return before !== undefined && (before.text === ',' || before.pos === 'PROPN');
}

const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** A subject that starts at token `at`: a name (with its title), a pronoun, or a noun phrase. */
function subjectStartingAt(doc: Document, at: number, limit: number): Subject | null {
  const { tokens, mentions, quoteAt } = doc;
  if (at > limit || quoteAt[at]! >= 0) return null;
  if (isSubjectPronoun(tokens, at)) return pronounSubject(doc, at);
  const named = mentions.nameAt[at]!;
  const mentionHere = mentionStartingAt(doc, at);
  const possessed = mentionHere >= 0 ? possessedSpeaker(doc, mentionHere, limit) : -1;
  if (possessed >= 0) return nominalSubject(doc, mentions.names[mentionHere]!.first, possessed);
  if (mentionHere >= 0) return nameSubject(doc, mentionHere);
  if (named >= 0) return nameSubject(doc, named);
  return nominalStartingAt(doc, at, limit);
}

/**
 * A common noun, also where it opens its sentence and the tagger reads its capital as a name's ("**Officials** at the
 * Harlow Transit Authority said").
 */
function isCommonNounAt(doc: Document, at: number): boolean {
  const token = doc.tokens[at]!;
  return token.pos === 'NOUN' || (token.pos === 'PROPN' && doc.mentions.nameAt[at]! < 0 && sentenceStart(doc, at) === at);
}

/** How many modifiers may stand between a possessive and the noun it owns: "Vell's **chief** spokesman". */
const POSSESSED_REACH = 3;

/**
 * "Mayor Ana Vell's spokesman", "Vell's campaign manager": where a name mention is the possessor of a speaker noun
 * (a role, a body, a document; not a relative, whom the resolver reads through the name), that noun's token, up to
 * `limit`; else -1.
 */
function possessedSpeaker(doc: Document, index: number, limit: number): number {
  const { tokens } = doc;
  const mark = doc.mentions.names[index]!.last + 1;
  if (!isPossessiveAt(tokens, mark)) return -1;
  let head = -1;
  for (let at = mark + 1; at <= limit && at - mark <= POSSESSED_REACH; at++) {
    const token = tokens[at]!;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ') break;
    if (token.pos === 'NOUN') head = at;
  }
  return head >= 0 && !KIN_NOUNS.has(tokens[head]!.lower) && isSpeakerNoun(tokens[head]!.lower) ? head : -1;
}

/** The name mention whose phrase (title included) starts at token `at`, or -1. */
function mentionStartingAt(doc: Document, at: number): number {
  const { mentions, tokens } = doc;
  let found = -1;
  // "said the university's vice-chancellor, Dr Helen Marlow": a title whose common possessor was left out of it
  // starts past "the university's".
  const start = isDeterminer(tokens[at]!) && tokens[at + 2] !== undefined && isPossessive(tokens[at + 2]!) ? at + 3 : at;
  for (let probe = at; probe < at + 10 && probe < mentions.nameAt.length; probe++) {
    const index = mentions.nameAt[probe]!;
    if (index < 0 || index === found) continue;
    const mention = mentions.names[index]!;
    if (mention.first > start) break;
    // "said Pellham's chief executive, Annika Strand": the person whose title starts here, not the company.
    found = index;
    if (mention.first === at && mention.nameFirst > at) break;
  }
  return found;
}

/** A noun phrase starting at `at`: "a police spokesman", "the company", "officials". */
function nominalStartingAt(doc: Document, at: number, limit: number): Subject | null {
  const { tokens, quoteAt } = doc;
  if (INDEFINITE_SUBJECTS.has(tokens[at]!.lower) && (at === limit || !NOUN_PHRASE_POS.has(tokens[at + 1]!.pos))) {
    return nominalSubject(doc, at, at);
  }
  let last = at;
  if (isDeterminer(tokens[at]!)) last++;
  let head = -1;
  let mainHead = -1;
  while (last <= limit && quoteAt[last]! < 0) {
    const token = tokens[last]!;
    // Hint: an acronym is a noun whatever its tag ("Harlow's IT division": wink reads "IT" as a pronoun).
    const acronym = ACRONYM.test(token.text);
    // "the father-of-four said": any word wink split off at a tight hyphen is part of the one word.
    // "a teacher at Hollis Springs High School": a word inside a name, whatever its tag (wink reads "Springs" as a verb).
    // So is any word inside a name used as a modifier: "a Department for Culture, Media and Sport spokesperson".
    if (NOUN_PHRASE_POS.has(token.pos) || isPossessiveAt(tokens, last) || token.text === '-' || acronym || isTightHyphen(tokens, last - 1) || isCompassAt(tokens, last)
      || isModifierAfterPossessive(tokens, last) || (last > at && doc.mentions.nameAt[last]! >= 0 && doc.mentions.nameAt[last] === doc.mentions.nameAt[last - 1])
      || (last > at && isInModifier(doc, last)) || isCoordinatedAdjective(tokens, last)) {
      // "a mother of two": a count after "of" ends the phrase as a noun would.
      if (token.pos === 'NOUN' || token.pos === 'PROPN' || acronym || (head >= 0 && isTightHyphen(tokens, last - 1)) || isNominalAdjective(tokens, last)
        || isNounAfterPossessive(tokens, last) || (token.pos === 'NUM' && tokens[last - 1]?.lower === 'of')) head = last;
      last++;
    } else if (head >= 0 && token.pos === 'ADP' && last < limit && isNounPhraseStart(tokens, last + 1)) {
      // "a narrator in the Clinton ad", "the mother of three": a prepositional phrase inside the subject.
      if (mainHead < 0) mainHead = head;
      last++;
      if (isDeterminer(tokens[last]!)) last++;
    } else break;
  }
  if (head < 0) return null;
  const named = doc.mentions.nameAt[head]!;
  // "officials at the Harlow Transit Authority": the body right after the preposition is where the speakers work, not
  // who speaks; but in "secretary of state Hillary Clinton" the whole phrase is the name's title.
  // Hint: a head capitalised only as its sentence's first word is a common noun ("Police in Tarnberg said").
  // So is a title written in capitals ("A GP in Harlow said"), which is no name.
  const namedHead = mainHead >= 0 && isCapitalised(tokens[mainHead]!.text) && !(ACRONYM.test(tokens[mainHead]!.text) && TITLE_HEADS.has(tokens[mainHead]!.lower))
    && (doc.mentions.nameAt[mainHead]! >= 0 || doc.sentences[doc.sentenceAt[mainHead]!]!.first !== mainHead);
  const inPhrase = named >= 0 && mainHead >= 0 && !namedHead && objectOfPreposition(tokens, doc.mentions.names[named]!.first);
  if (named >= 0 && !inPhrase) return nameSubject(doc, named);
  // "a statement from the authority's executive director, Victor Amankwah": the name the phrase introduces.
  const introduced = tokens[head + 1]?.text === ',' ? doc.mentions.nameAt[head + 2] ?? -1 : -1;
  if (introduced >= 0 && doc.mentions.names[introduced]!.first <= head) return nameSubject(doc, introduced);
  // "the 61-year-old said": an age ends at "old", after the noun "year".
  const end = ageEndingAt(tokens, head + 2) === null ? head : head + 2;
  return nominalSubject(doc, at, end, mainHead >= 0 ? mainHead : end);
}

/** "a mechanical **and** electrical subcontractor": "and" between two adjectives before a noun. */
function isCoordinatedAdjective(tokens: readonly Token[], at: number): boolean {
  return tokens[at]!.lower === 'and' && tokens[at - 1]?.pos === 'ADJ' && tokens[at + 1]?.pos === 'ADJ';
}

/**
 * "a regular at the centre said", "a local told": an adjective right after the article, with no noun after it, is
 * the phrase's head (wink tags both words ADJ).
 */
function isNominalAdjective(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  // Hint: "One senior academic, who …,": past adjectives, "one" counts a person as an article would.
  let opener = index - 1;
  while (tokens[opener]?.pos === 'ADJ') opener--;
  const previous = tokens[opener];
  return tokens[index]!.pos === 'ADJ' && previous !== undefined && (isDeterminer(previous) || previous.lower === 'one') && next !== undefined && !NOUN_PHRASE_POS.has(next.pos) && next.text !== '-';
}

/** "a porter at the hotel's **lodge**": a word the tagger reads as a verb after a possessive, ending the phrase, is its noun. */
function isNounAfterPossessive(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isModifierAfterPossessive(tokens, index) && (next === undefined || !NOUN_PHRASE_POS.has(next.pos));
}

/** Whether the phrase starting at `first` comes right after a preposition, or its article: "at **Westmoor**", "at the **Harlow**", "for the state **Department**". */
function objectOfPreposition(tokens: readonly Token[], first: number): boolean {
  return afterPreposition(tokens, first, -1);
}


function isNounPhraseStart(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  return isDeterminer(token) || NOUN_PHRASE_POS.has(token.pos) || isCompassAt(tokens, at);
}

/** "in **south** Belfast": a compass point before a capitalised name, whatever its tag. */
function isCompassAt(tokens: readonly Token[], at: number): boolean {
  return COMPASS_WORDS.has(tokens[at]!.lower) && tokens[at + 1] !== undefined && isCapitalised(tokens[at + 1]!.text);
}

/** How many tokens the source after "according to" may have when it reads as no name, pronoun or noun phrase. */
const ACCORDING_SPAN = 8;

/**
 * "**A neighbour across the hall** pointed at the window", "**Her neighbour** pointed": a description that opens the
 * sentence `first..last` with an indefinite article, "one", "another" or a possessive, as the subject of its verb;
 * null when the sentence opens otherwise.
 */
export function introducedSubject(doc: Document, first: number, last: number): Subject | null {
  const { tokens } = doc;
  if (!INDEFINITE_OPENERS.has(tokens[first]!.lower) && !POSSESSIVE_DETERMINERS.has(tokens[first]!.lower)) return null;
  const subject = nominalStartingAt(doc, first, last);
  if (subject === null || subject.kind !== 'nominal' || !isPersonNoun(tokens[subject.head]!.lower)) return null;
  // Hint: "A reporter asked Sanders …": with a person named in the sentence, the pronoun may be theirs.
  for (let at = subject.last + 1; at <= last; at++) if (doc.mentions.nameAt[at]! >= 0) return null;
  const next = tokens[subject.last + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') ? subject : null;
}

/** A noun for a person: a role, a relation or a gendered noun ("neighbour", "daughter", "woman"); not "appointment". */
function isPersonNoun(lower: string): boolean {
  return TITLE_HEADS.has(lower) || UNNAMED_ROLES.has(lower) || KIN_NOUNS.has(lower) || GENDERED_PERSON_NOUNS.has(lower);
}

/**
 * `according to exit polls`, `according to police`: whatever follows "according to", up to the next punctuation,
 * when it reads as no subject (the tagger may take "exit" or "police" for a verb); its last word is its head.
 */
export function phraseAfter(doc: Document, at: number, limit: number): Subject | null {
  const { tokens, quoteAt } = doc;
  let last = at - 1;
  while (last + 1 <= limit && last + 1 - at < ACCORDING_SPAN && quoteAt[last + 1]! < 0 && tokens[last + 1]!.pos !== 'PUNCT') last++;
  while (last >= at && FUNCTION_POS.has(tokens[last]!.pos)) last--;
  // Hint: "according to police", "according to records": after "to" the tagger often reads a plural as a verb.
  if (last < at || !/\p{L}/u.test(tokens[last]!.text)) return null;
  return nominalSubject(doc, at, last);
}

/** The first token of a source's phrase: the title before a name, the determiner of a noun phrase. */
export function phraseStart(doc: Document, source: Subject): number {
  switch (source.kind) {
    case 'name':
      return doc.mentions.names[source.mention]!.first;
    case 'pronoun':
      return source.token;
    case 'nominal':
      return source.first;
  }
}

/** The last token of a source's phrase, with any appositive after a name. */
export function phraseEnd(doc: Document, source: Subject): number {
  switch (source.kind) {
    case 'name':
      return doc.mentions.names[source.mention]!.last;
    case 'pronoun':
      return source.token;
    case 'nominal':
      return source.last;
  }
}

/** The subject after a cue: `said [White House spokesman Scott McClellan]`, `according to [officials]`. */
export function subjectAfter(doc: Document, at: number, limit: number): Subject | null {
  const { tokens } = doc;
  // "According to her, …": after "according to" the object form names the source.
  if (at <= limit && isAccordingToObject(tokens, at)) return pronounSubject(doc, at);
  // Hint: "told reporters", "said Thursday": skip a time word or an object before a name.
  const subject = subjectStartingAt(doc, at, limit);
  if (subject === null || subject.kind !== 'pronoun') return subject;
  // "said he" inverts only in a few fixed forms; "said it" is never a source.
  return tokens[at]!.lower === 'it' ? null : subject;
}

/** How far "as saying" may stand from the verb "quoted": past the name and an appositive. */
const QUOTED_REACH = 16;

/**
 * `the website quoted [Ms. Lint], the editor, as saying`: the one quoted speaks, not the one who
 * quotes. The subject after the form of "quote" at `verb`, when "as" and a verb of speech in -ing
 * follow it before `last`; else null.
 */
export function quotedSpeaker(doc: Document, verb: number, last: number): Subject | null {
  const { tokens, quoteAt } = doc;
  if (!QUOTING_FORMS.has(tokens[verb]?.lower ?? '')) return null;
  const subject = subjectAfter(doc, verb + 1, last);
  if (subject === null) return null;
  for (let at = verb + 2; at < last && at - verb <= QUOTED_REACH; at++) {
    if (quoteAt[at]! >= 0) return null;
    const next = tokens[at + 1]!;
    if (tokens[at]!.lower === 'as' && next.lower.endsWith('ing') && SPEECH_VERBS.has(next.lower)) return subject;
  }
  return null;
}

/** `quoted Ms. Lint as [saying], "…"`: the one quoted, for the participle after "as"; else null. */
function quotedBefore(doc: Document, cue: Cue, first: number): Subject | null {
  if (doc.tokens[cue.first - 1]?.lower !== 'as') return null;
  for (let verb = cue.first - 2; verb >= first && cue.first - verb <= QUOTED_REACH; verb--) {
    if (QUOTING_FORMS.has(doc.tokens[verb]!.lower)) return quotedSpeaker(doc, verb, cue.last);
  }
  return null;
}

/**
 * The subject of a cue: the one just before it, or, for a participle set off
 * by a comma (`Weaver …, telling reporters, "…"`, `by saying he would…`), the subject of its clause.
 */
export function subjectOfCue(doc: Document, cue: Cue, first: number): Subject | null {
  const { tokens } = doc;
  const quoted = quotedBefore(doc, cue, first);
  if (quoted !== null) return quoted;
  // "A spokesman declined to say when …": the one who declined.
  const subject = isRefusedAt(tokens, cue.first) ? subjectBefore(doc, cue.first - 3, first) : subjectBefore(doc, cue.first - 1, first);
  // "the board said it was recommending the offer '…' and warned that …": a verb joined right after a quote that
  // ends its clause shares the subject of the verb of speech before the quote.
  const joined = tokens[cue.first - 1]?.lower === 'and' || tokens[cue.first - 1]?.lower === 'but';
  const afterQuote = doc.quoteAt[cue.first - 2]! >= 0 || (tokens[cue.first - 2]?.text === ',' && doc.quoteAt[cue.first - 3]! >= 0);
  if (subject === null && joined && afterQuote) return subjectOfEarlierCue(doc, cue.first - 1, doc.sentences[doc.sentenceAt[cue.first]!]!.first);
  // "she released a statement saying": a participle after an object speaks for the clause's subject.
  if (!tokens[cue.first]!.lower.endsWith('ing') || (subject !== null && subject.kind !== 'nominal')) return subject;
  // "a top GOP strategist said …, saying": the participle shares the subject of the verb before it; set off by a
  // comma, of the first one, its main clause's ("Reyl said he had asked …, describing the errors as"), not of a
  // verb inside the report.
  const setOff = tokens[cue.first - 1]?.text === ',';
  return subjectOfEarlierCue(doc, cue.first - 1, first, setOff) ?? clauseSubject(doc, first, cue.first - 1) ?? subject;
}

/**
 * The subject of the latest verb of speech (no participle) before token `before` and from `first`, outside quotes, or
 * of the earliest with `earliest`; or null.
 */
function subjectOfEarlierCue(doc: Document, before: number, first: number, earliest = false): Subject | null {
  const { tokens, quoteAt } = doc;
  let found: Subject | null = null;
  for (let at = before - 1; at >= first; at--) {
    if (quoteAt[at]! >= 0) continue;
    const earlier = cueAt(tokens, at);
    if (earlier === null || earlier.sourceAfter || tokens[at]!.lower.endsWith('ing')) continue;
    const shared = subjectBefore(doc, at - 1, first);
    if (shared !== null && !earliest) return shared;
    found = shared ?? found;
  }
  return found;
}

/**
 * The subject of the clause in `first..last`: the one before its first verb
 * ("Minutes later, [she] sent an email saying"), else the first name or pronoun in it.
 */
function clauseSubject(doc: Document, first: number, last: number): Subject | null {
  const { tokens, quoteAt } = doc;
  for (let at = first; at <= last; at++) {
    if (quoteAt[at]! >= 0 || (tokens[at]!.pos !== 'VERB' && tokens[at]!.pos !== 'AUX')) continue;
    const subject = subjectBefore(doc, at - 1, first);
    if (subject !== null) return subject;
    break;
  }
  return firstSubjectIn(doc, first, last);
}

/**
 * The first token of the sentence that holds token `at`, within {@link WINDOW} and after any quote before it.
 * `at` may be one past the last token: a quote mark wink dropped (after a lone surrogate) has no token of its own.
 */
export function sentenceStart(doc: Document, at: number): number {
  const sentence = doc.sentences[doc.sentenceAt[Math.min(at, doc.tokens.length - 1)]!];
  if (sentence === undefined) return at;
  const limit = Math.max(sentence.first, at - WINDOW);
  let first = at;
  while (first > limit && doc.quoteAt[first - 1]! < 0) first--;
  return first;
}

/**
 * The verb or adjective that the infinitive whose "to" is token `to` hangs on, past a particle ("went **on** to say"):
 * `continues to insist`, `appeared to suggest`, `are quick to note`; -1 for anything else ("a way to report profits").
 *
 * @internal
 */
export function infinitiveHead(tokens: readonly Token[], to: number, first: number): number {
  if (tokens[to]?.lower !== 'to') return -1;
  let head = to - 1;
  if (head > first && tokens[head]!.pos === 'ADP') head--;
  if (head < first) return -1;
  const word = tokens[head]!;
  return word.pos === 'VERB' || (word.pos === 'ADJ' && tokens[head - 1]?.pos === 'AUX') ? head : -1;
}

/**
 * The subject that ends just before a cue: `[Powell] said`, `[a police spokesman] also said`,
 * `[Burns], the U.S. ambassador, said`, `[Rep. Gwen Moore] (D-Wis.) said`.
 */
function subjectBefore(doc: Document, at: number, first: number): Subject | null {
  const { tokens, mentions, quoteAt } = doc;
  at = skipAuxiliaries(tokens, at, first);
  // "He went on to say", "she wanted to add", "Farmers are quick to note": the subject of the word the infinitive
  // hangs on (skipAuxiliaries has stepped back over the particle "to").
  const hangsOn = infinitiveHead(tokens, tokens[at]?.lower === 'to' ? at : at + 1, first);
  if (hangsOn >= 0) {
    at = skipAuxiliaries(tokens, hangsOn - 1, first);
    // "It is worth noting", "it is important to note": the writer's own aside, no speaker.
    if (tokens[hangsOn]!.pos === 'ADJ' && tokens[at]?.lower === 'it') return null;
  }
  at = pastInterveningWords(tokens, at, first);
  if (at >= first && tokens[at]!.text === ')') {
    let open = at - 1;
    while (open >= first && at - open < 12 && tokens[open]!.text !== '(') open--;
    if (open < first || tokens[open]!.text !== '(') return null;
    at = open - 1;
  }
  if (at < first || quoteAt[at]! >= 0) return null;
  if (tokens[at]!.text === ',' || isAsideDash(tokens, at)) return interruptedSubject(doc, at, first);
  const token = tokens[at]!;
  // "Trump returned … and declared", "The senator conceded …, but said": the subject of a coordinated verb is the
  // clause's.
  if (token.lower === 'and' || token.lower === 'but') return clauseSubject(doc, first, tokens[at - 1]?.text === ',' ? at - 2 : at - 1);
  if (isSubjectPronoun(tokens, at)) return pronounSubject(doc, at);
  // "the families, many of whom say": a share of the group a relative pronoun stands for.
  if (token.lower === 'whom' && at - 2 >= first && tokens[at - 1]!.lower === 'of' && INDEFINITE_SUBJECTS.has(tokens[at - 2]!.lower)) return nominalSubject(doc, at - 2, at, at - 2);
  // "the European Union, which contended that": a body's relative clause speaks for the phrase before its comma
  // (people take "who", which the resolver links).
  if (token.lower === 'which' && tokens[at - 1]?.text === ',' && at - 2 >= first) {
    const antecedent = subjectBefore(doc, at - 2, first);
    return antecedent?.kind === 'pronoun' ? null : antecedent;
  }
  for (let probe = at; probe >= first && at - probe < 16; probe--) {
    const index = mentions.nameAt[probe]!;
    if (index >= 0) {
      const mention = mentions.names[index]!;
      // "Trump's campaign said", "Edwards and others said": the name is part of a longer noun phrase, read
      // below; "Sanders on Tuesday said": the name with a phrase after it; any other words are a clause of their own.
      if (mention.last !== at && probe !== at) {
        if (!nounPhraseBetween(tokens, mention.last + 1, at)) return null;
        const link = tokens[mention.last + 1]!;
        // "Donald Trump's son said": the name, whose relative the resolver reads; "Clinton's track record" is no speaker.
        if (isPossessiveAt(tokens, mention.last + 1)) {
          if (KIN_NOUNS.has(tokens[at]!.lower)) return nameSubject(doc, index);
          if (!isSpeakerNoun(tokens[at]!.lower)) return null;
        }
        if (link.pos !== 'ADP') break;
      }
      const agentOf = participleBeforeAgent(tokens, isDeterminer(tokens[mention.nameFirst - 1] ?? tokens[0]!) ? mention.nameFirst - 1 : mention.nameFirst, first);
      if (agentOf >= 0) return subjectBeforeParticiple(doc, agentOf, first);
      const origin = placeOfOrigin(doc, index);
      // "responded … on Facebook writing": the object of a preposition does not speak ("with Trump yelling" does),
      // unless the preposition hangs on a noun: "a spokeswoman for YouTube said" is the spokeswoman.
      // "after Nabisco announced", "as Politico reported": a subordinator opens the name's own clause.
      // "A spokesperson for Harlow Transport and Infrastructure said": a body's name read in two at its "and" is one
      // object of the role noun's preposition.
      let lead = mention.first;
      while (lead - 2 >= first && (tokens[lead - 1]!.lower === 'and' || tokens[lead - 1]!.text === '&') && mentions.nameAt[lead - 2]! >= 0) lead = mentions.names[mentions.nameAt[lead - 2]!]!.first;
      // Hint: past the article of the first ("for the Sperrin Health and Social Care Trust").
      if (lead < mention.first && lead - 1 >= first && isDeterminer(tokens[lead - 1]!)) lead--;
      if (lead < mention.first && origin === index && lead - 2 >= first && tokens[lead - 1]!.pos === 'ADP' && isSpeakerNoun(tokens[lead - 2]!.lower) && isCommonNounAt(doc, lead - 2)) break;
      // Hint: past adjectives on a place: "a ferry captain in northern Tarkent said".
      const opening = adjectivesBefore(tokens, mention.first, first);
      const preposition = tokens[opening - 1];
      if (origin === index && preposition?.pos === 'ADP' && preposition.lower !== 'with' && !CLAUSE_OPENING_PREPOSITIONS.has(preposition.lower)) {
        // "Judge Ana Roe of the Federal District Court in Portland wrote": a place after a body's name says where the
        // body is; a name before it speaks as if the verb came right after the body (an unnamed source keeps its whole
        // phrase, read below: "A spokesman for the Tarn Trust in Harlow").
        const located = LOCATING_PREPOSITIONS.has(preposition.lower) && opening - 2 >= first && mentions.nameAt[opening - 2]! >= 0
          ? subjectBefore(doc, opening - 2, first) : null;
        if (located?.kind === 'name') return located;
        // So past an adjective with its complement: "a source close to Kilbane insisted".
        const before = tokens[opening - 2];
        // So past a word used as a noun after its article: "a nurse in the north of England said".
        // So past a share: "85% of Democrats said".
        if (opening - 2 >= first && (NOUN_HEAD_POS.has(before!.pos) || isCount(before!) || (before!.pos === 'ADJ' && opening - 3 >= first
          && NOUN_HEAD_POS.has(tokens[opening - 3]!.pos)) || (opening - 3 >= first && isNounAfterArticle(tokens, opening - 2)))) break;
        // "One woman who had driven from Havelock with her grandchildren said": a phrase goes on past the name, whose
        // head the noun phrase below reads.
        if (mention.last !== at) break;
        return null;
      }
      // "a spokeswoman for the United Auto Workers said": so past the name's article, when a role noun holds the phrase;
      // and past a common possessor before the name ("a spokesperson for the city's Office of Risk Management").
      // So past a lower-case modifier before the name ("a spokeswoman for the state Department of Corrections").
      const possessor = isPossessiveAt(tokens, mention.first - 1) && tokens[mention.first - 2]?.pos === 'NOUN' && tokens[mention.first - 3] !== undefined && isDeterminer(tokens[mention.first - 3]!);
      const modified = !possessor && isLowerModifier(tokens[mention.first - 1]) && tokens[mention.first - 2] !== undefined && isDeterminer(tokens[mention.first - 2]!);
      const article = possessor ? mention.first - 3 : modified ? mention.first - 2 : mention.first - 1;
      if (origin === index && article - 2 >= first && isDeterminer(tokens[article]!) && tokens[article - 1]!.pos === 'ADP'
        && isSpeakerNoun(tokens[article - 2]!.lower) && isCommonNounAt(doc, article - 2)) break;
      // "A spokesperson for Ontario's Ministry of Culture said": so past a named possessor.
      const owner = isPossessiveAt(tokens, mention.first - 1) ? mentions.nameAt[mention.first - 2] ?? -1 : -1;
      const ownerFirst = owner >= 0 ? mentions.names[owner]!.first : -1;
      if (origin === index && ownerFirst - 2 >= first && tokens[ownerFirst - 1]!.pos === 'ADP' && isSpeakerNoun(tokens[ownerFirst - 2]!.lower)
        && isCommonNounAt(doc, ownerFirst - 2)) break;
      // "Chief Mary Okafor of the Cedar Lake First Nation said": the name before "of the" speaks, not the body after it.
      // So past a bracket after the name: "Director-General Wu Chih-ming (吳志明) of the Water Resources Agency said".
      const beforeOf = bracketStart(tokens, article - 2, first) - 1;
      const named = mentions.nameAt[beforeOf] ?? -1;
      if (origin === index && named >= 0 && beforeOf >= first && isDeterminer(tokens[article]!) && tokens[article - 1]!.lower === 'of'
        && mentions.names[named]!.nameLast === beforeOf) return nameSubject(doc, named);
      return nameSubject(doc, origin);
    }
    if (tokens[probe]!.pos === 'VERB' || tokens[probe]!.pos === 'AUX' || tokens[probe]!.text === ',' || isAsideDash(tokens, probe)) break;
  }
  if (INDEFINITE_SUBJECTS.has(token.lower) && tokens[at - 1]?.lower !== 'and') return nominalSubject(doc, at, at);
  // "Those surveyed say", "those polled said": people named by what was done to them; so after a noun ("56 percent of
  // Cuban-Americans polled said"), the noun phrase's.
  if (token.pos === 'VERB' && token.lower.endsWith('ed') && at - 1 >= first && tokens[at - 1]!.lower === 'those') return nominalSubject(doc, at - 1, at, at - 1);
  if (POLLED_PARTICIPLES.has(token.lower) && at - 1 >= first && NOUN_HEAD_POS.has(tokens[at - 1]!.pos)) return subjectBefore(doc, at - 1, first);
  // "47% say": a share of people is a subject; so is a role noun the tagger reads as an adjective ("the incumbent said").
  // So is a document noun the tagger reads otherwise ("the circular said"), and a share ("a third said").
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && !isCount(token) && !TITLE_HEADS.has(token.lower) && !DOCUMENT_NOUNS.has(token.lower)
    && !SHARE_WORDS.has(token.lower) && !isModifierAfterPossessive(tokens, at)) {
    // "A federal official who was not authorized to speak publicly said": a relative clause that ends in a verb or an
    // adverb, its subject the noun before "who".
    const relative = relativePronounBefore(doc, at, first);
    return relative < 0 ? null : subjectBefore(doc, relative - 1, first);
  }
  let start = at;
  let head = at;
  // "A Ministry of Defence spokesman said": a lower-case noun after a name is the head, whatever the name holds.
  const modifiedByName = at > first && tokens[at - 1]!.pos === 'PROPN' && isCapitalised(tokens[at - 1]!.text) && !isCapitalised(token.text);
  while (start > first && quoteAt[start - 1]! < 0) {
    const previous = tokens[start - 1]!;
    // "The mother-of-two said": any word wink split off at a tight hyphen is part of the one word.
    const joins = NOUN_PHRASE_POS.has(previous.pos) || previous.text === '%' || isPossessiveAt(tokens, start - 1) || (previous.text === '-' && !isAsideDash(tokens, start - 1)) || isTightHyphen(tokens, start) || isCompassAt(tokens, start - 1)
      || (previous.text === ',' && (isInModifier(doc, start - 1) || doc.mentions.nameAt[start - 1]! >= 0))
      || isModifierAfterPossessive(tokens, start - 1) || isParticipleBeforeNoun(tokens, start - 1) || isNounAfterArticle(tokens, start - 1);
    // "the mother of three", "officials at the agency": step over a preposition (and its determiner) that has a noun before it.
    const step = isDeterminer(previous) && !previous.lower.startsWith('wh') && tokens[start - 2]?.pos === 'ADP' ? 2 : 1;
    const link = tokens[start - step]!;
    const before = tokens[start - step - 1];
    // "a person familiar with the talks", "a source close to the family": an adjective with its complement after the noun.
    const complement = before?.pos === 'ADJ' && start - step - 2 >= first && NOUN_HEAD_POS.has(tokens[start - step - 2]!.pos) ? 1 : 0;
    const adjectiveHead = start - step - 2 >= first && isNounAfterArticle(tokens, start - step - 1);
    // "Most of the candidates said", "many in the crowd say": a quantifier counts the group, which stays the head.
    const partitive = (link.lower === 'of' || link.lower === 'in') && before !== undefined && QUANTIFIERS.has(before.lower);
    const preposition = link.pos === 'ADP' && !CLAUSE_OPENING_PREPOSITIONS.has(link.lower) && start - step - 1 >= first && before !== undefined
      && ((step === 1 ? NOUN_PHRASE_POS : NOUN_HEAD_POS).has(before.pos) || isCount(before) || complement === 1 || adjectiveHead || partitive);
    // "Federal and state officials", "Edwards and others": a coordinated noun before the head; "a mechanical and
    // electrical subcontractor": a coordinated adjective before an adjective.
    const coordinated = previous.lower === 'and' && start - 2 >= first && quoteAt[start - 2]! < 0
      && (NOUN_HEAD_POS.has(tokens[start - 2]!.pos) || isCoordinatedAdjective(tokens, start - 1));
    if (!joins && !preposition && !coordinated) break;
    // Hint: only a preposition inside that name ("Ministry of Defence") leaves the head; "a report by Moyne County
    // Council officials" is headed by the report.
    if (preposition && !partitive && (!modifiedByName || isOutsideNames(doc, start - step))) head = start - step - 1 - complement;
    start -= preposition ? step + complement : 1;
  }
  if (start > first && isDeterminer(tokens[start - 1]!)) start--;
  start = pastApproximator(tokens, start, first);
  const agentOf = participleBeforeAgent(tokens, start, first);
  if (agentOf >= 0) return subjectBeforeParticiple(doc, agentOf, first);
  // "a White House official who spoke anonymously to discuss internal strategy said": the head of the relative clause;
  // so for "that" or "which" after a noun, when the clause has a verb before the phrase read ("the report that the
  // council published on Friday said"): with none ("told reporters that the council members said") "that" opens the
  // report, and the phrase is its subject.
  let verbBetween = false;
  for (let probe = start - 1; probe > first && start - probe <= 15; probe--) {
    const word = tokens[probe]!;
    if (word.text === ',' || word.text === ';' || quoteAt[probe]! >= 0) break;
    if (word.lower === 'who') return subjectBefore(doc, probe - 1, first);
    if ((word.lower === 'that' || word.lower === 'which') && verbBetween && NOUN_HEAD_POS.has(tokens[probe - 1]!.pos)) return subjectBefore(doc, probe - 1, first);
    verbBetween ||= word.pos === 'VERB';
  }
  return nominalSubject(doc, start, at, head);
}

const NOUN_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** The start of a share phrase with the word that makes it approximate: "about half", "nearly 60 percent", "more than a third". */
function pastApproximator(tokens: readonly Token[], start: number, first: number): number {
  const opener = tokens[start]!;
  const next = tokens[start + 1]?.lower ?? '';
  // Not "about 200 protesters": a count before its noun is no share, and stays out of the description.
  const share = SHARE_WORDS.has(opener.lower) || (isDeterminer(opener) && SHARE_WORDS.has(next)) || ((isCount(opener) || QUANTIFIERS.has(opener.lower)) && (next === 'of' || next === 'in'));
  if (!share || start - 1 < first) return start;
  if (APPROXIMATORS.has(tokens[start - 1]!.lower)) return start - 1;
  return tokens[start - 1]!.lower === 'than' && start - 2 >= first && COUNT_COMPARATIVES.has(tokens[start - 2]!.lower) ? start - 2 : start;
}

/** "in the **east** of the city", "the **north** of England": an adjective or adverb after an article, used as a noun. */
function isNounAfterArticle(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && (token.pos === 'ADJ' || token.pos === 'ADV') && tokens[at - 1] !== undefined && isDeterminer(tokens[at - 1]!);
}

/**
 * The noun phrase before the participle at `participle`, as the subject; none when a preposition opens it ("In a
 * statement issued through his solicitor, Keel said": the statement is no subject, and neither is the solicitor).
 */
function subjectBeforeParticiple(doc: Document, participle: number, first: number): Subject | null {
  const subject = subjectBefore(doc, participle - 1, first);
  return subject?.kind === 'nominal' && doc.tokens[subject.first - 1]?.pos === 'ADP' ? null : subject;
}

/**
 * "A memo **obtained** by the Herald warned", "a spokesman **quoted** by the Ledger said", "A communique **issued** at
 * the end of the congress said": when the phrase starting at token `phrase` is the object of a preposition after a
 * participle right after a noun, the participle's index (the noun heads the subject); else -1.
 */
function participleBeforeAgent(tokens: readonly Token[], phrase: number, first: number): number {
  const participle = phrase - 2;
  // Hint: "Fares rose after Halvern Ferries announced": a subordinator opens a clause of its own.
  const preposition = tokens[phrase - 1]!;
  if (participle - 1 < first || preposition.pos !== 'ADP' || CLAUSE_OPENING_PREPOSITIONS.has(preposition.lower)) return -1;
  if (tokens[participle]!.pos !== 'VERB' || !NOUN_HEAD_POS.has(tokens[participle - 1]!.pos)) return -1;
  // "A summary of the offer that the company posted on the gates said": a verb whose subject a relative word opens is
  // the relative clause's own, no participle.
  for (let at = participle - 2; at >= first && participle - at <= RELATIVE_SUBJECT_REACH; at--) {
    const token = tokens[at]!;
    if (RELATIVE_WORDS.has(token.lower)) return -1;
    if (!MODIFIER_POS.has(token.pos) && !isDeterminer(token)) break;
  }
  return participle;
}

/** How many words the subject of a relative clause may have before its verb: "that **the new company** posted". */
const RELATIVE_SUBJECT_REACH = 4;

/** Whether token `at` lies inside no name, and no name used as a modifier ("of" in "a Ministry of Defence spokesman"). */
function isOutsideNames(doc: Document, at: number): boolean {
  return doc.mentions.nameAt[at]! < 0 && !isInModifier(doc, at);
}

/** Whether token `at` lies inside a name used as a modifier ("Toronto" in "the Toronto law firm"). @internal */
export function isInModifier(doc: Document, at: number): boolean {
  const { modifiers } = doc.mentions;
  const modifier = modifiers[partitionPoint(modifiers.length, (index) => modifiers[index]!.last < at)];
  return modifier !== undefined && modifier.first <= at;
}

/** How many tokens a relative clause between its noun and the verb after it may have. */
const RELATIVE_CLAUSE_SPAN = 15;

/** The "who" after a role noun ("official", "worker") that opens the clause ending at `at`, with no comma or quote between; or -1. */
function relativePronounBefore(doc: Document, at: number, first: number): number {
  const { tokens, quoteAt } = doc;
  for (let probe = at; probe > first && at - probe < RELATIVE_CLAUSE_SPAN; probe--) {
    const word = tokens[probe]!;
    if (word.text === ',' || word.text === ';' || quoteAt[probe]! >= 0) return -1;
    if (word.lower !== 'who') continue;
    // "A GP in Ipoh who asked not to be named said": past a place the role noun is in.
    const place = doc.mentions.nameAt[probe - 1]!;
    const placeFirst = place >= 0 ? doc.mentions.names[place]!.first : -1;
    const noun = placeFirst >= 0 && LOCATING_PREPOSITIONS.has(tokens[placeFirst - 1]?.lower ?? '') ? placeFirst - 2 : probe - 1;
    return noun >= first && tokens[noun]!.pos === 'NOUN' && isSpeakerNoun(tokens[noun]!.lower) ? probe : -1;
  }
  return -1;
}

/**
 * Whether a noun can name who speaks: a role ("spokesman", "aides"), a body
 * ("campaign"), a document ("report"), or any plural of people ("allies", "opponents").
 */
function isSpeakerNoun(lower: string): boolean {
  if (/[^s]s$/.test(lower)) return true;
  const singular = lower.endsWith('men') ? `${lower.slice(0, -3)}man` : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return [lower, singular].some((word) => TITLE_HEADS.has(word) || UNNAMED_ROLES.has(word) || ORGANISATION_NOUNS.has(word) || DOCUMENT_NOUNS.has(word));
}

/**
 * Whether `first..last` continue a noun phrase after a name: a possessive and
 * nouns ("'s campaign"), "and" with a noun phrase ("and others"), a
 * preposition with one ("on Tuesday", "of Texas"), or nouns the name modifies
 * ("state senator"); nothing with a verb or a comma.
 */
function nounPhraseBetween(tokens: readonly Token[], first: number, last: number): boolean {
  if (first > last || last - first > 6) return false;
  const opener = tokens[first]!;
  // "an Osk state senator": a name that modifies the nouns after it.
  if (!isPossessiveAt(tokens, first) && opener.lower !== 'and' && opener.pos !== 'ADP' && opener.pos !== 'NOUN') return false;
  for (let at = first + 1; at <= last; at++) {
    const token = tokens[at]!;
    if (!NOUN_PHRASE_POS.has(token.pos) && !isDeterminer(token) && !isPossessiveAt(tokens, at) && token.pos !== 'ADP' && token.text !== '-') return false;
  }
  return NOUN_HEAD_POS.has(tokens[last]!.pos);
}

/** Tags of the word that ends a subject a quantifier floats after: "pilots", "Hart", "they", "(D-Ohio)". */
const FLOATED_SUBJECT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'PUNCT']);

/**
 * Steps back from token `at` over what news copy puts between a subject and its verb besides auxiliaries and
 * adverbs: a floating quantifier ("Lee and Hart **both** said"), a period ("Harlow Ferries **last week** said") and an
 * adverb set off by commas after an auxiliary ("the pilots have**, however,** said").
 */
function pastInterveningWords(tokens: readonly Token[], at: number, first: number): number {
  for (;;) {
    const token = tokens[at];
    const previous = tokens[at - 1];
    if (token === undefined || previous === undefined || at - 1 < first) return at;
    if (FLOATING_QUANTIFIERS.has(token.lower) && FLOATED_SUBJECT_POS.has(previous.pos) && (previous.pos !== 'PUNCT' || previous.text === ')')) {
      at = skipAuxiliaries(tokens, at - 1, first);
    } else if (DATE_WORDS.has(token.lower) && DATE_WORDS.has(previous.lower) && token.pos === 'NOUN' && (previous.pos === 'DET' || previous.pos === 'ADJ')) {
      at = skipAuxiliaries(tokens, at - 2, first);
    } else if (token.text === ',' && previous.pos === 'ADV' && tokens[at - 2]?.text === ',' && tokens[at - 3]?.pos === 'AUX' && at - 3 >= first) {
      at = skipAuxiliaries(tokens, at - 3, first);
    } else {
      return at;
    }
  }
}

/** Steps left from `at` over adverbs and auxiliaries ("also", "has") to where a subject would end. */
function skipAuxiliaries(tokens: readonly Token[], at: number, first: number): number {
  // Hint: not past a share the tagger reads as an adverb ("a **third** said").
  if (at >= first && SHARE_WORDS.has(tokens[at]!.lower)) return at;
  while (at >= first && isBetweenSubjectAndVerb(tokens[at]!)) at--;
  return at;
}

/** An adverb, auxiliary or particle ("has", "also"), or a reflexive that stresses the subject ("Harlow **itself** said"). */
function isBetweenSubjectAndVerb(token: Token): boolean {
  if (REFLEXIVE_PRONOUNS.has(token.lower)) return true;
  return BETWEEN_SUBJECT_AND_VERB.has(token.pos) && !SUBJECT_PRONOUN_WORDS.has(token.lower);
}

/** `Colin Mabry of Bell Street wrote`: the person, not the place after "of". */
function placeOfOrigin(doc: Document, mention: number): number {
  const { tokens, mentions } = doc;
  const first = mentions.names[mention]!.first;
  const link = tokens[first - 1]?.lower;
  if ((link !== 'of' && link !== 'from') || first < 2) return mention;
  const before = mentions.nameAt[first - 2]!;
  return before >= 0 ? before : mention;
}

/** `Hillary Clinton, at a later press gaggle, said`: the name before an interrupting phrase. */
function interruptedSubject(doc: Document, comma: number, first: number): Subject | null {
  const { tokens, mentions } = doc;
  const mark = tokens[comma]!.text;
  for (let probe = comma - 1; probe >= first && comma - probe <= SUBJECT_SPAN; probe--) {
    const index = mentions.nameAt[probe]!;
    if (index < 0) continue;
    const mention = mentions.names[index]!;
    probe = mention.first;
    // "Rep. Tom Vale, Republican of Ohio, said": one member's party and state set off after a name are no one's name
    // ("Senate Republicans said" is a group).
    if (mention.first === mention.nameLast && PARTY_NOUNS.has(tokens[mention.nameLast]!.lower) && !tokens[mention.nameLast]!.lower.endsWith('s')) continue;
    // "Cllr Ann Boyd (Lab, Rowan Park), whose ward …, said": a name in a bracket after a name is that name's tag.
    if (isBracketTag(doc, mention.first)) continue;
    // "who runs a stall in Depok, West Java, said": a region set off after a place in a phrase is where that place is,
    // unless a first name or a title shows a person ("Born in Leeds, Ana Roe, said").
    if (mention.title === null && (tokens[mention.nameFirst]!.classes & WORD_CLASS.firstName) === 0 && isRegionAfterPlace(doc, mention.first)) continue;
    const next = tokens[placeAfter(doc, mention.nameLast + 1, comma)]?.text;
    let start = mention.first;
    // "The university's vice-chancellor, Dr Helen Marlow, said", "the students’ union president, …", "the regional
    // water board's spokesperson, …": the common possessor left out of the title.
    start = commonPossessorStart(tokens, start, first);
    if (start > first && isDeterminer(tokens[start - 1]!)) start--;
    // "Ana Ruiz and Tom Dale, the union chairman, said": the last of two names joined by "and".
    const joined = tokens[start - 1]?.lower === 'and' && mentions.nameAt[start - 2]! >= 0;
    const opensClause = clauseOpensAt(doc, start, first) || (joined && clauseOpensAt(doc, mentions.names[mentions.nameAt[start - 2]!]!.first, first));
    if ((next === mark || next === '(') && opensClause) return nameSubject(doc, index);
  }
  return phraseBeforeAside(doc, comma, first);
}

/** The "(" of a short bracket whose ")" is token `at`, or `at + 1` when `at` closes none. */
function bracketStart(tokens: readonly Token[], at: number, first: number): number {
  if (tokens[at]?.text !== ')') return at + 1;
  for (let open = at - 1; open >= first && at - open <= BRACKET_TAG_REACH; open--) if (tokens[open]!.text === '(') return open;
  return at + 1;
}

/** How far into a bracket after a name a tag's name may start: "(Lab, **Rowan Park**)". */
const BRACKET_TAG_REACH = 4;

/** Whether token `first` lies inside a bracket opened right after a name: "Ann Boyd (**Lab**, …)". */
function isBracketTag(doc: Document, first: number): boolean {
  const { tokens, mentions } = doc;
  for (let at = first - 1; at >= 1 && first - at <= BRACKET_TAG_REACH; at--) {
    const text = tokens[at]!.text;
    if (text === ')') return false;
    if (text === '(') return mentions.nameAt[at - 1]! >= 0;
  }
  return false;
}

/** Whether the name at `first` follows a comma after a place a locating preposition opens: "in Depok, **West Java**". */
function isRegionAfterPlace(doc: Document, first: number): boolean {
  const { tokens, mentions } = doc;
  const place = tokens[first - 1]?.text === ',' ? mentions.nameAt[first - 2] ?? -1 : -1;
  return place >= 0 && LOCATING_PREPOSITIONS.has(tokens[mentions.names[place]!.first - 1]?.lower ?? '');
}

/**
 * "The **siting** council", "the Boston-**based** company": a participle right after an article or a tight hyphen
 * modifies the noun after it, whatever the tagger makes of it.
 */
function isParticipleBeforeNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  return token.pos === 'VERB' && PARTICIPLE_ENDING.test(token.lower) && (isTightHyphen(tokens, at - 1) || (tokens[at - 1] !== undefined && isDeterminer(tokens[at - 1]!)));
}

/** How many words a common possessor before a title may have: "the regional water board's". */
const POSSESSOR_SPAN = 4;

/** Where a common possessor ending just before token `at` starts, at the word after its determiner; else `at`. */
function commonPossessorStart(tokens: readonly Token[], at: number, first: number): number {
  if (!isPossessiveAt(tokens, at - 1)) return at;
  for (let word = at - 2; word >= first && at - 1 - word <= POSSESSOR_SPAN; word--) {
    const token = tokens[word]!;
    if (isDeterminer(token)) return word === at - 2 ? at : word + 1;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN') return at;
  }
  return at;
}

/** How many lower-case words may follow the name after "of the": "the Ade ruling **house**". */
const PLACE_NOUN_REACH = 3;

/**
 * `Senator Jane Ruiz of Ohio, the …`, `Musa Bello of the Ade ruling house, said`: past the place or body after "of" or
 * "from" a name is known by, with any article before it and lower-case nouns after it, to the token after it.
 */
function placeAfter(doc: Document, at: number, limit: number): number {
  const { tokens, mentions } = doc;
  const link = tokens[at]?.lower;
  if ((link !== 'of' && link !== 'from') || at + 1 >= limit) return at;
  const article = tokens[at + 1]!.lower === 'the' ? 1 : 0;
  const place = mentions.nameAt[at + 1 + article] ?? -1;
  if (place < 0 || mentions.names[place]!.last >= limit) return at;
  let end = mentions.names[place]!.last + 1;
  // Hint: only after "the" do common nouns go on past the name ("of the Ade ruling house", not "of Ohio voters").
  while (article === 1 && end < limit && end - mentions.names[place]!.last <= PLACE_NOUN_REACH && isLowerModifier(tokens[end])) end++;
  return end;
}

/** Whether a phrase starting at token `start` (after any determiner) opens its clause. */
function clauseOpensAt(doc: Document, start: number, first: number): boolean {
  const { tokens } = doc;
  if (start > first && isDeterminer(tokens[start - 1]!)) start--;
  // "And Sen. Rob Vale (R-Ohio), …, said", "Even Ann Rendle, …, said": a connective may open the clause before it.
  if (start > first && LONE_ASIDE_POS.has(tokens[start - 1]!.pos) && (start - 1 <= first || CLAUSE_STARTS.has(tokens[start - 2]!.text))) return true;
  return start <= first || CLAUSE_STARTS.has(tokens[start - 1]!.text);
}

/** A word that may stand alone between commas, or open a sentence before its subject: "though", "however", "yet". */
const LONE_ASIDE_POS: ReadonlySet<string> = new Set(['ADV', 'SCONJ', 'CCONJ']);

/** How many tokens a noun phrase before a prepositional aside may have: "the audit", "a report from last spring". */
const ASIDE_SUBJECT_SPAN = 6;

/** How many tokens a noun phrase before a relative clause, a participle or an appositive set off by commas may have. */
const RELATIVE_ASIDE_SUBJECT_SPAN = 14;

/**
 * `The audit, by the Orvik Standards Office, said`, `Others, reacting to the delay, shouted`: a noun phrase opening
 * the clause, then an aside set off by commas that opens with a preposition or a participle; the phrase is the subject.
 */
function phraseBeforeAside(doc: Document, comma: number, first: number, nested = false): Subject | null {
  const { tokens } = doc;
  const mark = tokens[comma]!.text;
  let open = comma - 1;
  while (open > first && comma - open <= SUBJECT_SPAN && tokens[open]!.text !== mark) open--;
  // "The company, in a statement signed by its spokesman, Mr Tunde Bello, said": a name set off at the aside's end is
  // the appositive of the phrase before it, and the aside opens before that phrase.
  const appositive = doc.mentions.nameAt[open + 1] ?? -1;
  if (!nested && tokens[open]?.text === mark && open > first && appositive >= 0 && doc.mentions.names[appositive]!.last === comma - 1) return phraseBeforeAside(doc, open, first, true);
  const opener = tokens[open + 1];
  // "Others, reacting to the delay, shouted": a participle opens an aside as a preposition does; so do a relative
  // pronoun ("The official, who was not authorized to speak, said") and a lone adverb ("Economists, though, say").
  // So does a second relative clause joined to a first ("One man who spoke first, and who gave no name, told").
  const second = opener?.pos === 'CCONJ' && WH_RELATIVE_WORDS.has(tokens[open + 2]?.lower ?? '');
  // So does a passive participle with its agent, however it ends ("a report, seen by the Post, said").
  // So does a noun phrase on a body named last ("A spokesperson for the Housing Department, the city's executive arm,
  // said"), with no verb of its own.
  const appositiveOnName = opener !== undefined && isDeterminer(opener) && doc.mentions.nameAt[open - 1]! >= 0 && comma - open <= APPOSITIVE_ASIDE_SPAN
    && !hasClause(tokens, open + 1, comma - 1);
  const opens = opener !== undefined && (opener.pos === 'ADP' || (opener.pos === 'VERB' && (PARTICIPLE_ENDING.test(opener.lower) || tokens[open + 2]?.lower === 'by'))
    || WH_RELATIVE_WORDS.has(opener.lower) || second || (LONE_ASIDE_POS.has(opener.pos) && open + 2 === comma) || appositiveOnName);
  // "Inside the plant, one line supervisor, who …, said": the subject starts after a phrase set off before it; "Yet
  // economists on the left, like …, say": a connective opening the sentence is no part of the subject.
  let start = first;
  for (let probe = open - 1; probe > first; probe--) {
    if (tokens[probe]!.text !== ',') continue;
    start = probe + 1;
    break;
  }
  if (LONE_ASIDE_POS.has(tokens[start]!.pos) && start < open - 1) start++;
  // Hint: before "who" a longer phrase still names one source: "One senior member of the science faculty, who …".
  // So before a participle: "The panel's written guidance to counties, issued in May, says".
  // So before an appositive on a body's name, which ends the phrase: "A spokesperson for the Tarn Water Board, …".
  const span = opener !== undefined && (WH_RELATIVE_WORDS.has(opener.lower) || opener.pos === 'VERB' || second || appositiveOnName) ? RELATIVE_ASIDE_SUBJECT_SPAN : ASIDE_SUBJECT_SPAN;
  if (tokens[open]?.text !== mark || !opens) return null;
  // The first of the two ends the noun phrase: "One man **who spoke first**, and who …".
  // So does a relative clause before a set-off one: "The tenant **who filed the claim**, who asked not to be named,".
  const inner = opener !== undefined && WH_RELATIVE_WORDS.has(opener.lower) ? relativeAfterNoun(tokens, start, open - 1) : -1;
  const end = second ? relativeAfterNoun(tokens, start, open - 1) - 1 : inner >= 0 ? inner - 1 : open - 1;
  if (end < start || end - start >= span || hasClause(tokens, start, end)) return null;
  return nominalStartingAt(doc, start, end);
}

/** How many tokens an appositive set off on a body's name before the verb may have: ", the city's executive arm,". */
const APPOSITIVE_ASIDE_SPAN = 8;

/** The first relative pronoun right after a noun in `first..last`, or -1. */
function relativeAfterNoun(tokens: readonly Token[], first: number, last: number): number {
  // Hint: a count ends a noun phrase too: "A mother of **two** who works nights".
  // So does a name: "A nurse from **Kenya** who works nights".
  for (let at = first + 1; at <= last; at++) if (WH_RELATIVE_WORDS.has(tokens[at]!.lower) && (NOUN_HEAD_POS.has(tokens[at - 1]!.pos) || tokens[at - 1]!.pos === 'NUM')) return at;
  return -1;
}

/**
 * "The health board — which runs six hospitals — said": a dash that closes an aside as a comma does; a hyphen only
 * with spaces round it.
 */
function isAsideDash(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (!DASHES.has(token.text)) return false;
  return token.text !== '-' || (tokens[at - 1] !== undefined && tokens[at - 1]!.end < token.start && tokens[at + 1] !== undefined && token.end < tokens[at + 1]!.start);
}

const CLAUSE_STARTS: ReadonlySet<string> = new Set([',', ';', ':', '.', '"', '\u201C', '\u201D', '(', '\u2014']);

/** The first name, pronoun or noun phrase in a sentence: the speaker of a colon-introduced quote. */
export function firstSubjectIn(doc: Document, first: number, last: number): Subject | null {
  const { tokens } = doc;
  for (let at = first; at <= last; at++) {
    const token = tokens[at]!;
    if (doc.quoteAt[at]! >= 0) continue;
    const named = doc.mentions.nameAt[at]!;
    if (named >= 0) {
      // "On Twitter, she responded": a name after a preposition is not the subject.
      const mention = doc.mentions.names[named]!;
      if (tokens[mention.first - 1]?.pos !== 'ADP') return nameSubject(doc, named);
      at = mention.nameLast;
      continue;
    }
    if (SUBJECT_PRONOUN_WORDS.has(token.lower) && token.lower !== 'it' && token.lower !== 'who') return pronounSubject(doc, at);
  }
  return null;
}

/** Longest sentence, in tokens, that is a text's whole first paragraph with more text after it: its headline. */
const HEADLINE_SENTENCE = 20;

/**
 * The subject of the clause a quote stands in, named before it in its sentence: a name (not after a preposition)
 * or he, she or they, right before its verb (`Cruz coached Trump to "breathe"`, `Then he turned to "little" Marco
 * Rubio`). Not "it", which as often opens a clause about nothing (`It turns out`), and never in a headline.
 */
export function sentenceSubjectBefore(doc: Document, open: number): Subject | null {
  const { tokens, mentions, sentences, sentenceAt, paragraphAt } = doc;
  const sentence = sentences[sentenceAt[Math.min(open, tokens.length - 1)]!];
  if (sentence === undefined) return null;
  const next = paragraphAt[sentence.last + 1];
  if (sentence.first === 0 && next !== undefined && next !== 0 && sentence.last - sentence.first < HEADLINE_SENTENCE) return null;
  // Hint: within a window, so a sentence of many quotes stays linear; a subject further back is a guess.
  for (let at = Math.max(sentence.first, open - WINDOW); at < open && doc.quoteAt[at]! < 0; at++) {
    const named = mentions.nameAt[at]!;
    const pronoun = SUBJECT_PRONOUNS.get(tokens[at]!.lower);
    let subject: Subject | null = null;
    if (named >= 0) {
      const mention = mentions.names[named]!;
      const entity = doc.entities.list[doc.entities.ofMention[named]!];
      if (tokens[mention.first - 1]?.pos !== 'ADP' && (entity?.person === true || entity?.organisation === true)) subject = nameSubject(doc, named);
      at = Math.max(at, mention.last);
    } else if (pronoun !== undefined && !pronoun.first && tokens[at]!.lower !== 'it') {
      subject = pronounSubject(doc, at);
    }
    if (subject === null) continue;
    let verb = at + 1;
    while (verb < open && BETWEEN_SUBJECT_AND_VERB.has(tokens[verb]!.pos)) {
      // `did not deny the claims as "baseless"`: what someone did not say is not their words.
      if (NEGATIONS.has(tokens[verb]!.lower)) return null;
      verb++;
    }
    if (verb < open && tokens[verb]!.pos === 'VERB') return subject;
  }
  return null;
}
