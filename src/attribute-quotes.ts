import type { Token } from './analyse-text.js';
import { cueAt, cueEndingAt, type Cue } from './find-cues.js';
import type { Mentions } from './find-mentions.js';
import { partitionPoint } from './partition-point.js';
import type { Range } from './range.js';
import type { ScannedQuote } from './scan-quotes.js';

/** How a quote's speaker is mentioned in the text. @internal */
export type Subject =
  | { readonly kind: 'name'; readonly mention: number; readonly span: Range }
  | { readonly kind: 'pronoun'; readonly token: number; readonly span: Range }
  | { readonly kind: 'nominal'; readonly first: number; readonly last: number; readonly span: Range };

/** The sieve that attributed a quote, most certain first. @internal */
export type Rule =
  | 'quote-cue-name'
  | 'quote-cue-pronoun'
  | 'quote-cue-nominal'
  | 'according-to'
  | 'sentence-cue'
  | 'colon'
  | 'same-sentence'
  | 'follow-on'
  | 'multi-paragraph'
  | 'none';

/** @internal */
export interface Attribution {
  readonly quote: ScannedQuote;
  readonly kind: 'direct' | 'partial';
  readonly subject: Subject | null;
  readonly cue: Range | null;
  readonly rule: Rule;
  readonly confidence: number;
}

/** Everything the sieves read. @internal */
export interface AttributionInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quotes: readonly ScannedQuote[];
  readonly paragraphs: readonly Range[];
  readonly mentions: Mentions;
  /** For each token, the index of the quote it lies in (marks included), or -1. */
  readonly quoteAt: Int32Array;
  /** For each token, its paragraph. */
  readonly paragraphAt: Int32Array;
}

const CONFIDENCE: Readonly<Record<Rule, number>> = {
  'quote-cue-name': 0.95,
  'quote-cue-pronoun': 0.9,
  'quote-cue-nominal': 0.9,
  'according-to': 0.9,
  'sentence-cue': 0.8,
  colon: 0.75,
  'same-sentence': 0.75,
  'follow-on': 0.65,
  'multi-paragraph': 0.8,
  none: 0,
};

/** How far the sieves look from a quote, in tokens: an attribution sits close to its quote. */
const WINDOW = 40;

interface Window {
  /** Token indices, inclusive; `first > last` when empty. */
  readonly first: number;
  readonly last: number;
}

/**
 * Attributes every quote, through ordered sieves, most certain first:
 * a cue right next to the quote (`"…," NAME said`, `said NAME`, `NAME said: "…"`),
 * "according to", a cue elsewhere in the quote's sentence, a colon that
 * introduces the quote, then inheritance from the quote before it in the
 * sentence, the paragraph, or the paragraph before. Quoted phrases that are
 * not speech (titles of works, scare quotes) are dropped.
 *
 * @internal
 */
export function attributeQuotes(input: AttributionInput): Attribution[] {
  const { quotes } = input;
  const tokenOf = quoteTokens(input);
  const result: Attribution[] = [];
  let previous: Attribution | null = null;

  quotes.forEach((quote, index) => {
    const { open, close } = tokenOf[index]!;
    const left = leftWindow(input, open);
    const right = close < 0 ? { first: 0, last: -1 } : rightWindow(input, close);
    const kind = quoteKind(input, quote, left);
    let attribution: Attribution = {
      quote,
      kind,
      ...(adjacentAfter(input, right, quote) ??
        adjacentBefore(input, left) ??
        sentenceCue(input, left, right) ??
        colonIntroduction(input, quote, left) ??
        inherited(input, previous, quote)),
    };
    // Hint: words inside a quote are never its speaker or cue; the sieves ensure it, and this keeps it so.
    if (attribution.subject !== null && (overlaps(attribution.subject.span, quote) || (attribution.cue !== null && overlaps(attribution.cue, quote)))) {
      attribution = { quote, kind, subject: null, cue: null, rule: 'none', confidence: CONFIDENCE.none };
    }
    if (!isSpeech(input, attribution)) return;
    result.push(attribution);
    previous = attribution;
  });
  return attributeRunOnParagraphs(result);
}

/**
 * A quote that runs over several paragraphs is often attributed only at its
 * end (`…the last paragraph," she said.`): the attribution of the last
 * paragraph carries back to the paragraphs before it that had none of their own.
 */
function attributeRunOnParagraphs(attributions: Attribution[]): Attribution[] {
  for (let index = attributions.length - 2; index >= 0; index--) {
    const current = attributions[index]!;
    const next = attributions[index + 1]!;
    if (current.quote.close >= 0 || next.quote.paragraph !== current.quote.paragraph + 1) continue;
    if ((current.rule !== 'follow-on' && current.rule !== 'none') || next.subject === null) continue;
    if (overlaps(next.subject.span, current.quote) || (next.cue !== null && overlaps(next.cue, current.quote))) continue;
    if (next.rule === 'follow-on' || next.rule === 'none' || next.rule === 'same-sentence') continue;
    attributions[index] = { ...current, subject: next.subject, cue: next.cue, rule: 'multi-paragraph', confidence: CONFIDENCE['multi-paragraph'] };
  }
  return attributions;
}

/**
 * A quote with no cue of its own continues the speech before it: the quote
 * earlier in its sentence or paragraph, or, across one paragraph break, the
 * last quote or reported speech (`Frattini said that…`) of the paragraph before.
 */
function inherited(input: AttributionInput, previous: Attribution | null, quote: ScannedQuote): Found & { confidence: number } {
  const usable = previous !== null && previous.subject !== null ? previous : null;
  if (usable !== null && sameSentence(input, usable.quote, quote)) {
    return { subject: usable.subject, cue: usable.cue, rule: 'same-sentence', confidence: CONFIDENCE['same-sentence'] };
  }
  if (usable !== null && usable.quote.paragraph === quote.paragraph) {
    return { subject: usable.subject, cue: usable.cue, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] };
  }
  const here = reportedSpeech(input, quote.paragraph, -1, quote.open);
  if (here !== null) return { ...here, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] };
  const after = usable !== null && usable.quote.paragraph === quote.paragraph - 1 ? usable.quote.end : -1;
  const reported = reportedSpeech(input, quote.paragraph - 1, after, Infinity);
  if (reported !== null) return { ...reported, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] - 0.1 };
  if (usable !== null && after >= 0) {
    return { subject: usable.subject, cue: usable.cue, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] - 0.05 };
  }
  return { subject: null, cue: null, rule: 'none', confidence: CONFIDENCE.none };
}

interface Found {
  readonly subject: Subject | null;
  readonly cue: Range | null;
  readonly rule: Rule;
  readonly confidence: number;
}

/** Token index of each quote's opening mark and of the first token after its closing mark (-1 if it runs on). */
function quoteTokens(input: AttributionInput): { open: number; close: number }[] {
  const { tokens, quotes } = input;
  const result: { open: number; close: number }[] = [];
  let at = 0;
  for (const quote of quotes) {
    while (at < tokens.length && tokens[at]!.end <= quote.open) at++;
    const open = at;
    let close = -1;
    if (quote.close >= 0) {
      while (at < tokens.length && tokens[at]!.start <= quote.close) at++;
      close = at;
    }
    result.push({ open, close });
  }
  return result;
}

function isSentenceEnd(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text !== '.' && token.text !== '!' && token.text !== '?' && token.text !== '...' && token.text !== '…') return false;
  // "R-Ky., said", "(D-Wis.) said": the period of an abbreviation wink did not know.
  const next = tokens[index + 1];
  // "N.Y.": a period written tight between two letters is inside an abbreviation.
  const previous = tokens[index - 1];
  if (token.text === '.' && next !== undefined && previous !== undefined && previous.end === token.start && token.end === next.start) return false;
  return next === undefined || !(next.text === ',' || next.text === ')' || next.text === ';' || /^\p{Ll}/u.test(next.text));
}

/** The tokens before a quote, back to the start of its sentence, its paragraph, or the quote before. */
function leftWindow(input: AttributionInput, open: number): Window {
  const { tokens, quoteAt, paragraphAt } = input;
  const paragraph = paragraphAt[open] ?? -1;
  let first = open;
  while (first > 0 && open - first < WINDOW) {
    const at = first - 1;
    if (paragraphAt[at] !== paragraph || quoteAt[at]! >= 0 || isSentenceEnd(tokens, at)) break;
    first = at;
  }
  return { first, last: open - 1 };
}

/** The tokens after a quote, up to the end of its sentence, its paragraph, or the next quote. */
function rightWindow(input: AttributionInput, after: number): Window {
  const { tokens, quoteAt, paragraphAt } = input;
  const paragraph = after > 0 ? paragraphAt[after - 1] : -1;
  let last = after - 1;
  while (last + 1 < tokens.length && last + 1 - after < WINDOW) {
    const at = last + 1;
    if (paragraphAt[at] !== paragraph || quoteAt[at]! >= 0) break;
    last = at;
    if (isSentenceEnd(tokens, at)) break;
  }
  return { first: after, last };
}

const LEADING_PUNCTUATION: ReadonlySet<string> = new Set([',', '—', '–', '-', '--', ';', '(']);
/** Words that may sit between a subject and its verb: "Rice **also** said", "he **later** told". */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);

/** How far after a quote its cue may be: `"…," Malkia Cyril, the executive director at …, told`. */
const SUBJECT_SPAN = 30;

/** `"…," NAME said` / `"…," said NAME` / `"…," NAME (D-Wis.), the …, told` / `"…," according to NAME`. */
function adjacentAfter(input: AttributionInput, window: Window, quote: ScannedQuote): Found | null {
  const { tokens } = input;
  let at = window.first;
  while (at <= window.last && LEADING_PUNCTUATION.has(tokens[at]!.text)) at++;
  if (at > window.last) return null;
  // Hint: after a quote that ends its sentence (`"We won." He said…`), only a bare attribution belongs to it.
  const endsSentence = input.text.charAt(quote.end - 1) === '.' && at === window.first;

  const cue = cueAt(tokens, at);
  if (cue !== null) {
    const subject = subjectAfter(input, cue.last + 1, window.last);
    if (subject === null) return null;
    return found(input, subject, cue, cue.sourceAfter ? 'according-to' : null);
  }
  for (let verb = at + 1; verb <= window.last && verb - at <= SUBJECT_SPAN; verb++) {
    const verbCue = cueAt(tokens, verb);
    if (verbCue === null || verbCue.sourceAfter) continue;
    const subject = subjectInRange(input, at, verb - 1);
    if (subject === null) return null;
    if (tokens[verbCue.last + 1]?.lower === 'that') return null;
    if (endsSentence && !isBareAttribution(tokens, verbCue.last + 1, window.last)) return null;
    if (introducesNextQuote(input, quote, verbCue.last + 1, window.last)) return null;
    return found(input, subject, verbCue, null);
  }
  return null;
}

/**
 * The subject written between a quote and its verb: a name (with any title,
 * parenthesis or appositive after it), a pronoun, or a noun phrase
 * ("a narrator in the Clinton ad"). A clause of its own in between (a
 * finite verb not inside an appositive) means the verb is not this quote's cue.
 */
function subjectInRange(input: AttributionInput, first: number, last: number): Subject | null {
  const { tokens, mentions } = input;
  // "Sotomayor has said", "he later told": auxiliaries and adverbs before the verb belong to it.
  while (last > first && BETWEEN_SUBJECT_AND_VERB.has(tokens[last]!.pos)) last--;
  // "South Carolina, he said, was …": the pronoun right before the verb is its subject.
  if (last > first && SUBJECT_PRONOUN_WORDS.has(tokens[last]!.lower) && tokens[last - 1]!.text === ',') return pronounSubject(input, last);
  const head = tokens[first]!;
  if (SUBJECT_PRONOUN_WORDS.has(head.lower)) {
    // "it further wrote", "he later told": at most two words between a pronoun and its verb.
    return last - first <= 2 && !tokens.slice(first + 1, last + 1).some((token) => token.pos === 'PUNCT') ? pronounSubject(input, first) : null;
  }
  // "Texas-based Matt Mackowiak said": a name right before the verb, after modifiers of its own.
  const ending = mentions.nameAt[last]!;
  if (ending >= 0 && mentions.names[ending]!.nameLast === last && !hasClause(tokens, first, mentions.names[ending]!.nameFirst - 1)) {
    return nameSubject(input, ending);
  }
  const named = mentionStartingAt(input, first);
  if (named >= 0) {
    const mention = mentions.names[named]!;
    const after = mention.last + 1;
    if (after > last || tokens[after]!.text === ',' || tokens[after]!.text === '(' || !hasClause(tokens, after, last)) {
      return nameSubject(input, named);
    }
    return null;
  }
  if (hasClause(tokens, first, last) || last - first > 10) return null;
  return nominalStartingAt(input, first, last);
}

/** Whether tokens `first..last` hold a finite verb: a clause of their own. */
function hasClause(tokens: readonly Token[], first: number, last: number): boolean {
  let depth = 0;
  for (let at = first; at <= last; at++) {
    const token = tokens[at]!;
    if (token.text === '(' || token.text === ',') depth++;
    else if (token.text === ')') depth = Math.max(0, depth - 1);
    // "Texas-based": a participle hyphened to a word is a modifier, not a clause.
    else if (depth === 0 && (token.pos === 'VERB' || token.pos === 'AUX') && tokens[at - 1]?.text !== '-') return true;
  }
  return false;
}

/**
 * `"Why now?" Mills then writes back, "You look cute."`: after a quote that
 * ends its sentence, an attribution that leads with a comma or colon into the
 * next quote belongs to that next quote.
 */
function introducesNextQuote(input: AttributionInput, quote: ScannedQuote, from: number, last: number): boolean {
  const { tokens, quoteAt } = input;
  if (!/[.!?]/.test(input.text.charAt(quote.end - 1))) return false;
  for (let at = from; at <= last; at++) if (tokens[at]!.text !== ',' && tokens[at]!.text !== ':') return false;
  return last + 1 < tokens.length && quoteAt[last + 1]! >= 0 && from <= last;
}

/** After a sentence-ending quote, an attribution must end its own sentence quickly: `He said.` */
function isBareAttribution(tokens: readonly Token[], from: number, last: number): boolean {
  return from > last || isSentenceEnd(tokens, from) || tokens[from]!.text === ',' || last - from < 4;
}

/** `NAME said: "…"`, `NAME said, "…"`, `he told reporters: "…"`. */
function adjacentBefore(input: AttributionInput, window: Window): Found | null {
  const { tokens } = input;
  let end = window.last;
  if (end < window.first) return null;
  const mark = tokens[end]!.text;
  if (mark === ',' || mark === ':' || mark === '—' || mark === '-') end--;
  else if (tokens[end]!.lower === 'that') end--;
  // The cue sits within a few words of the quote: `said in a statement Thursday:`.
  for (let at = end; at >= window.first && end - at < 8; at--) {
    const cue = cueEndingAt(tokens, at);
    if (cue === null) continue;
    if (cue.sourceAfter) {
      const subject = subjectAfter(input, cue.last + 1, end);
      return subject === null ? null : found(input, subject, cue, 'according-to');
    }
    const subject = subjectOfCue(input, cue, window.first);
    // "who told Congress when asked …:": a cue without a subject may hang on an earlier one.
    if (subject !== null) return found(input, subject, cue, null);
  }
  return null;
}

/** A cue elsewhere in the quote's sentence: `X called the mission a "nucleus"`, `"…" is what X told them`. */
function sentenceCue(input: AttributionInput, left: Window, right: Window): Found | null {
  const { tokens } = input;
  for (let at = left.last; at >= left.first; at--) {
    const cue = cueEndingAt(tokens, at);
    if (cue === null) continue;
    const subject = cue.sourceAfter ? subjectAfter(input, cue.last + 1, left.last) : subjectOfCue(input, cue, left.first);
    if (subject !== null) return found(input, subject, cue, cue.sourceAfter ? 'according-to' : 'sentence-cue');
  }
  for (let at = right.first; at <= right.last; at++) {
    const cue = cueAt(tokens, at);
    if (cue === null || !cue.sourceAfter) continue;
    const subject = subjectAfter(input, cue.last + 1, right.last);
    if (subject !== null) return found(input, subject, cue, 'according-to');
  }
  return null;
}

/**
 * A quote that opens its paragraph after a sentence ending in a colon
 * (`Caddell continued:`) belongs to the subject of that sentence.
 */
function colonIntroduction(input: AttributionInput, quote: ScannedQuote, left: Window): Found | null {
  const { tokens, paragraphAt } = input;
  if (left.last >= left.first && tokens[left.last]!.text !== ':') return null;
  let colon = left.last >= left.first ? left.last : left.first - 1;
  if (tokens[colon]?.text !== ':' ) {
    if (left.last >= left.first) return null;
    colon = left.first - 1;
    if (tokens[colon]?.text !== ':' || (paragraphAt[colon] ?? -1) < quote.paragraph - 1) return null;
  }
  if (input.quoteAt[colon]! >= 0) return null;
  const paragraph = paragraphAt[colon]!;
  // "… - Michael P. McDonald:" names its speaker right before the colon.
  const named = input.mentions.nameAt[colon - 1] ?? -1;
  if (named >= 0) return { subject: nameSubject(input, named), cue: tokenRange(tokens, colon, colon), rule: 'colon', confidence: CONFIDENCE.colon };
  let first = colon;
  while (first > 0 && paragraphAt[first - 1] === paragraph && !isSentenceEnd(tokens, first - 1) && input.quoteAt[first - 1]! < 0 && colon - first < WINDOW) first--;
  // "…, but he gave the Texan a compliment:": the clause the colon ends.
  for (let at = colon - 1; at > first; at--) {
    if ((tokens[at]!.lower === 'but' || tokens[at]!.lower === 'and') && tokens[at - 1]!.text === ',') {
      first = at + 1;
      break;
    }
  }
  for (let at = colon - 1; at >= first; at--) {
    const cue = cueAt(tokens, at);
    if (cue === null || cue.sourceAfter) continue;
    const subject = subjectOfCue(input, cue, first);
    if (subject !== null) return found(input, subject, cue, 'colon');
  }
  const subject = firstSubjectIn(input, first, colon - 1);
  return subject === null ? null : { subject, cue: tokenRange(tokens, colon, colon), rule: 'colon', confidence: CONFIDENCE.colon };
}

/**
 * The subject of the last speech cue in a paragraph, between offsets `after`
 * and `before`, with no quote in between: `Frattini said that…` or `…, Schiff said.`
 * before a quote with no cue of its own.
 */
function reportedSpeech(input: AttributionInput, paragraph: number, after: number, before: number): Found | null {
  const { tokens, paragraphAt, quoteAt, paragraphs } = input;
  const range = paragraphs[paragraph];
  if (range === undefined) return null;
  let at = lastTokenBefore(tokens, Math.min(range.end, before));
  const stop = Math.max(0, at - 4 * WINDOW);
  for (; at >= stop && paragraphAt[at] === paragraph && tokens[at]!.start >= after; at--) {
    if (quoteAt[at]! >= 0) return null;
    const cue = cueAt(tokens, at);
    // Hint: in the paragraph before a quote, "Howard continued his remarks." is enough of a cue.
    if (cue === null || (cue.strength !== 'speech' && before !== Infinity) || cue.sourceAfter) continue;
    const subject = subjectOfCue(input, cue, sentenceStart(input, at));
    if (subject !== null) return found(input, subject, cue, null);
  }
  return null;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Index of the last token that starts before `offset` (binary search), or -1. */
function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (index) => tokens[index]!.start < offset) - 1;
}

function found(input: AttributionInput, subject: Subject, cue: Cue, rule: Rule | null): Found {
  const byMention: Rule = subject.kind === 'name' ? 'quote-cue-name' : subject.kind === 'pronoun' ? 'quote-cue-pronoun' : 'quote-cue-nominal';
  const chosen = rule ?? byMention;
  return { subject, cue: tokenRange(input.tokens, cue.first, cue.last), rule: chosen, confidence: CONFIDENCE[chosen] };
}

function tokenRange(tokens: readonly Token[], first: number, last: number): Range {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

function pronounSubject(input: AttributionInput, token: number): Subject {
  return { kind: 'pronoun', token, span: tokenRange(input.tokens, token, token) };
}

function nameSubject(input: AttributionInput, mention: number): Subject {
  const name = input.mentions.names[mention]!;
  return { kind: 'name', mention, span: tokenRange(input.tokens, name.nameFirst, name.nameLast) };
}

const SUBJECT_PRONOUN_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who']);
/** Speakers named only by a quantity: `"…," one said`, `said another`. */
const INDEFINITE_SUBJECTS: ReadonlySet<string> = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'both', 'most', 'few']);
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** A subject that starts at token `at`: a name (with its title), a pronoun, or a noun phrase. */
function subjectStartingAt(input: AttributionInput, at: number, limit: number): Subject | null {
  const { tokens, mentions, quoteAt } = input;
  if (at > limit || quoteAt[at]! >= 0) return null;
  const token = tokens[at]!;
  if (SUBJECT_PRONOUN_WORDS.has(token.lower)) return { kind: 'pronoun', token: at, span: tokenRange(tokens, at, at) };
  const named = mentions.nameAt[at]!;
  const mentionHere = mentionStartingAt(input, at);
  if (mentionHere >= 0) return nameSubject(input, mentionHere);
  if (named >= 0) return nameSubject(input, named);
  return nominalStartingAt(input, at, limit);
}

/** The name mention whose phrase (title included) starts at token `at`, or -1. */
function mentionStartingAt(input: AttributionInput, at: number): number {
  const { mentions } = input;
  for (let probe = at; probe < at + 10 && probe < mentions.nameAt.length; probe++) {
    const index = mentions.nameAt[probe]!;
    if (index >= 0) return mentions.names[index]!.first <= at ? index : -1;
  }
  return -1;
}

/** A noun phrase starting at `at`: "a police spokesman", "the company", "officials". */
function nominalStartingAt(input: AttributionInput, at: number, limit: number): Subject | null {
  const { tokens, quoteAt } = input;
  if (INDEFINITE_SUBJECTS.has(tokens[at]!.lower) && (at === limit || !NOUN_PHRASE_POS.has(tokens[at + 1]!.pos))) {
    return { kind: 'nominal', first: at, last: at, span: tokenRange(tokens, at, at) };
  }
  let last = at;
  if (isDeterminer(tokens[at]!)) last++;
  let head = -1;
  while (last <= limit && quoteAt[last]! < 0) {
    const token = tokens[last]!;
    if (NOUN_PHRASE_POS.has(token.pos) || token.text === "'s" || token.text === '’s' || token.text === '-') {
      if (token.pos === 'NOUN' || token.pos === 'PROPN') head = last;
      last++;
    } else if (head >= 0 && token.pos === 'ADP' && last < limit && isNounPhraseStart(tokens[last + 1]!)) {
      // "a narrator in the Clinton ad", "the mother of three": a prepositional phrase inside the subject.
      last++;
      if (isDeterminer(tokens[last]!)) last++;
    } else break;
  }
  if (head < 0) return null;
  const named = input.mentions.nameAt[head]!;
  if (named >= 0) return nameSubject(input, named);
  // "a statement from the authority's executive director, Victor Amankwah": the name the phrase introduces.
  const introduced = tokens[head + 1]?.text === ',' ? input.mentions.nameAt[head + 2] ?? -1 : -1;
  if (introduced >= 0 && input.mentions.names[introduced]!.first <= head) return nameSubject(input, introduced);
  return { kind: 'nominal', first: at, last: head, span: tokenRange(tokens, at, head) };
}

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our', 'its', 'your']);

function isDeterminer(token: Token): boolean {
  return token.pos === 'DET' || POSSESSIVE_DETERMINERS.has(token.lower);
}

function isNounPhraseStart(token: Token): boolean {
  return isDeterminer(token) || NOUN_PHRASE_POS.has(token.pos);
}

/** The subject after a cue: `said [White House spokesman Scott McClellan]`, `according to [officials]`. */
function subjectAfter(input: AttributionInput, at: number, limit: number): Subject | null {
  const { tokens } = input;
  // Hint: "told reporters", "said Thursday": skip a time word or an object before a name.
  const subject = subjectStartingAt(input, at, limit);
  if (subject === null || subject.kind !== 'pronoun') return subject;
  // "said he" inverts only in a few fixed forms; "said it" is never a source.
  return tokens[at]!.lower === 'it' ? null : subject;
}

/**
 * The subject of a cue: the one just before it, or, for a participle set off
 * by a comma (`Weaver …, telling reporters, "…"`, `by saying he would…`), the subject of its clause.
 */
function subjectOfCue(input: AttributionInput, cue: Cue, first: number): Subject | null {
  const { tokens } = input;
  const subject = subjectBefore(input, cue.first - 1, first);
  // "she released a statement saying": a participle after an object speaks for the clause's subject.
  if (subject !== null && (subject.kind !== 'nominal' || !tokens[cue.first]!.lower.endsWith('ing'))) return subject;
  if (!tokens[cue.first]!.lower.endsWith('ing')) return subject;
  // "a top GOP strategist said …, saying": the participle shares the subject of the verb before it.
  for (let at = cue.first - 1; at >= first; at--) {
    const earlier = cueAt(tokens, at);
    if (earlier === null || earlier.sourceAfter || tokens[at]!.lower.endsWith('ing')) continue;
    const shared = subjectBefore(input, at - 1, first);
    if (shared !== null) return shared;
  }
  return firstSubjectIn(input, first, cue.first - 1) ?? subject;
}

/** The first token of the sentence that holds token `at`, within its paragraph and {@link WINDOW}. */
function sentenceStart(input: AttributionInput, at: number): number {
  const { tokens, paragraphAt, quoteAt } = input;
  let first = at;
  while (first > 0 && at - first < WINDOW && paragraphAt[first - 1] === paragraphAt[at] && quoteAt[first - 1]! < 0 && !isSentenceEnd(tokens, first - 1)) first--;
  return first;
}

/**
 * The subject that ends just before a cue: `[Powell] said`, `[a police spokesman] also said`,
 * `[Burns], the U.S. ambassador, said`, `[Rep. Gwen Moore] (D-Wis.) said`.
 */
function subjectBefore(input: AttributionInput, at: number, first: number): Subject | null {
  const { tokens, mentions, quoteAt } = input;
  while (at >= first && BETWEEN_SUBJECT_AND_VERB.has(tokens[at]!.pos) && !SUBJECT_PRONOUN_WORDS.has(tokens[at]!.lower)) at--;
  // "He went on to say", "she wanted to add": the subject of the verb the infinitive hangs on.
  if (at > first && tokens[at + 1]?.lower === 'to' && tokens[at]!.pos === 'ADP') at--;
  if (at >= first && tokens[at]!.lower === 'to') {
    let verb = at - 1;
    if (verb > first && tokens[verb]!.pos === 'ADP') verb--;
    if (verb >= first && tokens[verb]!.pos === 'VERB') at = verb - 1;
    while (at >= first && BETWEEN_SUBJECT_AND_VERB.has(tokens[at]!.pos) && !SUBJECT_PRONOUN_WORDS.has(tokens[at]!.lower)) at--;
  }
  if (at >= first && tokens[at]!.text === ')') {
    let open = at - 1;
    while (open >= first && at - open < 12 && tokens[open]!.text !== '(') open--;
    if (open < first || tokens[open]!.text !== '(') return null;
    at = open - 1;
  }
  if (at < first || quoteAt[at]! >= 0) return null;
  if (tokens[at]!.text === ',') return interruptedSubject(input, at, first);
  const token = tokens[at]!;
  // "Trump returned … and declared": the subject of a coordinated verb opens the clause.
  if (token.lower === 'and' || token.lower === 'but') return firstSubjectIn(input, first, at - 1);
  if (SUBJECT_PRONOUN_WORDS.has(token.lower)) return pronounSubject(input, at);
  for (let probe = at; probe >= first && at - probe < 16; probe--) {
    const index = mentions.nameAt[probe]!;
    if (index >= 0) {
      if (mentions.names[index]!.last !== at && probe !== at) return null;
      const origin = placeOfOrigin(input, index);
      // "responded … on Facebook writing": the object of a preposition does not speak.
      if (origin === index && tokens[mentions.names[index]!.first - 1]?.pos === 'ADP') return null;
      return nameSubject(input, origin);
    }
    if (tokens[probe]!.pos === 'VERB' || tokens[probe]!.pos === 'AUX' || tokens[probe]!.text === ',') break;
  }
  if (INDEFINITE_SUBJECTS.has(token.lower)) return { kind: 'nominal', first: at, last: at, span: tokenRange(tokens, at, at) };
  if (token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'NUM') return null;
  let start = at;
  while (start > first && quoteAt[start - 1]! < 0) {
    const previous = tokens[start - 1]!;
    const joins = NOUN_PHRASE_POS.has(previous.pos) || previous.text === "'s" || previous.text === '’s' || previous.text === '-';
    // "the mother of three": step over a preposition that has a noun before it.
    const preposition = previous.pos === 'ADP' && start - 2 >= first && NOUN_PHRASE_POS.has(tokens[start - 2]!.pos);
    if (!joins && !preposition) break;
    start--;
  }
  if (start > first && isDeterminer(tokens[start - 1]!)) start--;
  // "a White House official who spoke anonymously to discuss internal strategy said": the head of the relative clause.
  for (let probe = start - 1; probe > first && start - probe <= 15; probe--) {
    const word = tokens[probe]!;
    if (word.text === ',' || word.text === ';' || quoteAt[probe]! >= 0) break;
    if (word.lower === 'who') return subjectBefore(input, probe - 1, first);
  }
  return { kind: 'nominal', first: start, last: at, span: tokenRange(tokens, start, at) };
}

/** `Colin Mabry of Bell Street wrote`: the person, not the place after "of". */
function placeOfOrigin(input: AttributionInput, mention: number): number {
  const { tokens, mentions } = input;
  const first = mentions.names[mention]!.first;
  const link = tokens[first - 1]?.lower;
  if ((link !== 'of' && link !== 'from') || first < 2) return mention;
  const before = mentions.nameAt[first - 2]!;
  return before >= 0 ? before : mention;
}

/** `Hillary Clinton, at a later press gaggle, said`: the name before an interrupting phrase. */
function interruptedSubject(input: AttributionInput, comma: number, first: number): Subject | null {
  const { tokens, mentions } = input;
  for (let probe = comma - 1; probe >= first && comma - probe <= SUBJECT_SPAN; probe--) {
    const index = mentions.nameAt[probe]!;
    if (index < 0) continue;
    const mention = mentions.names[index]!;
    probe = mention.first;
    const next = tokens[mention.nameLast + 1]?.text;
    let start = mention.first;
    if (start > first && isDeterminer(tokens[start - 1]!)) start--;
    const opensClause = start <= first || CLAUSE_STARTS.has(tokens[start - 1]!.text);
    if ((next === ',' || next === '(') && opensClause) return nameSubject(input, index);
  }
  return null;
}

const CLAUSE_STARTS: ReadonlySet<string> = new Set([',', ';', ':', '.', '"', '\u201C', '\u201D', '(', '\u2014']);

/** The first name, pronoun or noun phrase in a sentence: the speaker of a colon-introduced quote. */
function firstSubjectIn(input: AttributionInput, first: number, last: number): Subject | null {
  const { tokens } = input;
  for (let at = first; at <= last; at++) {
    const token = tokens[at]!;
    if (input.quoteAt[at]! >= 0) continue;
    const named = input.mentions.nameAt[at]!;
    if (named >= 0) {
      // "On Twitter, she responded": a name after a preposition is not the subject.
      const mention = input.mentions.names[named]!;
      if (tokens[mention.first - 1]?.pos !== 'ADP') return nameSubject(input, named);
      at = mention.nameLast;
      continue;
    }
    if (SUBJECT_PRONOUN_WORDS.has(token.lower) && token.lower !== 'it') return { kind: 'pronoun', token: at, span: tokenRange(tokens, at, at) };
  }
  return null;
}

/** Whether two quotes share a sentence: nothing but non-final words between them. */
function sameSentence(input: AttributionInput, before: ScannedQuote, after: ScannedQuote): boolean {
  if (before.paragraph !== after.paragraph || before.close < 0) return false;
  const between = input.text.slice(before.close + 1, after.open);
  return !/[.!?]\s/.test(between) && !/[.!?]$/.test(input.text.slice(before.start, before.end).trim()) && between.length < 300;
}

const SENTENCE_OPENERS = /[.!?:;,(\u2014\u2013-]$/;

/** `direct` when the quote is one or more whole sentences; `partial` when woven into the writer's sentence. */
function quoteKind(input: AttributionInput, quote: ScannedQuote, left: Window): 'direct' | 'partial' {
  if (quote.close < 0) return 'direct';
  const { text, tokens } = input;
  const first = text.charAt(quote.start);
  const lowerCase = first !== first.toUpperCase();
  if (left.last < left.first) return lowerCase ? 'partial' : 'direct';
  const before = tokens[left.last]!;
  // `"A," she said, "and B."`: the second half of a split quote goes on with the first.
  if (before.text === ',' && left.last - left.first <= 14 && left.first > 0 && input.quoteAt[left.first - 1]! >= 0) return 'direct';
  if (lowerCase) return 'partial';
  if (SENTENCE_OPENERS.test(before.text)) return 'direct';
  // `said "We will…"` with no comma still opens a sentence of speech.
  return cueAt(tokens, left.last) !== null ? 'direct' : 'partial';
}

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
function isSpeech(input: AttributionInput, attribution: Attribution): boolean {
  const { text } = input;
  const { quote } = attribution;
  const before = text.slice(Math.max(0, quote.open - 40), quote.open);
  if (/[=<]\s*$/.test(before)) return false;
  const words = text.slice(quote.start, quote.end).split(/\s+/).filter(Boolean);
  const ending = /[.,!?;:\u2014\u2026-]/.test(lastCharBeforeClosers(text.slice(quote.start, quote.end)));
  const opensSentence = attribution.kind === 'direct';
  // Titles of shows and works: `on CNN's "State of the Union."`, unless the quote stands right next to its cue.
  if (words.length <= 8 && isTitleCase(words) && !ADJACENT_RULES.has(attribution.rule)) return false;
  if (attribution.rule !== 'follow-on' && attribution.rule !== 'same-sentence' && attribution.rule !== 'none') return true;
  if (quote.close < 0) return true;
  // `would 'push traffic into residential streets'`: more words of the speech the sentence already reports.
  if (attribution.rule === 'same-sentence' && !isTitleCase(words)) return true;
  if (ending && (words.length >= 4 || opensSentence)) return true;
  if (ending && SPEECH_INTRODUCERS.test(before)) return true;
  // `agreeing to dispatch "as soon as possible" a small group`: a run of everyday words quotes someone's wording.
  if (words.length >= 4 && /^\p{Ll}/u.test(words[0]!) && !isTitleCase(words)) return true;
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
