import { FORWARD_MODIFIERS, ROLE_LINKS } from '../lexicon/descriptions.js';
import { TITLE_COMPLEMENTS, TITLE_HEADS } from '../lexicon/titles.js';
import type { Description, Token, TokenIndex } from '../pipeline/document.js';
import { MODIFIER_POS } from './pos.js';
import { isCapitalised, isPossessive } from './tokens.js';

/** Where a description lies: see {@link Description}. @internal */
export type DescriptionSpan = Pick<Description, 'first' | 'head' | 'last' | 'subject'>;

/** A modifier of a role, a participle among them: "the **acting** director", "the **newly elected** mayor". */
function isModifier(token: Token): boolean {
  return MODIFIER_POS.has(token.pos) || (token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower)) || token.pos === 'ADV';
}

/** How many words a description's modifiers and complement may run to. */
const REACH = 6;

/**
 * Reads a definite description whose article is token `at`: "the", modifiers,
 * a role noun from the title lexicon, and an "of/for/at" complement made of
 * capitalised words or a lower-case office ("of state"). A role noun followed
 * by a name is a title of that name ("the Vermont senator Bernie Sanders"),
 * not a description; `nameAt` tells.
 *
 * @internal
 */
export function readDescription(tokens: readonly Token[], at: number, nameAt: TokenIndex, outside: (index: number) => boolean): DescriptionSpan | null {
  if (tokens[at]?.lower !== 'the') return null;
  let head = -1;
  let probe = at + 1;
  for (; probe < tokens.length && probe - at <= REACH && outside(probe); probe++) {
    const token = tokens[probe]!;
    if (nameAt[probe]! >= 0 || FORWARD_MODIFIERS.has(token.lower)) return null;
    const hyphen = token.text === '-' && tokens[probe - 1]!.end === token.start;
    if (TITLE_HEADS.has(token.lower) && !isPlainVerb(tokens, probe)) head = probe;
    // Modifiers come before the role ("the acting director"); after it only more of the role ("chief executive officer").
    else if (head >= 0 || (!hyphen && !isModifier(token))) break;
  }
  if (head < 0 || head !== probe - 1) return null;
  // "the Manchurian Candidate", "the Supreme Court": every word capitalised is a name, not a role.
  if (head > at + 1 && tokens.slice(at + 1, head + 1).every((token) => isCapitalised(token.text))) return null;
  const last = complementEnd(tokens, head, nameAt, outside);
  const position = positionAfter(tokens, last + 1, nameAt);
  return position === null ? null : { first: at, head, last, subject: position === 'subject' };
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
