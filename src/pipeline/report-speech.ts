import { isCount, isDeterminer, isFiniteVerb, isFiniteVerbAfter, isPossessiveAt, overlaps } from '../grammar/tokens.js';
import { reportingVerbAt } from '../grammar/cues.js';
import { PHRASE_OBJECT_POS, VERB_POS } from '../grammar/pos.js';
import { infinitiveHead, phraseEnd, phraseStart, tokenRange } from '../grammar/subjects.js';
import { ADVERBIAL_SUBORDINATORS, APPROXIMATORS, CLAUSE_LINKS, CONCESSIVE_SUBORDINATORS, CONTINUING_LINKS, INTERROGATIVE_SUBORDINATORS, RELATIVE_ADVERBS, RELATIVE_WORDS, SUBORDINATORS, WH_RELATIVE_WORDS } from '../lexicon/function-words.js';
import { OBJECT_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/pronouns.js';
import { INFINITIVE_REPORTING_LEMMAS, LISTENER_REPORTING_LEMMAS } from '../lexicon/speech-verbs.js';
import { TIME_WORDS } from '../lexicon/time-words.js';
import type {
  Attribution,
  Document,
  Range,
  ReportedAttribution,
  ReportedRule,
  Sentence,
  SpeechEvent,
  SpeechEvents,
  Subject,
  Token,
} from './document.js';

/**
 * Confidence of reported speech: below a direct quote with the same evidence
 * (0.95 for a cue with a name), since the clause's extent is read from the
 * grammar, not from quote marks.
 */
const CONFIDENCE: Readonly<Record<Subject['kind'], number>> = { name: 0.85, pronoun: 0.8, nominal: 0.8 };
const ACCORDING_TO_CONFIDENCE = 0.8;
const INTERRUPTED_CONFIDENCE = 0.75;

/** Quote rules whose cue is the quote's own, next to it or in its sentence: that cue reports nothing else. */
const OWN_CUE_RULES: ReadonlySet<string> = new Set(['quote-cue-name', 'quote-cue-pronoun', 'quote-cue-nominal', 'according-to', 'sentence-cue', 'colon']);

/** How far after a cue "that" may come: "said in an interview with a local paper on Tuesday **that**". */
const THAT_REACH = 10;
/** How far past "according to S" its source may run before the comma that ends it: `, according to a report released on Tuesday, …`. */
const TAIL_REACH = 10;

/**
 * Finds reported speech: the clause each speech event reports, without
 * quotation marks. `S said (that) C`, `C, S said`, `C, said S`, `According to
 * S, C`, `C, according to S`, `The plan, S said, will fail` (two records),
 * `said that A and that B` (two records). A cue that is a direct quote's own,
 * a negated or passive cue, a cue without a source, a question (`asked
 * whether`) and a belief verb report nothing. Records never overlap a direct
 * quote or each other; a partial quote may lie inside one.
 *
 * @internal
 */
export function reportSpeech(doc: Document, events: SpeechEvents, quotes: readonly Attribution[]): ReportedAttribution[] {
  // Hint: filled in one loop; a Map from an array of pairs, and a flatMap, build an array per quote first.
  const kindOf = new Map<Attribution['quote'], Attribution['kind']>();
  const taken = new Set<number>();
  for (const attribution of quotes) {
    kindOf.set(attribution.quote, attribution.kind);
    if (attribution.kind === 'direct' && attribution.cue !== null && OWN_CUE_RULES.has(attribution.rule)) taken.add(attribution.cue.start);
  }
  const direct = (at: number): boolean => {
    const index = doc.quoteAt[at]!;
    return index >= 0 && kindOf.get(doc.quotes[index]!) === 'direct';
  };
  const reader: Reader = { doc, direct };
  const result: ReportedAttribution[] = [];
  let coveredTo = -1;
  let previousLast = -1;
  for (const event of events.list) {
    const inside = event.first <= previousLast;
    previousLast = Math.max(previousLast, event.last);
    if (inside || event.reporting === null || event.source === null || event.negated || event.passive) continue;
    if (taken.has(doc.tokens[event.first]!.start) || !speaksHere(doc, event) || !reportsHere(doc, event)) continue;
    for (const record of recordsOf(reader, event)) {
      const range = fitAroundQuotes(doc, quotes, record.range);
      // Hint: a source's span never lies inside its own report, whatever odd text joined a name across the cue.
      if (range === null || range.start < coveredTo || overlaps(range, event.source.span)) continue;
      coveredTo = range.end;
      result.push({
        quote: range,
        kind: 'indirect',
        subject: event.source,
        cue: tokenRange(doc.tokens, event.first, event.last),
        rule: record.rule,
        confidence: record.rule === 'reported-interrupted' ? INTERRUPTED_CONFIDENCE : event.sourceAfter ? ACCORDING_TO_CONFIDENCE : CONFIDENCE[event.source.kind],
      });
    }
  }
  return result;
}

/**
 * Whether the event's source can be a speaker: not a noun phrase that is the
 * object of a verb or preposition (`to offset income reported in…`), nor one
 * before an infinitive (`a way to report profits`).
 */
function speaksHere(doc: Document, event: SpeechEvent): boolean {
  const source = event.source!;
  if (source.kind !== 'nominal' || event.inverted) return true;
  const before = doc.tokens[source.first - 1];
  // "after officials said": a subordinator the tagger reads as a preposition opens the source's own clause; "about
  // 200 protesters said": so does a word that makes a count approximate.
  const approximate = before !== undefined && APPROXIMATORS.has(before.lower) && isCount(doc.tokens[source.first]!);
  if (before !== undefined && (before.pos === 'VERB' || (before.pos === 'ADP' && !SUBORDINATORS.has(before.lower) && !approximate))) return false;
  return doc.tokens[event.first - 1]?.lower !== 'to' || infinitiveHead(doc.tokens, event.first - 1, source.last + 1) >= 0;
}

/**
 * Whether the event can report a clause where it stands: not in a question (`Can he maintain the enthusiasm …?`),
 * and not as a participle between a number or an adjective and a noun (`475 pledged delegates`).
 */
function reportsHere(doc: Document, event: SpeechEvent): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[doc.sentenceAt[event.first]!]!;
  const opener = tokens[sentence.first]!;
  if (tokens[sentence.last]!.text === '?' && doc.quoteAt[sentence.last]! < 0 && (opener.pos === 'AUX' || opener.lower.startsWith('wh') || opener.lower === 'how')) return false;
  const cue = tokens[event.first]!;
  const before = tokens[event.first - 1];
  return !(cue.lower.endsWith('ed') && tokens[event.last + 1]?.pos === 'NOUN' && (before?.pos === 'NUM' || before?.pos === 'ADJ'));
}

interface Reader {
  readonly doc: Document;
  /** Whether token `at` lies in a direct quote. */
  readonly direct: (at: number) => boolean;
}

interface Report {
  readonly range: Range;
  readonly rule: ReportedRule;
}

function recordsOf(reader: Reader, event: SpeechEvent): Report[] {
  const { doc } = reader;
  const sentence = doc.sentences[doc.sentenceAt[event.first]!]!;
  if (event.sourceAfter) return accordingTo(reader, event, sentence);
  if (!event.inverted) {
    const after = clauseAfter(reader, event, sentence);
    if (after.length > 0) return after;
  }
  const as = asReported(reader, event, sentence);
  if (as.length > 0) return as;
  return clauseBefore(reader, event, sentence);
}

/** `S said (that) C`, `S told reporters C`, `said that A and that B`; also `…, adding that C`. */
function clauseAfter(reader: Reader, event: SpeechEvent, sentence: Sentence): Report[] {
  const { doc } = reader;
  const { tokens } = doc;
  const last = lastWord(reader, sentence);
  let at = event.last + 1;
  if (LISTENER_REPORTING_LEMMAS.has(event.reporting!)) at = afterListener(doc, at, last);
  let that = -1;
  for (let probe = at; probe <= last && probe - at < THAT_REACH; probe++) {
    const token = tokens[probe]!;
    if (token.lower === 'that') {
      that = probe;
      break;
    }
    if (VERB_POS.has(token.pos) || (token.pos === 'PUNCT' && token.text !== '-') || doc.quoteAt[probe]! >= 0) break;
  }
  // "said that, if elected, he would…": the report runs on past a phrase set off after "that".
  if (that >= 0) at = tokens[that + 1]?.text === ',' ? that + 2 : that + 1;
  else if (TIME_WORDS.has(tokens[at]?.lower ?? '')) at++;
  else at = pastAdjunct(tokens, at, last);
  if (at > last || doc.quoteAt[at]! < 0 && tokens[at]!.pos === 'PUNCT') return [];
  // A question ("asked whether", "said if") is no report. After "that", "if" and a preposition open a phrase
  // inside the report: "said that, if elected, he would…".
  if (that < 0 && ((INTERROGATIVE_SUBORDINATORS.has(tokens[at]!.lower) && !conditional(tokens, event, at)) || tokens[at]!.pos === 'ADP')) return [];
  if (tokens[at]!.lower === 'to' && !INFINITIVE_REPORTING_LEMMAS.has(event.reporting!)) return [];
  const records: Report[] = [];
  let first = at;
  let rule: ReportedRule = 'reported-clause';
  // "While Lee said the plan would work, others…": a report in a subordinate clause ends at its comma; so does one
  // in a relative clause set off by commas ("Ruiz, who said the bridge would reopen, left early").
  const subordinate = SUBORDINATORS.has(tokens[clauseStart(reader, sentence, event.first)]!.lower) || inRelativeClause(tokens, event.first);
  for (let probe = at; probe <= last + 1; probe++) {
    const token = tokens[probe];
    const stop = probe > last || reader.direct(probe) || (probe > first && doc.quoteAt[probe]! < 0 && endsReport(doc, probe, first)) || (subordinate && tokens[probe]!.text === ',')
      || afterClosedQuote(doc, probe) || afterQuotedComma(doc, probe);
    // "said that A and that B": each clause with its own "that" is a record of its own.
    const coordinated = !stop && that >= 0 && (token!.lower === 'and' || token!.lower === 'but') && tokens[probe + 1]?.lower === 'that' && doc.quoteAt[probe]! < 0 && !hasThat(tokens, first, probe - 1);
    if (!stop && !coordinated) continue;
    const end = trimEnd(doc, first, probe - 1);
    const adverbial = that < 0 && first === at && isAdverbialClause(tokens, first, end);
    if (end >= first && isClause(tokens, first, end) && !adverbial) records.push({ range: tokenRange(tokens, first, end), rule });
    if (stop) break;
    first = probe + 2;
    probe++;
    rule = 'reported-coordinated';
  }
  return records;
}

/** How many tokens a phrase of where or when between a verb of saying and its report may have: "on Saturday", "at a rally in Ohio". */
const ADJUNCT_REACH = 6;

/**
 * `said on Saturday he would…`, `told a rally in Ohio the plan…`: past a prepositional phrase of where or when
 * after the verb, to a report whose subject is a pronoun or a noun phrase with a verb after it; else `at`.
 */
function pastAdjunct(tokens: readonly Token[], at: number, last: number): number {
  if (tokens[at]?.pos !== 'ADP') return at;
  let end = at + 1;
  while (end <= last && end - at <= ADJUNCT_REACH && (PHRASE_OBJECT_POS.has(tokens[end]!.pos) || (tokens[end]!.pos === 'ADP' && end > at + 1))) {
    // "on Monday the company": an article after a noun opens the next phrase.
    if (isDeterminer(tokens[end]!) && (tokens[end - 1]!.pos === 'NOUN' || tokens[end - 1]!.pos === 'PROPN')) break;
    end++;
  }
  if (end === at + 1 || end > last || !/\p{L}/u.test(tokens[end - 1]!.text) || tokens[end - 1]!.pos === 'ADP') return at;
  const subject = tokens[end]!;
  if (SUBJECT_PRONOUNS.has(subject.lower)) return isFiniteVerb(tokens[end + 1]) ? end : at;
  // "said on Monday the company would…": a noun phrase (an article first, so "said on Monday night" stays whole) and its verb.
  if (!isDeterminer(subject)) return at;
  let verb = end + 1;
  while (verb <= last && verb - end <= ADJUNCT_REACH && (PHRASE_OBJECT_POS.has(tokens[verb]!.pos) || isPossessiveAt(tokens, verb))) verb++;
  return isFiniteVerb(tokens[verb]) ? end : at;
}

/**
 * `said if he wins he would…`: "if" after a verb of saying that is no infinitive (`declined to say if`, a question)
 * opens a condition inside the report.
 */
function conditional(tokens: readonly Token[], event: SpeechEvent, at: number): boolean {
  return tokens[at]!.lower === 'if' && tokens[event.first - 1]?.lower !== 'to';
}

/** Whether the verb at `verb` opens a relative clause: ", who said", ", who has also said", "a graduate of Tarn College who has argued". */
function inRelativeClause(tokens: readonly Token[], verb: number): boolean {
  let at = verb - 1;
  while (at > 0 && verb - at <= THAT_REACH && (tokens[at]!.pos === 'AUX' || tokens[at]!.pos === 'ADV')) at--;
  return WH_RELATIVE_WORDS.has(tokens[at]?.lower ?? '') && (tokens[at - 1]?.text === ',' || tokens[at - 1]?.pos === 'NOUN' || tokens[at - 1]?.pos === 'PROPN');
}

/** `As Politico reported on Tuesday, the PAC will…`, `As reported by Politico, …`: the clause after the comma that ends an attribution opened by "as". */
function asReported(reader: Reader, event: SpeechEvent, sentence: Sentence): Report[] {
  const { doc } = reader;
  const { tokens } = doc;
  const start = clauseStart(reader, sentence, event.first);
  // "As Politico reported, …" and "As reported by Politico, …".
  let opener = event.inverted ? event.first - 1 : phraseStart(doc, event.source!) - 1;
  if (tokens[opener]?.lower === 'the') opener--;
  if (opener !== start || tokens[opener]!.lower !== 'as') return [];
  const last = lastWord(reader, sentence);
  let comma = event.inverted ? phraseEnd(doc, event.source!) + 1 : event.last + 1;
  while (comma <= last && comma - event.last <= THAT_REACH && tokens[comma]!.text !== ',' && !VERB_POS.has(tokens[comma]!.pos)) comma++;
  if (comma >= last || tokens[comma]!.text !== ',') return [];
  const end = reportEnd(reader, comma + 1, last);
  return end > comma && isClause(tokens, comma + 1, end) ? [{ range: tokenRange(tokens, comma + 1, end), rule: 'reported-clause' }] : [];
}

/** Whether a "that" stands in `first..last`: "said that he knows **that** voters…" is one report. */
function hasThat(tokens: readonly Token[], first: number, last: number): boolean {
  for (let at = first; at <= last; at++) if (tokens[at]!.lower === 'that') return true;
  return false;
}

/** `said Trump is "unelectable now." Sen. Cruz…`: a quote that ends its sentence ends the report, whatever the sentence split says. */
function afterClosedQuote(doc: Document, at: number): boolean {
  const { tokens, quoteAt } = doc;
  const previous = quoteAt[at - 1] ?? -1;
  if (previous < 0 || quoteAt[at]! === previous) return false;
  const quote = doc.quotes[previous]!;
  return /[.!?]$/.test(doc.text.slice(quote.start, quote.end)) && /^\p{Lu}/u.test(tokens[at]!.text);
}

/**
 * `was “very troubling,” before noting…`: the comma of a partial quote, inside
 * its marks, ends the report as a comma outside would before a clause link or a participle.
 */
function afterQuotedComma(doc: Document, at: number): boolean {
  const { tokens, quoteAt } = doc;
  const previous = quoteAt[at - 1] ?? -1;
  if (previous < 0 || quoteAt[at]! === previous) return false;
  const quote = doc.quotes[previous]!;
  if (!doc.text.slice(quote.start, quote.end).endsWith(',')) return false;
  const token = tokens[at]!;
  return CLAUSE_LINKS.has(token.lower) || (isParticiple(token) && token.lower !== 'including');
}

/** Skips the listener after "told": a pronoun, a name, or a short noun phrase ("reporters", "the crowd"). */
function afterListener(doc: Document, at: number, last: number): number {
  const { tokens, mentions } = doc;
  const token = tokens[at];
  if (token === undefined || at > last) return at;
  if (OBJECT_PRONOUNS.has(token.lower)) return at + 1;
  const named = mentions.nameAt[at]!;
  // "warned Lee would lose", "promised the count would be fair": a phrase with a verb after it is the report's subject.
  if (named >= 0) return isFiniteVerb(tokens[mentions.names[named]!.last + 1]) ? at : mentions.names[named]!.last + 1;
  let probe = at;
  // "told **the** crowd", "assured **his** audience".
  if (isDeterminer(token)) probe++;
  while (probe <= last && probe - at < 4 && (tokens[probe]!.pos === 'ADJ' || tokens[probe]!.pos === 'NOUN' || tokens[probe]!.pos === 'PROPN')) probe++;
  return probe > at && tokens[probe - 1]!.pos !== 'DET' && !isFiniteVerb(tokens[probe]) ? probe : at;
}

/** A verb in -ing: "recalling", "including". */
function isParticiple(token: Token | undefined): boolean {
  return token !== undefined && VERB_POS.has(token.pos) && token.lower.endsWith('ing');
}

/**
 * Where a report after its cue ends: a semicolon, or a comma before another attribution (`, adding that`, `, according to`).
 * Given the report's first token, a relative clause set off by commas before the report's verb describes the report's
 * subject and goes on it: "said that Roe, who had won, was ahead".
 */
function endsReport(doc: Document, at: number, from?: number): boolean {
  const { tokens } = doc;
  const token = tokens[at]!;
  // Hint: not a colon: in "said the law had successes: it exposed gaps…" what follows it is the report's own detail.
  if (token.text === ';') return true;
  const next = tokens[at + 1];
  if (next === undefined) return false;
  // "said the vote was rigged even though turnout was high": a clause of concession is the writer's own.
  if (CONCESSIVE_SUBORDINATORS.has(token.lower) || (token.lower === 'even' && CONCESSIVE_SUBORDINATORS.has(next.lower))) return true;
  // "announced the plan and said…": a coordinated verb of saying starts a report of its own;
  // "said he posed a threat and refused to…" goes on.
  if ((token.lower === 'and' || token.lower === 'but') && next.pos === 'VERB' && reportingVerbAt(tokens, at + 1) !== null) return true;
  if (token.text !== ',') return false;
  // "said the process was fair, but required an effort": a verb without a subject of its own goes on the report.
  if ((next.lower === 'but' || next.lower === 'and') && continuesPredicate(tokens, at + 2)) return false;
  if (CLAUSE_LINKS.has(next.lower) || next.lower === 'according') return true;
  if (next.lower === 'which' || next.lower === 'who') return from === undefined || hasFiniteVerb(tokens, from, at - 1) || !verbAfterAside(tokens, at + 1);
  if (isAppositiveAside(tokens, at + 1)) return true;
  // "…, conceding the race", "…, adding that": a participle after a comma is the writer's, or a report of its own.
  return isParticiple(next) && next.lower !== 'including';
}

/** How many words the noun phrase of an appositive aside may have before its relative word. */
const APPOSITIVE_ASIDE_REACH = 8;

/**
 * "…to Harlow and Tarn, two towns where she is not running", "…the Hyde Act, a federal law that bans…": a noun phrase
 * set off after the report's last noun, with a relative clause of its own, is the writer's aside on that noun.
 */
function isAppositiveAside(tokens: readonly Token[], first: number): boolean {
  const opener = tokens[first]!;
  if (opener.pos !== 'DET' && opener.pos !== 'NUM') return false;
  for (let at = first + 1; at < tokens.length && at - first <= APPOSITIVE_ASIDE_REACH; at++) {
    const token = tokens[at]!;
    if (RELATIVE_WORDS.has(token.lower) || RELATIVE_ADVERBS.has(token.lower)) return at > first + 1;
    if (token.text === ',' || VERB_POS.has(token.pos) || token.pos === 'PUNCT') return false;
  }
  return false;
}

/** How far a relative clause set off by commas may run: "Roe, who won the seat in a close race last year, was…". */
const ASIDE_REACH = 24;

/** Whether the aside from token `first` closes with a comma that a finite verb follows, past adverbs. */
function verbAfterAside(tokens: readonly Token[], first: number): boolean {
  for (let at = first; at < tokens.length && at - first <= ASIDE_REACH; at++) {
    const token = tokens[at]!;
    if (token.text === ',') return isFiniteVerbAfter(tokens, at + 1, tokens.length - 1);
    if (token.pos === 'PUNCT' && token.text !== '-') return false;
  }
  return false;
}

function hasFiniteVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let at = first; at <= last; at++) if (isFiniteVerb(tokens[at])) return true;
  return false;
}

/** Whether token `at` goes on the predicate before it: a verb, "not", or a second "that". */
function continuesPredicate(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  if (token.lower === 'that' || token.lower === 'not') return true;
  return VERB_POS.has(token.pos) && !token.lower.endsWith('ing') && reportingVerbAt(tokens, at) === null;
}

/**
 * `C, S said` and `C, said S`: the clause before an attribution set off by a
 * comma, with nothing after the attribution but where or when it was said.
 * `The plan, S said, will fail`: an attribution inside the clause gives its two parts.
 */
function clauseBefore(reader: Reader, event: SpeechEvent, sentence: Sentence): Report[] {
  const { doc } = reader;
  const { tokens } = doc;
  const source = event.source!;
  let comma = event.inverted ? event.first - 1 : phraseStart(doc, source) - 1;
  // "…, the Budget Institute said": the article before a name is no part of the name's mention.
  if (!event.inverted && source.kind === 'name' && comma > 0 && isDeterminer(tokens[comma]!)) comma--;
  if (tokens[comma]?.text !== ',' || comma <= sentence.first) return [];
  const tailFirst = event.inverted ? phraseEnd(doc, source) + 1 : event.last + 1;
  // Hint: after `said Steve Grubbs,` a noun phrase describes him, and before `, who suggested` stands the clause of the
  // one who speaks, not their words: there only a link carries the speech on.
  const relative = source.kind === 'pronoun' && WH_RELATIVE_WORDS.has(tokens[source.token]!.lower);
  return aroundAttribution(reader, sentence, comma, tailFirst, 'reported-before-cue', false, event.inverted || relative);
}

/** `According to S, C`, `C, according to S`, `C according to S`, `The plan, according to S, will fail`. */
function accordingTo(reader: Reader, event: SpeechEvent, sentence: Sentence): Report[] {
  const { doc } = reader;
  const { tokens } = doc;
  const start = clauseStart(reader, sentence, event.first);
  const last = lastWord(reader, sentence);
  if (event.first <= start) {
    // "According to officials, the talks failed": the report follows the first comma after the source.
    let comma = event.last + 1;
    while (comma <= last && tokens[comma]!.text !== ',' && !reader.direct(comma)) comma++;
    if (comma >= last || tokens[comma]!.text !== ',') return [];
    const records: Report[] = [];
    const end = reportEnd(reader, comma + 1, last);
    if (end > comma && isClause(tokens, comma + 1, end)) records.push({ range: tokenRange(tokens, comma + 1, end), rule: 'reported-according-to' });
    return records;
  }
  const before = tokens[event.first - 1]!.text === ',' ? event.first - 1 : event.first;
  let tailFirst = event.last + 1;
  while (tailFirst <= last && tokens[tailFirst]!.text !== ',' && tailFirst - event.last <= TAIL_REACH) tailFirst++;
  return aroundAttribution(reader, sentence, before, tailFirst, 'reported-according-to', true);
}

/**
 * The clause around an attribution that starts at token `boundary` (its comma)
 * and whose words end before `tailFirst`: the clause before it, when the words
 * after only say where or when (or, with `anyTail`, whatever they say); or, when the words before are no clause, those
 * words and the clause after the next comma, as two records.
 */
function aroundAttribution(reader: Reader, sentence: Sentence, boundary: number, tailFirst: number, rule: ReportedRule, anyTail = false, linkedOnly = false): Report[] {
  const { doc } = reader;
  const { tokens } = doc;
  const start = clauseStart(reader, sentence, boundary);
  const last = lastWord(reader, sentence);
  const leftEnd = trimEnd(doc, start, boundary - 1);
  if (leftEnd < start) return [];
  // "Asked about the plan, Powell said…": a participle opening the sentence is no report; but in "Freeing the sailors,
  // he promised, was his first task" a finite verb after the attribution shows the -ing phrase is the report's subject.
  const opensWithParticiple = tokens[start]!.pos === 'VERB' && /(?:ed|ing)$/.test(tokens[start]!.lower);
  const gerundSubject = tokens[start]!.lower.endsWith('ing') && tokens[tailFirst]?.text === ',' && isFiniteVerb(tokens[tailFirst + 1]);
  // So in "Defending that seat is his job, said Roe", where the -ing phrase is the subject of a finite verb before the
  // attribution (not in "Asking whether it would work, Roe said", whose verb is in a clause of its own).
  const gerundClause = tokens[start]!.lower.endsWith('ing') && hasGerundVerb(tokens, start + 1, leftEnd);
  if (opensWithParticiple && !gerundSubject && !gerundClause) return [];
  const left = { range: tokenRange(tokens, start, leftEnd), rule };
  if (isClause(tokens, start, leftEnd) && !gerundSubject) {
    const tail = anyTail ? null : continuedAfter(reader, tailFirst, last, linkedOnly);
    if (tail !== null) return [{ range: left.range, rule: 'reported-interrupted' }, { range: tail, rule: 'reported-interrupted' }];
    if (isAdverbialClause(tokens, start, leftEnd)) return [];
    // Hint: the words after "according to" are its source, however long.
    return anyTail || shortTail(tokens, tailFirst, last) ? [left] : [];
  }
  if (tokens[tailFirst]?.text !== ',' || tailFirst >= last) return [];
  const rightEnd = reportEnd(reader, tailFirst + 1, last);
  if (rightEnd <= tailFirst || !isClause(tokens, tailFirst + 1, rightEnd)) return [];
  return [
    { range: left.range, rule: 'reported-interrupted' },
    { range: tokenRange(tokens, tailFirst + 1, rightEnd), rule: 'reported-interrupted' },
  ];
}

/** Whether a finite verb in `first..last` has the -ing phrase before it as its subject: no subordinator or relative word comes first. */
function hasGerundVerb(tokens: readonly Token[], first: number, last: number): boolean {
  for (let at = first; at <= last; at++) {
    const token = tokens[at]!;
    if (SUBORDINATORS.has(token.lower) || WH_RELATIVE_WORDS.has(token.lower) || INTERROGATIVE_SUBORDINATORS.has(token.lower) || token.text === ',') return false;
    if (isFiniteVerb(token)) return true;
  }
  return false;
}

/**
 * `When Congress cut the funding, Mexico said enough`, `she said as she turned to leave`: words that open with a
 * subordinator (past a coordinator) and hold no comma are an adverbial clause of the sentence, not a report beside its
 * attribution, which would hold a main clause too (`When the ferry runs, it will be full, she said`).
 */
function isAdverbialClause(tokens: readonly Token[], first: number, last: number): boolean {
  const opener = CONTINUING_LINKS.has(tokens[first]!.lower) && first < last ? first + 1 : first;
  if (!ADVERBIAL_SUBORDINATORS.has(tokens[opener]!.lower)) return false;
  for (let at = opener + 1; at <= last; at++) if (tokens[at]!.text === ',') return false;
  return true;
}

/**
 * `The plan would cut costs, he said, because the depots are old`, `It is no surprise, Garin said, that …`: the
 * speech going on past the comma after its attribution (and any words of its own: `said on Tuesday,`), when a
 * clause follows that is no clause of the writer's (`, although they…`, `, who…`, `, adding that…`).
 */
function continuedAfter(reader: Reader, from: number, last: number, linkedOnly: boolean): Range | null {
  const { doc } = reader;
  const { tokens } = doc;
  let comma = from;
  while (comma <= last && tokens[comma]!.text !== ',' && comma - from <= TAIL_REACH && !VERB_POS.has(tokens[comma]!.pos) && !reader.direct(comma)) comma++;
  const next = tokens[comma + 1];
  if (comma >= last || tokens[comma]!.text !== ',' || next === undefined || reader.direct(comma + 1) || isParticiple(next)) return null;
  if (!CONTINUING_LINKS.has(next.lower) && (linkedOnly || CLAUSE_LINKS.has(next.lower) || WH_RELATIVE_WORDS.has(next.lower) || endsReport(doc, comma))) return null;
  const end = reportEnd(reader, comma + 1, last);
  return end > comma + 1 && isClause(tokens, comma + 1, end) ? tokenRange(tokens, comma + 1, end) : null;
}

/**
 * Whether the words after an attribution hold no clause of their own, however
 * long, up to a comma before a clause link: `in a statement on Tuesday`, `told reporters`,
 * `, the first in May and the second in June`, `…, although they…`, or only a relative clause on the source.
 */
function shortTail(tokens: readonly Token[], first: number, last: number): boolean {
  // "…, said Tom Hale, who oversees the campaign": a relative clause on the source is about the source.
  if (WH_RELATIVE_WORDS.has(tokens[tokens[first]?.text === ',' ? first + 1 : first]?.lower ?? '')) return true;
  for (let at = first; at <= last; at++) {
    // "…, said Ana Roe, a lawyer who founded the firm": so is one on the noun of an appositive on the source.
    if (WH_RELATIVE_WORDS.has(tokens[at]!.lower) && at > first && (tokens[at - 1]!.pos === 'NOUN' || tokens[at - 1]!.pos === 'PROPN')) return true;
    // "…, F.B.I. officials said, although they…": a clause after the attribution's own comma is another sentence part.
    if (tokens[at]!.text === ',' && CLAUSE_LINKS.has(tokens[at + 1]?.lower ?? '')) return true;
    // "…, Ruiz explained, recalling the time she…", "…, the Gazette said, including speeches": a participle after a comma is the writer's.
    if (tokens[at]!.text === ',' && isParticiple(tokens[at + 1])) return true;
    if (tokens[at]!.pos === 'AUX' || (tokens[at]!.pos === 'VERB' && !tokens[at]!.lower.endsWith('ing'))) return false;
  }
  return true;
}

/** The last token of a report that runs from `first` to the end of its sentence, stopping before a direct quote. */
function reportEnd(reader: Reader, first: number, last: number): number {
  const { doc } = reader;
  let end = first;
  while (end <= last && !reader.direct(end) && !(end > first && doc.quoteAt[end]! < 0 && endsReport(doc, end, first))) end++;
  return trimEnd(doc, first, end - 1);
}

/** Where the clause that holds token `at` starts: its sentence's start, or after a direct quote or a quote that ends a sentence before it. */
function clauseStart(reader: Reader, sentence: Sentence, at: number): number {
  const { tokens } = reader.doc;
  // `…did not fly much.'' According to the records, …`: so when the clause's own first word follows the quote.
  if (afterClosedQuote(reader.doc, at)) return at;
  let start = sentence.first;
  for (let probe = at - 1; probe >= sentence.first; probe--) {
    if (reader.direct(probe) || tokens[probe]!.text === ';' || tokens[probe]!.text === ':') {
      start = probe + 1;
      break;
    }
    // `…the videos "without delay." Clinton plans…`: a quote that ends its sentence starts a new one, whatever the split says.
    if (afterClosedQuote(reader.doc, probe)) {
      start = probe;
      break;
    }
  }
  while (start < at && isOpeningPunctuation(tokens[start]!)) start++;
  return start;
}

/** The last token of a sentence that may end a report: before its final mark, unless that mark is inside a quote. */
function lastWord(reader: Reader, sentence: Sentence): number {
  const { doc } = reader;
  return trimEnd(doc, sentence.first, sentence.last);
}

/** Steps back over punctuation outside quotes at the end of `first..last`. */
function trimEnd(doc: Document, first: number, last: number): number {
  const { tokens, quoteAt } = doc;
  while (last >= first && quoteAt[last]! < 0 && tokens[last]!.pos === 'PUNCT' && tokens[last]!.text !== ')') last--;
  return last;
}

function isOpeningPunctuation(token: Token): boolean {
  return token.pos === 'PUNCT' && token.text !== '(' && token.text !== '"' && token.text !== '“' && token.text !== '‘';
}

/** A report is a clause: at least two words, one of them a verb. */
function isClause(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 1) return false;
  for (let at = first; at <= last; at++) {
    if (VERB_POS.has(tokens[at]!.pos)) return true;
    // "that she misspoke", "that he, too, backs", which the tagger reads as nouns: a word after he, she, we or they is
    // its verb, past a comma-set adverb.
    if (SUBJECT_PRONOUNS.has(tokens[at]!.lower) && tokens[at]!.lower !== 'it' && at < last && /^[\p{L},]/u.test(tokens[at + 1]!.text) && /^\p{L}/u.test(tokens[last]!.text)) return true;
  }
  return false;
}

/**
 * Keeps a record clear of the quotes: none if it overlaps a direct quote or
 * starts inside a partial one; stretched to the end of a partial quote that
 * it ends inside, so the partial quote lies wholly within it.
 */
function fitAroundQuotes(doc: Document, quotes: readonly Attribution[], range: Range): Range | null {
  const { start } = range;
  let { end } = range;
  for (const { quote, kind } of quotes) {
    if (quote.open >= end) break;
    const close = quote.close < 0 ? quote.end : quote.close + 1;
    if (close <= start) continue;
    if (kind === 'direct' || quote.open < start) return null;
    if (close > end) end = close;
  }
  return { start, end };
}
