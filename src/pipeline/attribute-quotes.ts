import { auxiliaryBefore, cueAt, cueEndingAt, isPassive, reportingVerbAt, type Cue } from '../grammar/cues.js';
import { partitionPoint } from '../grammar/partition-point.js';
import { OPENER_POS } from '../grammar/pos.js';
import { judgeSpeech } from '../grammar/speech.js';
import { isCapitalised, overlaps } from '../grammar/tokens.js';
import { WORD_CLASS } from '../grammar/word-classes.js';
import {
  firstSubjectIn,
  nameSubject,
  sentenceStart,
  SUBJECT_SPAN,
  BETWEEN_SUBJECT_AND_VERB,
  quotedSpeaker,
  sentenceSubjectBefore,
  subjectAfter,
  subjectInRange,
  subjectOfCue,
  tokenRange,
  WINDOW,
} from '../grammar/subjects.js';
import { CONTINUING_LINKS, MODALS, NEGATIONS, NEW_CLAUSE_LINKS, WH_RELATIVE_WORDS } from '../lexicon/function-words.js';
import { DISPLAY_NOUNS, WORDING_NOUNS } from '../lexicon/works.js';
import { DASHES, LEADING_PUNCTUATION } from '../lexicon/punctuation.js';
import { ASK_FORMS, NAMING_FORMS, SPEECH_VERB_FORMS, SPEECH_VERBS, WRITE_FORMS } from '../lexicon/speech-verbs.js';
import type { Attribution, Document, Range, Rule, ScannedQuote, SpeechEvent, SpeechEvents, Subject, Token } from './document.js';
import { endsSentence } from './split-sentences.js';

const CONFIDENCE: Readonly<Record<Rule, number>> = {
  'quote-cue-name': 0.95,
  'quote-cue-pronoun': 0.9,
  'quote-cue-nominal': 0.9,
  'according-to': 0.9,
  dash: 0.85,
  'sentence-cue': 0.8,
  colon: 0.75,
  'same-sentence': 0.75,
  'follow-on': 0.65,
  'multi-paragraph': 0.8,
  none: 0,
};

/** Short words owned only by the subject of their sentence: less certain than speech the sentence reports. */
const WORDING_CONFIDENCE = CONFIDENCE['same-sentence'] - 0.15;

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
export function attributeQuotes(doc: Document, events: SpeechEvents): Attribution[] {
  const { quotes } = doc;
  const tokenOf = quoteTokens(doc);
  const result: Attribution[] = [];
  let previous: Attribution | null = null;

  // Hint: a quote inside a participial aside between a speaker and the verb (`Hale, wearing "Vote Hale" pins, said`) is no speech.
  const inAside = tokenOf.map(({ open }) => asideAround(doc, open) !== null);

  quotes.forEach((quote, index) => {
    if (inAside[index]) return;
    const { open, close } = tokenOf[index]!;
    const left = leftWindow(doc, open, tokenOf, inAside);
    const right = close < 0 ? { first: 0, last: -1 } : rightWindow(doc, close);
    const kind = quoteKind(doc, quote, left);
    const aside = close < 0 ? null : participialAside(doc, right.first);
    const sieved =
      adjacentAfter(doc, right, quote, aside) ??
      (kind === 'direct' ? dashCredit(doc, right) : null) ??
      adjacentBefore(doc, left) ??
      sentenceCue(doc, left, right) ??
      colonIntroduction(doc, left, quote) ??
      inherited(doc, events, previous, quote, open);
    // Hint: fields named, not spread: V8 builds `{ quote, kind, ...sieved }` in its runtime, about 2 µs a time.
    let attribution: Attribution = { quote, kind, subject: sieved.subject, cue: sieved.cue, rule: sieved.rule, confidence: sieved.confidence };
    // Hint: words inside a quote are never its speaker or cue; the sieves ensure it, and this keeps it so.
    if (pointsInside(attribution, quote)) {
      attribution = { quote, kind, subject: null, cue: null, rule: 'none', confidence: CONFIDENCE.none };
    }
    const verdict = judgeSpeech(doc.text, attribution);
    if (verdict === 'not-speech' || displays(doc, attribution)) return;
    if (verdict === 'wording' || attribution.rule === 'none') {
      // Hint: `Cruz coached Trump to "breathe"`: words with no cue are the words of whoever the sentence is about, if anyone.
      const owner = sentenceSubjectBefore(doc, open);
      if (owner !== null) attribution = { quote, kind, subject: owner, cue: null, rule: 'same-sentence', confidence: WORDING_CONFIDENCE };
      else if (verdict === 'wording') return;
    }
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
    if (pointsInside(next, current.quote)) continue;
    if (next.rule === 'follow-on' || next.rule === 'none' || next.rule === 'same-sentence') continue;
    attributions[index] = { quote: current.quote, kind: current.kind, subject: next.subject, cue: next.cue, rule: 'multi-paragraph', confidence: CONFIDENCE['multi-paragraph'] };
  }
  return attributions;
}

/**
 * A quote with no cue of its own continues the speech before it: the quote
 * earlier in its sentence or paragraph, or, across one paragraph break, the
 * last quote or reported speech (`Frattini said that…`) of the paragraph before.
 */
function inherited(doc: Document, events: SpeechEvents, previous: Attribution | null, quote: ScannedQuote, open: number): Found {
  // Hint: fields named, not spread from the found attribution: V8 builds `{ ...found, rule }` in its runtime, about 2 µs a time.
  const usable = previous !== null && previous.subject !== null ? previous : null;
  if (usable !== null && sameSentence(doc, usable.quote, quote)) {
    return { subject: usable.subject, cue: joinedCueBefore(doc, events, open) ?? usable.cue, rule: 'same-sentence', confidence: CONFIDENCE['same-sentence'] };
  }
  const reporting = sentenceEvent(doc, events, quote, open);
  if (reporting !== null) return { subject: reporting.subject, cue: reporting.cue, rule: 'same-sentence', confidence: CONFIDENCE['same-sentence'] };
  if (usable !== null && usable.quote.paragraph === quote.paragraph) {
    return { subject: usable.subject, cue: usable.cue, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] };
  }
  const here = reportedSpeech(doc, events, quote.paragraph, -1, quote.open);
  if (here !== null) return { subject: here.subject, cue: here.cue, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] };
  const after = usable !== null && usable.quote.paragraph === quote.paragraph - 1 ? attributionEnd(doc, usable) : -1;
  const reported = reportedSpeech(doc, events, quote.paragraph - 1, after, Infinity);
  if (reported !== null) return { subject: reported.subject, cue: reported.cue, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] - 0.1 };
  if (usable !== null && after >= 0) {
    return { subject: usable.subject, cue: usable.cue, rule: 'follow-on', confidence: CONFIDENCE['follow-on'] - 0.05 };
  }
  return { subject: null, cue: null, rule: 'none', confidence: CONFIDENCE.none };
}

/**
 * Where a quote's attribution ends, as an offset: past a relative clause on
 * the speaker named after the quote (`"…," said Ruth Adeyemi, who said she had
 * warned the board`), which describes the speaker and is no new speech for a
 * later quote to continue; else at the end of the quote.
 */
function attributionEnd(doc: Document, attribution: Attribution): number {
  const { tokens, mentions } = doc;
  const { subject, quote } = attribution;
  if (subject === null || subject.span.start < quote.end) return quote.end;
  let last = lastTokenBefore(tokens, subject.span.end);
  if (subject.kind === 'name') last = Math.max(last, mentions.names[subject.mention]!.last);
  let at = last + 1;
  if (tokens[at]?.text === ',') at++;
  if (tokens[at] === undefined || !WH_RELATIVE_WORDS.has(tokens[at]!.lower) || doc.sentenceAt[at] !== doc.sentenceAt[last]) return quote.end;
  // The clause runs to the next comma or the end of its sentence.
  const sentence = doc.sentences[doc.sentenceAt[at]!]!;
  while (at < sentence.last && tokens[at + 1]!.text !== ',') at++;
  return tokens[at]!.end;
}

interface Found {
  readonly subject: Subject | null;
  readonly cue: Range | null;
  readonly rule: Rule;
  readonly confidence: number;
}

/** Token index of each quote's opening mark and of the first token after its closing mark (-1 if it runs on). */
function quoteTokens(doc: Document): { open: number; close: number }[] {
  const { tokens, quotes } = doc;
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

/**
 * The tokens before a quote, back to the start of its sentence or the quote before, unless that quote lies in a
 * participial aside (`Rob Hale, wearing "Vote Hale" pins, said: "…"`): then on past it.
 */
function leftWindow(doc: Document, open: number, tokenOf: readonly { open: number }[], inAside: readonly boolean[]): Window {
  let first = sentenceStart(doc, open);
  for (let before = doc.quoteAt[first - 1] ?? -1; before >= 0 && inAside[before] === true; before = doc.quoteAt[first - 1] ?? -1) {
    const start = sentenceStart(doc, tokenOf[before]!.open);
    if (doc.sentenceAt[start] !== doc.sentenceAt[open]) break;
    first = start;
  }
  return { first, last: open - 1 };
}

/** The tokens after a quote, up to the end of its sentence, its paragraph, or the next quote. */
function rightWindow(doc: Document, after: number): Window {
  const { tokens, quoteAt, paragraphAt } = doc;
  const paragraph = after > 0 ? paragraphAt[after - 1] : -1;
  let last = after - 1;
  while (last + 1 < tokens.length && last + 1 - after < WINDOW) {
    const at = last + 1;
    if (paragraphAt[at] !== paragraph || quoteAt[at]! >= 0) break;
    last = at;
    if (endsSentence(doc, at)) break;
  }
  return { first: after, last };
}

/** A subject set off from its verb of speech by a participial aside: `Rob Hale, wearing a campaign cap, said`. */
interface Aside {
  /** The first token of the subject. */
  readonly first: number;
  /** The comma that closes the aside. */
  readonly close: number;
  /** The verb of speech after it. */
  readonly cue: Cue;
}

/** How many tokens a participial aside may have, its commas included. */
const ASIDE_REACH = 24;

/**
 * `"…," county delegate Rob Hale, wearing a fishing hat and "Vote Hale" pins, said`: the subject after a quote
 * (from token `from`, after any leading comma), an aside set off by commas that opens with a participle in -ing or
 * -ed, perhaps after an adverb (`wearing`, `flanked by aides`, `still smiling`, `asked about the budget`), then a
 * verb of speech. The participle is never the cue, even one that can be (`smiling`, `asked`), and the aside may
 * hold a quote of its own (a slogan, a name), which is no speech. Null for any other shape.
 */
function participialAside(doc: Document, from: number): Aside | null {
  const { tokens, quoteAt, paragraphAt, mentions } = doc;
  let first = from;
  while (first < tokens.length && LEADING_PUNCTUATION.has(tokens[first]!.text)) first++;
  if (first >= tokens.length || quoteAt[first]! >= 0) return null;
  // "county delegate Rob Hale, 54, wearing": the aside comes after the name's whole phrase, age or appositive included.
  const named = mentionOpeningAt(doc, first, Math.min(tokens.length - 1, first + SUBJECT_SPAN));
  let open = named >= 0 ? mentions.names[named]!.last + 1 : first + 1;
  while (open < tokens.length && open - first <= SUBJECT_SPAN && tokens[open]!.text !== ',' && quoteAt[open]! < 0 && !endsSentence(doc, open)) open++;
  if (tokens[open]?.text !== ',' || quoteAt[open]! >= 0) return null;
  let participle = open + 1;
  if (tokens[participle]?.pos === 'ADV') participle++;
  const opener = tokens[participle];
  if (opener === undefined || (opener.pos !== 'VERB' && opener.pos !== 'ADJ') || !/(?:ing|ed)$/.test(opener.lower) || quoteAt[participle]! >= 0) return null;
  let close = participle + 1;
  for (; close < tokens.length && close - open <= ASIDE_REACH && paragraphAt[close] === paragraphAt[open]; close++) {
    if (quoteAt[close]! >= 0) continue;
    if (tokens[close]!.text === ',') break;
    if (endsSentence(doc, close) || /^[;:()]$/.test(tokens[close]!.text)) return null;
  }
  if (tokens[close]?.text !== ',' || paragraphAt[close] !== paragraphAt[open]) return null;
  let verb = close + 1;
  if (tokens[verb]?.pos === 'ADV') verb++;
  const cue = quoteAt[verb] === -1 ? cueAt(tokens, verb) : null;
  return cue === null || cue.sourceAfter ? null : { first, close, cue };
}

/**
 * The participial aside that a quote opening at token `open` lies in, after a named speaker and before the
 * verb (`Rob Hale, wearing a fishing hat and "Vote Hale" pins, said`), or null.
 */
function asideAround(doc: Document, open: number): Aside | null {
  const { tokens, quoteAt, mentions, sentenceAt } = doc;
  let comma = open - 1;
  while (comma >= 0 && open - comma <= ASIDE_REACH && quoteAt[comma]! < 0 && tokens[comma]!.text !== ',' && sentenceAt[comma] === sentenceAt[open]) comma--;
  if (comma < 1 || tokens[comma]!.text !== ',' || quoteAt[comma]! >= 0 || sentenceAt[comma] !== sentenceAt[open]) return null;
  // "Rob Hale, 54, wearing": the name's phrase, age or appositive included, ends at the comma.
  let named = -1;
  for (let probe = comma - 1; probe >= 0 && comma - probe <= SUBJECT_SPAN && named < 0; probe--) named = mentions.nameAt[probe]!;
  const mention = mentions.names[named];
  if (mention === undefined || mention.last !== comma - 1) return null;
  const aside = participialAside(doc, mention.first);
  return aside !== null && aside.close > open ? aside : null;
}

/** `"…," NAME said` / `"…," said NAME` / `"…," NAME (D-Wis.), the …, told` / `"…," according to NAME`. */
function adjacentAfter(doc: Document, window: Window, quote: ScannedQuote, aside: Aside | null): Found | null {
  const { tokens } = doc;
  let at = window.first;
  while (at <= window.last && LEADING_PUNCTUATION.has(tokens[at]!.text)) at++;
  if (at > window.last) return null;
  // Hint: after a quote that ends its sentence (`"We won." He said…`), only a bare attribution belongs to it.
  const quoteEndsSentence = doc.text.charAt(quote.end - 1) === '.' && at === window.first;
  // `"…," Rob Hale, wearing a campaign cap, said`: the verb after the aside, which may run past the window.
  if (aside !== null && aside.first === at) {
    const asideFound = subjectAndVerb(doc, quote, window, at, aside.cue, quoteEndsSentence, null);
    if (asideFound !== null) return asideFound;
  }

  // `Ann Roe said the plan was "reckless", while Tom Hale said …`: a link after the quote opens a clause of the
  // writer's own, whose subject and verb are no attribution of it.
  if (NEW_CLAUSE_LINKS.has(tokens[at]!.lower)) return null;
  const cue = cueAt(tokens, at);
  // `"…", saying the doors would stay open`: a participle after a quote opens a report; what follows is its clause's
  // subject, not the quote's speaker.
  if (cue !== null && !cue.sourceAfter && tokens[cue.first]!.lower.endsWith('ing')) return null;
  if (cue !== null) {
    // `…''did not fly much.'' According to F.A.A. records, the plane…`: after a quote that ends its sentence, a
    // capitalised "According to" opens the next sentence and names that sentence's source.
    if (cue.sourceAfter && quoteEndsSentence && isCapitalised(tokens[cue.first]!.text)) return null;
    const subject = subjectAfter(doc, cue.last + 1, window.last);
    if (subject === null) return null;
    return found(doc, subject, cue, cue.sourceAfter ? 'according-to' : null);
  }
  // Hint: `"…," Ruth Adeyemi, who had warned the board, said`: a cue in a relative clause about the subject
  // reports something else; it stands in for the quote's cue only when no cue follows the clause.
  let relative: Found | null = null;
  for (let verb = at + 1; verb <= window.last && verb - at <= SUBJECT_SPAN; verb++) {
    const verbCue = cueAt(tokens, verb);
    if (verbCue === null || verbCue.sourceAfter) continue;
    // `said it was "studying" the request and would announce …`: a verb coordinated with one before the quote has
    // no subject after the quote.
    if (isCoordinatedVerb(tokens, verb, at)) return relative;
    if (inRelativeClause(tokens, at, verb)) {
      relative ??= subjectAndVerb(doc, quote, window, at, verbCue, quoteEndsSentence, null);
      continue;
    }
    // `Ruth Adeyemi, a nurse who says she warned the board, told`: the clause is about the subject of the verb after it.
    return subjectAndVerb(doc, quote, window, at, verbCue, quoteEndsSentence, relative?.subject ?? null);
  }
  return relative;
}

/** Whether the verb at `verb` follows "and", "but" or "or", past auxiliaries, after token `first`: "and **would** announce". */
function isCoordinatedVerb(tokens: readonly Token[], verb: number, first: number): boolean {
  let at = verb - 1;
  while (at > first && tokens[at]!.pos === 'AUX') at--;
  const link = tokens[at]!.lower;
  return at > first && (link === 'and' || link === 'but' || link === 'or');
}

/**
 * `"…," NAME said`: the attribution by the subject in tokens `first..` (else
 * `otherwise`) and the verb after it, or null.
 */
function subjectAndVerb(
  doc: Document,
  quote: ScannedQuote,
  window: Window,
  first: number,
  verbCue: Cue,
  quoteEndsSentence: boolean,
  otherwise: Subject | null,
): Found | null {
  const { tokens } = doc;
  const subject = quotedSpeaker(doc, verbCue.last, window.last) ?? subjectInRange(doc, first, verbCue.first - 1) ?? otherwise;
  if (subject === null) return null;
  // `"…bully." South Carolina, he said, was…`: after a full stop, the next sentence's own subject is no attribution.
  if (quoteEndsSentence && subject.kind === 'pronoun' && subject.token !== first) return null;
  if (tokens[verbCue.last + 1]?.lower === 'that') return null;
  if (quoteEndsSentence && !isBareAttribution(doc, verbCue.last + 1, window.last)) return null;
  if (introducesNextQuote(doc, quote, verbCue.last + 1, window.last)) return null;
  return found(doc, subject, verbCue, null);
}

/**
 * Whether the verb at `verb` lies in a relative clause opened after token
 * `first` and not closed by a comma before the verb: `Ruth Adeyemi, who had
 * **warned** the board, said` (but `…, who warned the board, **said**`).
 */
function inRelativeClause(tokens: readonly Token[], first: number, verb: number): boolean {
  for (let at = verb - 1; at > first; at--) {
    const token = tokens[at]!;
    if (token.text === ',') return false;
    const before = tokens[at - 1]!;
    if (WH_RELATIVE_WORDS.has(token.lower) && (before.text === ',' || before.pos === 'NOUN' || before.pos === 'PROPN')) return true;
  }
  return false;
}

/**
 * `"We will appeal." — Harriet Olumide, the union's regional secretary`:
 * a dash after a quote, then a name (with its title) and no verb to the end
 * of the sentence, credits the quote. The credit has no verb of speech, so
 * the attribution has no cue. A verb after the name, outside a relative
 * clause about the person, makes it the writer's prose (`"…" — Ebert, for
 * one, was furious`); `adjacentAfter` has already read `"…" — Ebert said`.
 */
function dashCredit(doc: Document, window: Window): Found | null {
  const { tokens, mentions, text, paragraphAt } = doc;
  const dash = tokens[window.first];
  if (dash === undefined || window.first >= window.last || !DASHES.has(dash.text)) return null;
  // A hyphen or double hyphen sets off a credit only with a space after it (`"…" - Ana Ruiz`), not in `"…"-based`.
  if (dash.text.startsWith('-') && !/\s/.test(text.charAt(dash.end))) return null;
  // Hint: the window stops at the end of the sentence, the paragraph, the next quote or WINDOW tokens; only the first two end a credit.
  const next = tokens[window.last + 1];
  if (!endsSentence(doc, window.last) && next !== undefined && paragraphAt[window.last + 1] === paragraphAt[window.last]) return null;
  const named = mentionOpeningAt(doc, window.first + 1, window.last);
  if (named < 0) return null;
  for (let at = mentions.names[named]!.last + 1; at <= window.last; at++) {
    // `— Mayor Jon Ebert, who was re-elected on Tuesday`: a relative clause describes the person credited.
    if (tokens[at]!.lower === 'who' && tokens[at - 1]!.text === ',') break;
    if (tokens[at]!.pos === 'VERB' || tokens[at]!.pos === 'AUX') return null;
  }
  return { subject: nameSubject(doc, named), cue: null, rule: 'dash', confidence: CONFIDENCE.dash };
}

/** The name mention whose phrase, title included (`Commissioner Pavel Ionescu`), starts at token `at`, or -1. */
function mentionOpeningAt(doc: Document, at: number, last: number): number {
  const { nameAt, names } = doc.mentions;
  for (let probe = at; probe <= last; probe++) {
    const named = nameAt[probe]!;
    if (named >= 0) return names[named]!.first === at ? named : -1;
  }
  return -1;
}

/**
 * `"Why now?" Mills then writes back, "You look cute."`: after a quote that
 * ends its sentence, an attribution that leads with a comma or colon into the
 * next quote belongs to that next quote.
 */
function introducesNextQuote(doc: Document, quote: ScannedQuote, from: number, last: number): boolean {
  const { tokens, quoteAt } = doc;
  if (!/[.!?]/.test(doc.text.charAt(quote.end - 1))) return false;
  for (let at = from; at <= last; at++) if (tokens[at]!.text !== ',' && tokens[at]!.text !== ':') return false;
  return last + 1 < tokens.length && quoteAt[last + 1]! >= 0 && from <= last;
}

/**
 * After a sentence-ending quote, an attribution must end its own sentence quickly: `He said.` Words that run on
 * into another quote (`"…." It said managers had "…."`) report something else, however few.
 */
function isBareAttribution(doc: Document, from: number, last: number): boolean {
  if (from > last || endsSentence(doc, from) || doc.tokens[from]!.text === ',') return true;
  return last - from < 4 && !(doc.quoteAt[last + 1]! >= 0 && doc.paragraphAt[last + 1] === doc.paragraphAt[last]);
}

/** `NAME said: "…"`, `NAME said, "…"`, `he told reporters: "…"`. */
function adjacentBefore(doc: Document, window: Window): Found | null {
  const { tokens } = doc;
  let end = window.last;
  if (end < window.first) return null;
  const mark = tokens[end]!.text;
  if (mark === ',' || mark === ':' || mark === '—' || mark === '-') end--;
  else if (tokens[end]!.lower === 'that') end--;
  // The cue sits within a few words of the quote: `said in a statement Thursday:`.
  for (let at = end; at >= window.first && end - at < 8; at--) {
    const cue = cueEndingAt(tokens, at);
    // "X said the committee was being asked to '…'": who is asked does not speak.
    if (cue === null || (!cue.sourceAfter && isPassive(tokens, cue.first)) || isVerbInsideReport(tokens, cue, window.first) || isDistantWeakCue(tokens, cue, end, window.first)) continue;
    if (cue.sourceAfter) {
      const subject = subjectAfter(doc, cue.last + 1, end);
      return subject === null ? null : found(doc, subject, cue, 'according-to');
    }
    const subject = subjectOfCue(doc, cue, window.first);
    // "who told Congress when asked …:": a cue without a subject may hang on an earlier one.
    if (subject !== null) return found(doc, subject, cue, null);
  }
  return null;
}

/**
 * "said she had asked her officials to examine '…'", "said the agency had asked '…' for records": a request
 * inside a report is not the quote's cue, the report's verb is; "She asked: '…'" is. So is a verb after a modal
 * ("said headmasters must report attendance '…'"), an obligation, not speech, and a weak verb whose subject is a
 * pronoun ("said it was recommending the offer '…'"): the reported act of the one who reports it, and a weak verb
 * in -ing that opens the report ("said shooting the animals could lead to '…'"). A naming verb still cues its
 * words ("said he had not had what he called '…'").
 */
function isVerbInsideReport(tokens: readonly Token[], cue: Pick<Cue, 'first' | 'last' | 'sourceAfter'>, first: number): boolean {
  if (cue.sourceAfter) return false;
  const verb = tokens[cue.first]!.lower;
  // "said the fund does not comment on '…'": what the report says is not said is no cue either.
  // So is a letter sent: "said the union had written to the minister asking for '…'".
  const letter = WRITE_FORMS.has(verb) && tokens[cue.last + 1]?.lower === 'to';
  const request = ASK_FORMS.has(verb) || letter || MODALS.has(tokens[cue.first - 1]?.lower ?? '') || auxiliaryBefore(tokens, cue.first, NEGATIONS);
  const weak = SPEECH_VERBS.get(verb) === 'weak' && !NAMING_FORMS.has(verb);
  // "said shooting the animals could lead to '…'": a weak verb in -ing that opens the report is its subject, no cue.
  const gerund = weak && verb.endsWith('ing') && cue.first - 1 >= first && reportingVerbAt(tokens, cue.first - (tokens[cue.first - 1]!.lower === 'that' ? 2 : 1)) !== null;
  if (!request && !gerund && !(weak && pronounSubjectBefore(tokens, cue.first))) return false;
  const next = tokens[cue.last + 1]?.text;
  if (next === ':' || next === ',') return false;
  return hasReportingVerbBefore(tokens, cue.first, first);
}

/** Whether a verb that reports speech stands in `first..before - 1`: the report a verb after it lies in. */
function hasReportingVerbBefore(tokens: readonly Token[], before: number, first: number): boolean {
  for (let at = before - 1; at >= first; at--) if (reportingVerbAt(tokens, at) !== null) return true;
  return false;
}

/** How many tokens a weak verb inside a report may stand before the quote it cues: "said the trial **began** '…'". */
const WEAK_CUE_REACH = 4;

/**
 * "said the trial began in 2025, and that scans showed '…'", "said the owner had stopped answering calls, and that the
 * crew were '…'": a weak verb inside a report that stands away from the quote, past a comma or more than a few words,
 * is an act the report tells of; the report's verb cues the quote.
 */
function isDistantWeakCue(tokens: readonly Token[], cue: Pick<Cue, 'first' | 'last' | 'sourceAfter'>, quoteBefore: number, first: number): boolean {
  if (cue.sourceAfter) return false;
  const verb = tokens[cue.first]!.lower;
  // Not "…, adding that it was '…'": a verb that reports speech of its own cues it; nor "said … and accused the council
  // of '…'" or "criticised …, accusing them of '…'", a verb coordinated with the report's or set off after it.
  const before = tokens[cue.first - 1];
  const coordinated = before?.lower === 'and' || before?.lower === 'but' || (before?.text === ',' && verb.endsWith('ing'));
  if (SPEECH_VERBS.get(verb) !== 'weak' || NAMING_FORMS.has(verb) || reportingVerbAt(tokens, cue.first) !== null || coordinated) return false;
  let distant = quoteBefore - cue.last > WEAK_CUE_REACH;
  for (let at = cue.last + 1; at <= quoteBefore && !distant; at++) distant = tokens[at]!.text === ',';
  if (!distant) return false;
  return hasReportingVerbBefore(tokens, cue.first, first);
}

/** Whether a subject pronoun ends right before the verb at `verb`, past auxiliaries: "it **was** recommending". */
function pronounSubjectBefore(tokens: readonly Token[], verb: number): boolean {
  let at = verb - 1;
  while (at > 0 && verb - at <= SUBJECT_GAP && tokens[at]!.pos === 'AUX') at--;
  return ((tokens[at]?.classes ?? 0) & WORD_CLASS.subjectPronoun) !== 0;
}

/** A cue elsewhere in the quote's sentence: `X called the mission a "nucleus"`, `"…" is what X told them`. */
function sentenceCue(doc: Document, left: Window, right: Window): Found | null {
  const { tokens } = doc;
  // Hint: `When she was asked …, the manager, Joan Pryor, was blunt: "…"`: a cue in the phrase before a
  // colon-introduced quote's main clause is not its cue; the colon sieve reads that phrase when the clause names no one.
  const from = tokens[left.last]?.text === ':' ? mainClauseStart(doc, left.first, left.last) : left.first;
  for (let at = left.last; at >= from; at--) {
    // "an Alaska lawyer accused X of …; he has denied the claim as '…'": a cue before a semicolon is another clause's.
    if (tokens[at]!.text === ';') break;
    const cue = cueEndingAt(tokens, at);
    // "said sand nourishment would have to be repeated '…'": the subject of a passive is not who speaks.
    if (cue === null || isVerbInsideReport(tokens, cue, from) || isDistantWeakCue(tokens, cue, left.last, from) || (!cue.sourceAfter && isPassive(tokens, cue.first))) continue;
    const subject = cue.sourceAfter ? subjectAfter(doc, cue.last + 1, left.last) : subjectOfCue(doc, cue, left.first);
    if (subject !== null) return found(doc, subject, cue, cue.sourceAfter ? 'according-to' : 'sentence-cue');
  }
  for (let at = right.first; at <= right.last; at++) {
    const cue = cueAt(tokens, at);
    if (cue === null || !cue.sourceAfter) continue;
    const subject = subjectAfter(doc, cue.last + 1, right.last);
    if (subject !== null) return found(doc, subject, cue, 'according-to');
  }
  return null;
}

/**
 * A quote that opens its paragraph after a sentence ending in a colon
 * (`Caddell continued:`) belongs to the subject of that sentence.
 */
function colonIntroduction(doc: Document, left: Window, quote: ScannedQuote): Found | null {
  const { tokens } = doc;
  // The colon ends the words before the quote, or, when the quote opens its paragraph, the paragraph before.
  const colon = left.last >= left.first ? left.last : left.first - 1;
  if (tokens[colon]?.text !== ':' || doc.quoteAt[colon]! >= 0) return null;
  let first = sentenceStart(doc, colon);
  // Hint: `What shoppers told us:` heads quotes that each have their own attribution; a quote that runs on
  // over paragraphs has its own at its end (`…," said Dana Whitlow.`), which the run-on pass carries back.
  if (quote.close < 0 && isHeader(tokens, first)) return null;
  // "…, but he gave the Texan a compliment:": the clause the colon ends.
  for (let at = colon - 1; at > first; at--) {
    if ((tokens[at]!.lower === 'but' || tokens[at]!.lower === 'and') && tokens[at - 1]!.text === ',') {
      first = at + 1;
      break;
    }
  }
  // "Pressed on the budget, Councillor Mira Das did not hold back:": the main clause names the speaker, and
  // a pronoun or name in the phrase before it ("When she was asked", "After meeting Ben Ortiz") does not;
  // "As Ebert told the council, the plan is simple:" has no speaker after the comma, so the phrase is read then.
  const main = mainClauseStart(doc, first, colon);
  return (main > first ? colonSpeaker(doc, main, colon) : null) ?? colonSpeaker(doc, first, colon);
}

/** The speaker of a colon-introduced quote in tokens `first..colon`: the subject of a cue, else a name or pronoun. */
function colonSpeaker(doc: Document, first: number, colon: number): Found | null {
  const { tokens } = doc;
  for (let at = colon - 1; at >= first; at--) {
    const cue = cueAt(tokens, at);
    if (cue === null || cue.sourceAfter) continue;
    const subject = subjectOfCue(doc, cue, first);
    if (subject !== null) return found(doc, subject, cue, 'colon');
  }
  // "… - Michael P. McDonald:" names its speaker right before the colon (but "told Pryce:" names the listener).
  const named = doc.mentions.nameAt[colon - 1] ?? -1;
  const subject = named >= 0 ? nameSubject(doc, named) : firstSubjectIn(doc, first, colon - 1);
  return subject === null ? null : { subject, cue: tokenRange(tokens, colon, colon), rule: 'colon', confidence: CONFIDENCE.colon };
}

/** `What shoppers told us:`, `Here is what they said:`: a sentence that is a wh-clause, with no main clause of its own. */
function isHeader(tokens: readonly Token[], first: number): boolean {
  const words = tokens.slice(first, first + 3).map((token) => token.lower);
  const wh = words[0] === 'here' || words[0] === 'this' ? words[words[1] === 'is' ? 2 : 1] : words[0];
  if (words[0] === "here's" || words[0] === 'here’s') return words[1] === 'what' || words[1] === 'how';
  return wh === 'what' || wh === 'how';
}

/**
 * The first token after a phrase that opens the sentence and is set off by a
 * comma (`Asked whether he would stay, …`), or `first` when it opens with its subject.
 */
function mainClauseStart(doc: Document, first: number, colon: number): number {
  const { tokens, quoteAt } = doc;
  if (!OPENER_POS.has(tokens[first]!.pos)) return first;
  for (let at = first + 1; at < colon - 1; at++) {
    if (tokens[at]!.text === ',' && quoteAt[at]! < 0) return at + 1;
  }
  return first;
}

/**
 * The source of the last speech event in a paragraph, between offsets `after`
 * and `before`, with no quote in between: `Frattini said that…` or `…, Schiff said.`
 * before a quote with no cue of its own. Only a verb of speech with its subject
 * before it counts, as a quote cue would.
 */
function reportedSpeech(doc: Document, events: SpeechEvents, paragraph: number, after: number, before: number): Found | null {
  const { tokens, paragraphAt, quoteAt, paragraphs } = doc;
  const range = paragraphs[paragraph];
  if (range === undefined) return null;
  let at = lastTokenBefore(tokens, Math.min(range.end, before));
  const stop = Math.max(0, at - 4 * WINDOW);
  for (; at >= stop && paragraphAt[at] === paragraph && tokens[at]!.start >= after; at--) {
    if (quoteAt[at]! >= 0) return null;
    // Hint: most tokens start no event; the index is tested first, as reading list[-1] takes the array's slow path.
    const index = events.eventAt[at]!;
    if (index < 0) continue;
    const event = events.list[index]!;
    // Hint: "businesses did not report thefts": what was not said is no speech for a quote to continue.
    if (event.strength === null || event.sourceAfter || event.inverted || event.negated) continue;
    // "She said the council would ask the company to appear": a request inside a report is not what the quote continues.
    if (isVerbInsideReport(tokens, event, doc.sentences[doc.sentenceAt[at]!]!.first)) continue;
    // Hint: in the paragraph before a quote, "Howard continued his remarks." is enough of a cue.
    if (event.strength !== 'speech' && before !== Infinity) continue;
    if (event.source !== null) return found(doc, event.source, event, null);
  }
  return null;
}

/**
 * `he has denied the claim as "preposterous"`, `That would create a "summer of agony", said Brad Bannon`:
 * a quote with no cue of its own inside a sentence that reports speech is more words of that speech. The
 * nearest event before the quote token `open` in its sentence whose source is named before the quote, else an
 * attribution set off by a comma after it (`…, Mr. Clyburn said`, `…, said Brad Bannon`); the event must not be
 * negated or a passive without its agent.
 */
function sentenceEvent(doc: Document, events: SpeechEvents, quote: ScannedQuote, open: number): Found | null {
  const { quoteAt, sentenceAt, sentences, text } = doc;
  const sentence = sentences[sentenceAt[Math.min(open, doc.tokens.length - 1)]!];
  if (sentence === undefined) return null;
  const usable = (at: number): SpeechEvent | null => {
    // Hint: the index is tested first, as reading list[-1] takes the array's slow path.
    const index = events.eventAt[at]!;
    if (index < 0) return null;
    const event = events.list[index]!;
    return event.source === null || event.negated || event.passive ? null : event;
  };
  if (WORDING_NOUNS.has(doc.tokens[open - 1]?.lower ?? '')) return null;
  for (let at = open - 1; at >= sentence.first && quoteAt[at]! < 0; at--) {
    const event = usable(at);
    if (event === null || isVerbInsideReport(doc.tokens, event, sentence.first)) continue;
    // Hint: `…, called the former president "a walking liability"`: a name after a verb (not after "according to") is
    // its object here; `France was not enough to stop NATO members agreeing`: a subject far from its verb is a guess.
    if (event.sourceAfter ? event.source!.span.end <= quote.start : !event.inverted && subjectNextTo(doc, event)) return found(doc, event.source!, event, null);
  }
  // Hint: only as far as the next quote, and within a window, so a sentence of many quotes stays linear.
  let at = open + 1;
  while (at <= sentence.last && quoteAt[at]! >= 0) at++;
  for (const end = Math.min(sentence.last, at + WINDOW); at <= end && quoteAt[at]! < 0; at++) {
    const event = usable(at);
    if (event === null) continue;
    const attribution = event.inverted ? doc.tokens[event.first]!.start : event.source!.span.start;
    return /,\s*$/.test(text.slice(quote.end, attribution)) ? found(doc, event.source!, event, null) : null;
  }
  return null;
}

/** How many auxiliaries and adverbs may stand between a subject and its verb: `he has **not yet** said`. */
const SUBJECT_GAP = 3;

/** Whether an event's source ends right before its verb, past auxiliaries and adverbs: `he has **denied**`. */
function subjectNextTo(doc: Document, event: SpeechEvent): boolean {
  const { tokens } = doc;
  const end = event.source!.span.end;
  for (let at = event.first - 1; at >= 0 && event.first - at <= SUBJECT_GAP + 1; at--) {
    if (tokens[at]!.end === end) return true;
    if (!BETWEEN_SUBJECT_AND_VERB.has(tokens[at]!.pos)) return false;
  }
  return false;
}

const READ_FORMS: readonly string[] = SPEECH_VERB_FORMS.get('read') ?? [];

/** "bedsheet", "noticeboard": a closed compound that ends in a display noun of five letters or more carries words too. */
const DISPLAY_COMPOUND = new RegExp(`^\\p{Ll}+(?:${[...DISPLAY_NOUNS].filter((noun) => /^\p{Ll}{5,}$/u.test(noun)).join('|')})$`, 'u');

/** `the railings read "JUDAS 9"`: a thing that carries written words "reads" a sign, which is no speech. */
function displays(doc: Document, attribution: Attribution): boolean {
  const { subject, cue } = attribution;
  if (subject === null || subject.kind !== 'nominal' || cue === null) return false;
  const verb = doc.text.slice(cue.start, cue.end).toLowerCase();
  const head = doc.tokens[subject.head]!.lower;
  return READ_FORMS.includes(verb) && (DISPLAY_NOUNS.has(head) || DISPLAY_COMPOUND.test(head));
}

/** Whether an attribution's speaker or cue lies inside `quote`. */
function pointsInside(attribution: Found, quote: Range): boolean {
  const { subject, cue } = attribution;
  return (subject !== null && overlaps(subject.span, quote)) || (cue !== null && overlaps(cue, quote));
}

/** Index of the last token that starts before `offset` (binary search), or -1. */
function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (index) => tokens[index]!.start < offset) - 1;
}

function found(doc: Document, subject: Subject, cue: Pick<Cue, 'first' | 'last'>, rule: Rule | null): Found {
  const byMention: Rule = subject.kind === 'name' ? 'quote-cue-name' : subject.kind === 'pronoun' ? 'quote-cue-pronoun' : 'quote-cue-nominal';
  const chosen = rule ?? byMention;
  return { subject, cue: tokenRange(doc.tokens, cue.first, cue.last), rule: chosen, confidence: CONFIDENCE[chosen] };
}

/**
 * "said the closure was 'a hammer blow' and urged Kell to 'do the right thing'": a verb of speech with no subject of
 * its own, joined by "and" or "but" between the quote before and the one opening at token `open`, is this one's cue;
 * so is a participle set off by a comma ("called it 'the usual story', insisting that the pipe was 'rotten'").
 */
function joinedCueBefore(doc: Document, events: SpeechEvents, open: number): Range | null {
  const { tokens, quoteAt } = doc;
  for (let at = open - 1; at > 0 && quoteAt[at]! < 0; at--) {
    const index = events.eventAt[at]!;
    const event = index < 0 ? undefined : events.list[index];
    if (event === undefined || event.strength === null || event.source !== null || event.negated) continue;
    const before = tokens[event.first - 1]!;
    const participle = before.text === ',' && event.first === event.last && tokens[event.first]!.lower.endsWith('ing');
    return CONTINUING_LINKS.has(before.lower) || participle ? tokenRange(tokens, event.first, event.last) : null;
  }
  return null;
}

/** Whether two quotes share a sentence: nothing but non-final words between them. */
function sameSentence(doc: Document, before: ScannedQuote, after: ScannedQuote): boolean {
  if (before.paragraph !== after.paragraph || before.close < 0) return false;
  const between = doc.text.slice(before.close + 1, after.open);
  return !/[.!?]\s/.test(between) && !/[.!?]$/.test(doc.text.slice(before.start, before.end).trim()) && between.length < 300;
}

const SENTENCE_OPENERS = /[.!?:;,(\u2014\u2013-]$/;

/** `direct` when the quote is one or more whole sentences; `partial` when woven into the writer's sentence. */
function quoteKind(doc: Document, quote: ScannedQuote, left: Window): 'direct' | 'partial' {
  if (quote.close < 0) return 'direct';
  const { text, tokens } = doc;
  const first = text.charAt(quote.start);
  const lowerCase = first !== first.toUpperCase();
  if (left.last < left.first) return lowerCase ? 'partial' : 'direct';
  const before = tokens[left.last]!;
  // `"A," she said, "and B."`: the second half of a split quote goes on with the first.
  if (before.text === ',' && left.last - left.first <= 14 && left.first > 0 && doc.quoteAt[left.first - 1]! >= 0) return 'direct';
  if (lowerCase) return 'partial';
  if (SENTENCE_OPENERS.test(before.text)) return 'direct';
  // `said "We will…"` with no comma still opens a sentence of speech.
  return cueAt(tokens, left.last) !== null ? 'direct' : 'partial';
}

