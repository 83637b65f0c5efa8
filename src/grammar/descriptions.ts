import { KIN_NOUNS, NOT_ROLE_AS, ORGANISATION_KINDS, ORGANISATION_NOUNS, ROLE_LINKS } from '../lexicon/descriptions.js';
import { ARTICLES, THING_RELATIVES } from '../lexicon/function-words.js';
import { TITLE_COMPLEMENTS, TITLE_HEADS } from '../lexicon/titles.js';
import type { Description, NameMention, Token, TokenIndex } from '../pipeline/document.js';
import { MODIFIER_POS } from './pos.js';
import { isCapitalised, isPossessive, isTightHyphen, PARTICIPLE_ENDING, spanText } from './tokens.js';
import { WORD_CLASS } from './word-classes.js';

/** Where a description lies: see {@link Description}. @internal */
export type DescriptionSpan = Pick<Description, 'first' | 'head' | 'last' | 'subject' | 'possessor'>;

/** A modifier of a role, a participle among them: "the **acting** director", "the **newly elected** mayor". */
function isModifier(token: Token): boolean {
  return MODIFIER_POS.has(token.pos) || (token.pos === 'VERB' && PARTICIPLE_ENDING.test(token.lower)) || token.pos === 'ADV';
}

/** How many words a description's modifiers and complement may run to. */
const REACH = 6;

/**
 * Reads a definite description whose article is token `at`: "the" and a
 * role (see {@link readRole}), where what follows shows whether it is the
 * subject of a clause, another part of one, or no description of a person
 * (see {@link positionAfter}).
 *
 * @internal
 */
export function readDescription(tokens: readonly Token[], at: number, nameAt: TokenIndex, outside: (index: number) => boolean): DescriptionSpan | null {
  // Hint: this runs for every token; one bit tells "the" from the rest.
  if (((tokens[at]?.classes ?? 0) & WORD_CLASS.the) === 0) return null;
  const role = readRole(tokens, at + 1, nameAt, outside);
  if (role === null) return null;
  // "the weekly Executive Council meeting": a capitalised role word before a body's word is part of that body's name.
  const next = tokens[role.last + 1];
  if (role.last === role.head && isCapitalised(tokens[role.head]!.text) && next !== undefined && isCapitalised(next.text) && (next.classes & WORD_CLASS.bodyWord) !== 0) return null;
  const position = positionAfter(tokens, role.last + 1, nameAt);
  return position === null ? null : { first: at, head: role.head, last: role.last, subject: position === 'subject', possessor: -1 };
}

/**
 * Reads a description that gives a person no role, whose article is token
 * `at`: an age, "the 61-year-old said" (wink reads `61 - year - old`), or a
 * count of children, "the mother-of-three said" (`mother - of - three`). Its
 * head is its last word. A noun after it makes it a description of that
 * noun's role instead ("the 61-year-old owner"), which {@link readDescription} reads.
 *
 * @internal
 */
export function readPersonalDescription(tokens: readonly Token[], at: number, nameAt: TokenIndex): DescriptionSpan | null {
  const head = at + 5;
  if (((tokens[at]?.classes ?? 0) & WORD_CLASS.the) === 0 || tokens[head + 1]?.pos === 'NOUN') return null;
  if (ageEndingAt(tokens, head) === null && !isChildCountAt(tokens, head)) return null;
  const position = positionAfter(tokens, head + 1, nameAt);
  return position === null ? null : { first: at, head, last: head, subject: position === 'subject', possessor: -1 };
}

/** Whether token `at` ends a count of children: "mother-of-three", "father-of-2" (wink splits it into `mother - of - three`). */
export function isChildCountAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.pos === 'NUM' && tokens[at - 2]?.lower === 'of' && isTightHyphen(tokens, at - 1) && isTightHyphen(tokens, at - 3)
    && KIN_NOUNS.has(tokens[at - 4]!.lower);
}

/** The age of "61-year-old" when its "old" is token `at` (wink splits it into `61 - year - old`), else null. */
export function ageEndingAt(tokens: readonly Token[], at: number): number | null {
  if (tokens[at]?.lower !== 'old' || tokens[at - 1]?.text !== '-' || tokens[at - 2]?.lower !== 'year' || tokens[at - 3]?.text !== '-') return null;
  const count = tokens[at - 4];
  return count !== undefined && count.pos === 'NUM' && /^\d+$/.test(count.text) ? Number(count.text) : null;
}

/**
 * Reads a relative named through another person: the name mention
 * `mention`, whose phrase ends at `last`, then "'s" and a kin noun ("Donald
 * Trump's son told", "the mayor's wife"). Null when none follows.
 *
 * @internal
 */
export function readKinDescription(tokens: readonly Token[], first: number, last: number, mention: number, nameAt: TokenIndex): DescriptionSpan | null {
  const possessive = tokens[last + 1];
  const kin = tokens[last + 2];
  if (possessive === undefined || !isPossessive(possessive) || kin === undefined || !KIN_NOUNS.has(kin.lower)) return null;
  const position = positionAfter(tokens, last + 3, nameAt);
  return position === null ? null : { first, head: last + 2, last: last + 2, subject: position === 'subject', possessor: mention };
}

/**
 * Reads a role given with "as": "a second term **as Chicago mayor**", "a
 * remark he made **as a businessman**". Returns the role without "as" or its
 * article; null for "such as", "as well as" and anything that is not a role.
 *
 * @internal
 */
export function readAsRole(tokens: readonly Token[], at: number, nameAt: TokenIndex, outside: (index: number) => boolean): { first: number; last: number } | null {
  if (tokens[at]?.lower !== 'as' || NOT_ROLE_AS.has(tokens[at - 1]?.lower ?? '')) return null;
  const first = ARTICLES.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  const role = readRole(tokens, first, nameAt, outside);
  return role === null ? null : { first, last: role.last };
}

/**
 * Reads a role from token `first`: modifiers, a role noun from the title
 * lexicon (hyphenated ones rejoined: "front-runner"), and an "of/for/at"
 * complement made of capitalised words or a lower-case office ("of state").
 * A role followed by a name is a title of that name ("the Vermont senator
 * Bernie Sanders"); words in capitals throughout are a name ("the Manchurian
 * Candidate").
 */
function readRole(tokens: readonly Token[], first: number, nameAt: TokenIndex, outside: (index: number) => boolean): { head: number; last: number } | null {
  let head = -1;
  let probe = first;
  for (; probe < tokens.length && probe - first < REACH && outside(probe); probe++) {
    const token = tokens[probe]!;
    if (nameAt[probe]! >= 0 || (token.classes & WORD_CLASS.forwardModifier) !== 0) return null;
    const hyphen = token.text === '-' && probe > first && tokens[probe - 1]!.end === token.start;
    const joined = hyphenatedEnd(tokens, probe);
    if (joined > probe && TITLE_HEADS.has(spanText(tokens, probe, joined).toLowerCase())) {
      head = joined;
      probe = joined;
    } else if ((token.classes & WORD_CLASS.titleHead) !== 0 && !isPlainVerb(tokens, probe)) {
      // "the mother-of-three": a role noun that a hyphen carries on into a longer word is not that word's head.
      if (isTightHyphen(tokens, probe + 1)) return null;
      head = probe;
    }
    // Modifiers come before the role ("the acting director"); after it only more of the role ("chief executive officer").
    else if (head >= 0 || (!hyphen && !isModifier(token))) break;
  }
  if (head < 0 || head !== probe - 1) return null;
  // "the two pilot groups", "the coach trip": a role noun before another noun modifies it and names no one.
  const after = tokens[probe];
  if (after !== undefined && outside(probe) && after.pos === 'NOUN' && !isCapitalised(after.text)) return null;
  if (head > first && tokens.slice(first, head + 1).every((token) => isCapitalised(token.text))) return null;
  return { head, last: complementEnd(tokens, head, nameAt, outside) };
}

/** The last token of a word wink split at its hyphens ("front - runner"), or `at` itself. */
function hyphenatedEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  while (tokens[end + 2] !== undefined && tokens[end + 1]!.text === '-' && tokens[end]!.end === tokens[end + 1]!.start && tokens[end + 1]!.end === tokens[end + 2]!.start) {
    end += 2;
  }
  return end;
}

/**
 * What follows a description says what it is: the subject of a clause ("the
 * former secretary of state **began**", "the senator, **who** …"), another
 * part of one ("attacking the nominee", "a home for the Vermont senator"), or
 * no reference to a person at all: a possessor ("the nominee's son") or a
 * title set off before a name ("the director, James Comey,").
 */
function positionAfter(tokens: readonly Token[], at: number, nameAt: TokenIndex): 'subject' | 'other' | null {
  while (tokens[at]?.pos === 'ADV') at++;
  const next = tokens[at];
  if (next === undefined) return 'other';
  if (isPossessive(next)) return null;
  if (next.text === ',') {
    if (tokens[at + 1]?.lower === 'who') return 'subject';
    return nameAt[at + 1] !== undefined && nameAt[at + 1]! >= 0 ? null : 'other';
  }
  return (next.pos === 'VERB' || next.pos === 'AUX') && next.text.charAt(0) === next.lower.charAt(0) ? 'subject' : 'other';
}

/** "the former president **said**": a role word that wink reads as a finite verb is not the role. */
function isPlainVerb(tokens: readonly Token[], at: number): boolean {
  return tokens[at]!.pos === 'VERB' && tokens[at + 1]?.pos === 'DET';
}

/** The end of "of state", "of Hewlett-Packard", "for the Tidewater Rovers" after a role noun, or the head itself. */
function complementEnd(tokens: readonly Token[], head: number, nameAt: TokenIndex, outside: (index: number) => boolean): number {
  const link = tokens[head + 1];
  if (link === undefined || !ROLE_LINKS.has(link.lower) || !outside(head + 1)) return head;
  let probe = head + 2;
  if (tokens[probe]?.lower === 'the') probe++;
  let last = head;
  for (; probe < tokens.length && probe - head <= REACH && outside(probe); probe++) {
    const token = tokens[probe]!;
    const named = nameAt[probe]! >= 0 || isCapitalised(token.text);
    const joined = token.text === '-' && tokens[probe - 1]!.end === token.start;
    if (named || joined || (last === head && token.pos === 'NOUN' && TITLE_COMPLEMENTS.has(token.lower))) last = probe;
    else break;
  }
  return last;
}

/** How many modifiers may stand between the article and the kind noun: "the **state-financed Russian** network". */
const KIND_REACH = 3;

/**
 * The kind of organisation an appositive or a noun before the name gives a
 * name mention: "bank" for "a letter from **the bank**, NatWest,", "NatWest,
 * **the bank**, said" and "**the British bank** NatWest". The kind nouns of
 * {@link ORGANISATION_KINDS} after an article or possessive, and set off before
 * a name no first name marks as a person's, any body noun or any noun after
 * "its"; null when none.
 *
 * @internal
 */
export function readKindOf(tokens: readonly Token[], mention: NameMention): string | null {
  // Hint: from the name itself, past any title the mention holds ("the mine's operator, Tallowood Coal").
  const before = tokens[mention.nameFirst - 1];
  const kindBefore = before?.text === ',' ? mention.nameFirst - 2 : mention.nameFirst - 1;
  // "the mine's operator, Tallowood Coal,": a body noun is a kind before a name that no first name marks as a
  // person's; so is any noun after "its" before a one-word name ("its ticketing partner, TicketDraig", not "Its
  // founder, Ada Quell").
  const personal = (tokens[mention.nameFirst]!.classes & WORD_CLASS.firstName) !== 0;
  const kind = tokens[kindBefore]?.lower ?? '';
  const oneWord = mention.nameFirst === mention.nameLast;
  const bodyNoun = before?.text === ',' && tokens[kindBefore]?.pos === 'NOUN'
    && (ORGANISATION_NOUNS.has(kind) || (oneWord && opensKindPhrase(tokens, kindBefore, 'its')));
  if (!personal && (ORGANISATION_KINDS.has(kind) || bodyNoun) && opensKindPhrase(tokens, kindBefore) && !inTitleComplement(tokens, mention, kindBefore)) {
    // "the bank, NatWest, telling": a comma before the name needs one after it (or the sentence's end).
    if (before?.text !== ',' || closesAppositive(tokens[mention.nameLast + 1])) return tokens[kindBefore]!.lower;
  }
  // "Empresa Provincial de la Energía (EPE), the state's power company,": past the name's initials in brackets.
  const comma = tokens[mention.nameLast + 1]?.text === '(' && tokens[mention.nameLast + 3]?.text === ')' ? mention.nameLast + 4 : mention.nameLast + 1;
  if (tokens[comma]?.text !== ',') return null;
  // "Hanip, one of the country's largest delivery apps,": one of a kind named in the plural, past a possessive.
  const oneOf = tokens[comma + 1]?.lower === 'one' && tokens[comma + 2]?.lower === 'of';
  // A one-word name may be the short form of a longer one ("Halcombe, one of Britain's biggest lenders," after
  // "Halcombe Motor Finance"), which the kind would part it from: only an article opens its appositive.
  const opener = oneOf ? comma + 3 : comma + 1;
  const article = oneWord ? (isArticle(tokens[opener]) ? opener : -1) : namedPossessorEnd(tokens, opener);
  if (article < 0) return null;
  let reach = oneOf ? KIND_REACH + POSSESSOR_REACH : KIND_REACH;
  for (let at = article + 1; at <= article + 1 + reach; at++) {
    const token = tokens[at];
    if (token === undefined) return null;
    // "a Salt Lake City-based company": a place's name before "-based" is one modifier, however many words it has;
    // "the state-owned power company": so is any word hyphened to the one before.
    if ((isCapitalised(token.text) && reach < KIND_REACH + PLACE_REACH) || isTightHyphen(tokens, at) || isTightHyphen(tokens, at - 1)) reach++;
    const kind = oneOf && token.lower.endsWith('s') ? token.lower.slice(0, -1) : token.lower;
    // "Stridely, a running app with more than 9 million users,": the kind may take a complement after it.
    // "Harvest Bridge, a charity,": any body noun, after a name no first name marks as a person's.
    // Hint: not a word a tight hyphen joins to the next ("City-based").
    if ((ORGANISATION_KINDS.has(kind) || (!personal && token.pos === 'NOUN' && ORGANISATION_NOUNS.has(kind))) && !isTightHyphen(tokens, at + 1)) {
      // "a Tarn-based company that owns parks": a relative clause on the kind goes on the appositive too (not "who",
      // which a person's role takes: "a crane operator who …").
      return closesAppositive(tokens[at + 1]) || tokens[at + 1]!.pos === 'ADP' || THING_RELATIVES.has(tokens[at + 1]!.lower) ? kind : null;
    }
    // "a running and cycling app": coordinated modifiers.
    if (!isModifier(token) && token.pos !== 'PROPN' && token.text !== '-' && token.pos !== 'CCONJ' && !(oneOf && isPossessive(token))) return null;
  }
  return null;
}

/** How many more tokens a possessor before the kind may take after "one of the": "the **country 's** largest apps". */
const POSSESSOR_REACH = 2;

/** How many words of a place's name may stand among the kind's modifiers: "a **Salt Lake City**-based company". */
const PLACE_REACH = 3;

/**
 * "The health spokesperson in the provincial legislature, Sipho Zulu,": whether token `at` lies in the complement of
 * the title the mention holds, after the preposition that follows its head, and so names where the person works.
 */
function inTitleComplement(tokens: readonly Token[], mention: NameMention, at: number): boolean {
  if (mention.title === null || mention.first > at) return false;
  for (let probe = mention.first; probe < at; probe++) if (tokens[probe]!.pos === 'ADP') return true;
  return false;
}

/** Whether the kind noun at `kind` follows an article or a possessive (`only`, when given), past a few modifiers. */
function opensKindPhrase(tokens: readonly Token[], kind: number, only?: string): boolean {
  for (let at = kind - 1; at >= 0 && kind - at <= KIND_REACH + 1; at--) {
    const token = tokens[at]!;
    if (only !== undefined && (isArticle(token) || isPossessive(token) || token.pos === 'PRON')) return token.lower === only;
    if (isArticle(token) || isPossessive(token) || token.pos === 'PRON') return true;
    if (!isModifier(token) && token.pos !== 'PROPN' && token.text !== '-') return false;
  }
  return false;
}

/**
 * Where the determiner of an appositive ends, from token `at`: the article itself, or the possessive after a name
 * ("Santa Fe's state-owned power company", "Ohio's largest utility"); -1 when it opens with neither.
 */
function namedPossessorEnd(tokens: readonly Token[], at: number): number {
  if (isArticle(tokens[at])) return at;
  for (let probe = at; probe < at + PLACE_REACH && isCapitalised(tokens[probe]?.text ?? ''); probe++) {
    const next = tokens[probe + 1];
    if (next !== undefined && isPossessive(next)) return probe + 1;
  }
  return -1;
}

function isArticle(token: Token | undefined): boolean {
  return token !== undefined && ARTICLES.has(token.lower);
}

function closesAppositive(token: Token | undefined): boolean {
  return token === undefined || token.text === ',' || token.text === '.' || token.text === ';' || token.text === ')';
}
