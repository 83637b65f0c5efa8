import { describe, expect, it } from 'vitest';
import type { Attributed, Document, Range, Subject } from '../src/pipeline/document.js';
import { findSpeechEvents } from '../src/pipeline/find-speech-events.js';
import { resolveSpeakers } from '../src/pipeline/resolve-speakers.js';
import type { Quote } from '../src/types.js';
import { extractQuotes } from '../src/index.js';
import { documentOf } from './support/analyse.js';

// Each attribution here is built by hand, so a failure is in resolution, not in the sieves that attribute quotes.

/** The offsets of tokens `first..last`. */
function span(doc: Document, first: number, last: number): Range {
  return { start: doc.tokens[first]!.start, end: doc.tokens[last]!.end };
}

/** The index of the `nth` token written `word` (the first by default). */
function indexOf(doc: Document, word: string, nth = 0): number {
  const found = doc.tokens.flatMap((token, at) => (token.text === word ? [at] : []));
  if (found[nth] === undefined) throw new Error(`no token "${word}"`);
  return found[nth]!;
}

/** The name mention whose name ends at the `nth` token written `word`, as a subject. */
function nameAt(doc: Document, word: string, nth = 0): Subject {
  const mention = doc.mentions.nameAt[indexOf(doc, word, nth)]!;
  const name = doc.mentions.names[mention]!;
  return { kind: 'name', mention, span: span(doc, name.nameFirst, name.nameLast) };
}

/** The pronoun at the `nth` token written `word`, as a subject. */
function pronounAt(doc: Document, word: string, nth = 0): Subject {
  const token = indexOf(doc, word, nth);
  return { kind: 'pronoun', token, span: span(doc, token, token) };
}

/** The noun phrase from the token written `first` to the one written `last`, headed by the one written `head`, as a subject. */
function nominal(doc: Document, first: string, last: string, head = last): Subject {
  const from = indexOf(doc, first);
  return { kind: 'nominal', first: from, last: indexOf(doc, last), head: indexOf(doc, head), span: span(doc, from, indexOf(doc, last)) };
}

/** The `index`th quote of the document, said by `subject` with the cue at the `cueNth` token written `cue`. */
function attribution(doc: Document, subject: Subject | null, index = 0, cue: string | null = 'said', cueNth = 0): Attributed {
  const quote = doc.quotes[index]!;
  const at = cue === null ? -1 : indexOf(doc, cue, cueNth);
  return {
    quote: { start: quote.start, end: quote.end },
    kind: 'direct',
    subject,
    cue: at < 0 ? null : span(doc, at, at),
    rule: 'quote-cue-name',
    confidence: 0.9,
  };
}

/** The quotes resolved from the attributions `attribute` builds for the document of `text`. */
function resolve(text: string, attribute: (doc: Document) => Attributed[]): Quote[] {
  const doc = documentOf(text);
  return resolveSpeakers(doc, findSpeechEvents(doc), attribute(doc));
}

/** Each speaker as [name, title, type, mention as written, id]. */
function speakers(quotes: readonly Quote[]): (string | number | null)[][] {
  return quotes.map(({ speaker }) => (speaker === null ? [] : [speaker.name, speaker.title, speaker.type, speaker.mention.text, speaker.id]));
}

describe('resolveSpeakers', () => {
  it('turns an attribution into a public quote: its words, offsets, kind, cue, confidence and rule', () => {
    const text = 'Mayor Ana Vell opened the pier. “It is safe,” Vell said.';
    const [quote] = resolve(text, (doc) => [attribution(doc, nameAt(doc, 'Vell', 1))]);
    expect(quote).toEqual({
      text: 'It is safe,',
      start: text.indexOf('It is'),
      end: text.indexOf('”'),
      kind: 'direct',
      speaker: { name: 'Ana Vell', title: 'Mayor', type: 'person', mention: { text: 'Vell', start: 46, end: 50 }, id: 1 },
      cue: { text: 'said', start: 51, end: 55 },
      confidence: 0.9,
      rule: 'quote-cue-name',
    });
  });

  it('gives a quote with no subject no speaker and no confidence, and one with no cue no cue', () => {
    const quotes = resolve('“It is safe.” “It is old,” she said.', (doc) => [attribution(doc, null, 0, null), attribution(doc, pronounAt(doc, 'she'), 1, 'said')]);
    expect(quotes.map((quote) => [quote.text, quote.speaker?.mention.text ?? null, quote.cue?.text ?? null, quote.confidence])).toEqual([
      ['It is safe.', null, null, 0],
      ['It is old,', 'she', 'said', 0.9],
    ]);
    expect(quotes[0]!.speaker).toBeNull();
  });

  it('gives each distinct speaker one id, numbered in the order they first speak', () => {
    const text = '“It is safe,” said Ana Vell. “It is old,” said Tom Ruiz. “It will last,” Vell said.';
    const quotes = resolve(text, (doc) => [
      attribution(doc, nameAt(doc, 'Vell'), 0, 'said', 0),
      attribution(doc, nameAt(doc, 'Ruiz'), 1, 'said', 1),
      attribution(doc, nameAt(doc, 'Vell', 1), 2, 'said', 2),
    ]);
    expect(speakers(quotes)).toEqual([
      ['Ana Vell', null, 'person', 'Ana Vell', 1],
      ['Tom Ruiz', null, 'person', 'Tom Ruiz', 2],
      ['Ana Vell', null, 'person', 'Vell', 1],
    ]);
  });

  it('resolves a pronoun to the entity the entity stage gave it, keeping the pronoun as the mention', () => {
    const quotes = resolve('Ana Vell opened the pier on Monday. “It is safe,” she said.', (doc) => [attribution(doc, pronounAt(doc, 'she'))]);
    expect(speakers(quotes)).toEqual([['Ana Vell', null, 'person', 'she', 1]]);
  });

  it('gives a pronoun no one was named for no name: a person for "she", an organisation for "it"', () => {
    expect(speakers(resolve('“It is safe,” she said.', (doc) => [attribution(doc, pronounAt(doc, 'she'))]))).toEqual([[null, null, 'person', 'she', 1]]);
    expect(speakers(resolve('“It is safe,” it said.', (doc) => [attribution(doc, pronounAt(doc, 'it'))]))).toEqual([[null, null, 'organization', 'it', 1]]);
  });

  it('resolves "she" after an unnamed source who spoke before to that source\'s description', () => {
    const text = 'One neighbour, who asked not to be named, said the pier was old. “It shakes,” she said.';
    expect(speakers(resolve(text, (doc) => [attribution(doc, pronounAt(doc, 'she'), 0, 'said')]))).toEqual([[null, 'neighbour', 'person', 'she', 1]]);
  });

  it('resolves a description linked to a person to that person\'s fullest name and title', () => {
    const text = 'Sen. Ines Halloran met Mayor Tom Ruiz. “No,” the senator said.';
    expect(speakers(resolve(text, (doc) => [attribution(doc, nominal(doc, 'the', 'senator'))]))).toEqual([['Ines Halloran', 'Sen.', 'person', 'the senator', 1]]);
  });

  it('resolves a body\'s common noun to the body named before, with no title', () => {
    const text = 'Orvia Holdings Inc. cut 40 jobs. “It is hard,” the company said.';
    expect(speakers(resolve(text, (doc) => [attribution(doc, nominal(doc, 'the', 'company'))]))).toEqual([
      ['Orvia Holdings Inc.', null, 'organization', 'the company', 1],
    ]);
  });

  it('gives an unnamed source its description as a title, without the words that only count it', () => {
    const spokesman = resolve('“It is safe,” a police spokesman said.', (doc) => [attribution(doc, nominal(doc, 'a', 'spokesman'))]);
    expect(speakers(spokesman)).toEqual([[null, 'police spokesman', 'person', 'a police spokesman', 1]]);
    const officials = resolve('“It is safe,” two senior officials said.', (doc) => [attribution(doc, nominal(doc, 'two', 'officials'))]);
    expect(speakers(officials)).toEqual([[null, 'senior officials', 'person', 'two senior officials', 1]]);
  });

  it('resolves a name that possesses a relative to the relative, named through it', () => {
    const text = 'Ana Pell’s son told reporters: “It is over.”';
    expect(speakers(resolve(text, (doc) => [attribution(doc, nameAt(doc, 'Pell'), 0, 'told')]))).toEqual([[null, 'Ana Pell’s son', 'person', 'Ana Pell’s son', 1]]);
  });

  it('resolves a document to the body that issued it, the mention being the document without its maker', () => {
    const text = 'A report by the Harlow Transit Authority said: “The line is unsafe.”';
    expect(speakers(resolve(text, (doc) => [attribution(doc, nominal(doc, 'A', 'Authority', 'report'))]))).toEqual([
      ['Harlow Transit Authority', null, 'organization', 'A report', 1],
    ]);
  });
});

describe('resolveSpeakers: "the firm" is no fund, board or council named beside it', () => {
  it('should give "the firm" the asset manager named before, not the fund that was the last subject', () => {
    const text = [
      'Harlow Asset Management is capping withdrawals from its flagship fund.',
      'The Harlow Private Income Fund will pay out 5% this quarter, the Boston-based firm said in a letter on Wednesday.',
      '"We believe this protects investors," the firm wrote in the letter.',
    ].join('\n\n');
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Harlow Asset Management');
  });
});

describe('resolveSpeakers: a noun compound is no speech event a pronoun goes back to', () => {
  it('should give "he" the man the paragraph before is about, not "a coffee" that a tagged "counter" made a speaker', () => {
    const text = [
      'Tomas Reyl, a wheat farmer, chairs the co-op board.',
      'Reyl says the co-op hopes to open by April, with fewer aisles, more fresh food and a coffee counter in the corner.',
      '"If we do this right, it is the town\'s living room," he says.',
    ].join('\n\n');
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Tomas Reyl');
  });
});
