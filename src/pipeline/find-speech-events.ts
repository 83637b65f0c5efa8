import { auxiliaryBefore, cueAt, isPassive, isRefusedAt, mayStartEvent, reportingVerbAt, reportingVerbEnd, type Cue } from '../grammar/cues.js';
import { phraseAfter, phraseEnd, sentenceStart, subjectAfter, subjectOfCue } from '../grammar/subjects.js';
import { isFiniteVerbAfter } from '../grammar/tokens.js';
import { NEGATIONS } from '../lexicon/function-words.js';
import { LISTENER_REPORTING_LEMMAS } from '../lexicon/speech-verbs.js';
import type { Document, SpeechEvent, SpeechEvents, Subject } from './document.js';


/**
 * Finds every speech event outside quotes, sentence by sentence (only in
 * the paragraphs `reads` accepts, when given): each verb of
 * saying or "according to" with its source. The source of a verb is the
 * subject before it, as the quote sieves read it ("Powell said", "Burns, the
 * U.S. ambassador, said"), else, after a comma, the subject after it (`…, said
 * Powell`); the source of "according to" is the phrase after it.
 *
 * @internal
 */
export function findSpeechEvents(doc: Document, reads?: (paragraph: number) => boolean): SpeechEvents {
  const { tokens, quoteAt, sentences, paragraphAt } = doc;
  const list: SpeechEvent[] = [];
  const eventAt = new Int32Array(tokens.length).fill(-1);
  for (const sentence of sentences) {
    if (reads !== undefined && !reads(paragraphAt[sentence.first]!)) continue;
    for (let at = sentence.first; at <= sentence.last; at++) {
      // Hint: the class bit rules out most tokens before the call.
      if (!mayStartEvent(tokens[at]!) || quoteAt[at]! >= 0) continue;
      const event = readEvent(doc, at, sentence.last);
      if (event === null) continue;
      eventAt[at] = list.length;
      list.push(event);
    }
  }
  return { list, eventAt };
}

/** The event whose cue starts at token `at` (one that {@link mayStartEvent}), or null. */
function readEvent(doc: Document, at: number, sentenceLast: number): SpeechEvent | null {
  const { tokens } = doc;
  const cue = cueAt(tokens, at);
  const reportingVerb = cue === null || !cue.sourceAfter ? reportingVerbAt(tokens, at, doc.headlines.has(doc.paragraphAt[at]!)) : null;
  if (cue === null && reportingVerb === null) return null;
  const read: Cue = cue ?? { first: at, last: reportingVerbEnd(tokens, at), strength: 'weak', sourceAfter: false };
  const according = read.sourceAfter && tokens[at]!.lower === 'according';
  let source: Subject | null;
  let inverted = false;
  const agent = !read.sourceAfter && tokens[at]!.lower.endsWith('ed') && tokens[read.last + 1]?.lower === 'by';
  if (read.sourceAfter) {
    source = subjectAfter(doc, read.last + 1, sentenceLast) ?? (according ? phraseAfter(doc, read.last + 1, sentenceLast) : null);
    inverted = true;
  } else if (agent && tokens[at - 1]?.lower === 'as') {
    // "As reported by Western Journalism, …": the agent of the participle is the source.
    source = subjectAfter(doc, read.last + 2, sentenceLast);
    inverted = source !== null;
  } else {
    // Hint: the same reading as the quote sieves, so a follow-on quote and reported speech agree on the speaker.
    source = subjectOfCue(doc, read, sentenceStart(doc, at));
    // "…, said Powell." inverts; "…, told reporters" names the listener, and in "…, said the chamber will vote"
    // the phrase after the verb is the report's own subject.
    if (source === null && tokens[at - 1]?.text === ',' && (reportingVerb === null || !LISTENER_REPORTING_LEMMAS.has(reportingVerb))) {
      const after = subjectAfter(doc, at + 1, sentenceLast);
      source = after !== null && !isFiniteVerbAfter(tokens, phraseEnd(doc, after) + 1, sentenceLast) ? after : null;
      inverted = source !== null;
    }
  }
  return {
    first: read.first,
    last: read.last,
    strength: cue === null ? null : cue.strength,
    sourceAfter: read.sourceAfter,
    reporting: according ? 'according to' : reportingVerb,
    source,
    inverted,
    negated: !read.sourceAfter && (auxiliaryBefore(tokens, at, NEGATIONS) || isRefusedAt(tokens, at)),
    passive: !read.sourceAfter && isPassive(tokens, at),
  };
}

