import { describe, expect, it } from 'vitest';
import { cueAt } from '../src/grammar/cues.js';
import {
  firstSubjectIn,
  introducedSubject,
  isInModifier,
  nameSubject,
  phraseAfter,
  phraseEnd,
  phraseStart,
  quotedSpeaker,
  sentenceStart,
  sentenceSubjectBefore,
  subjectAfter,
  subjectInRange,
  subjectOfCue,
  tokenRange,
} from '../src/grammar/subjects.js';
import type { Document, Subject } from '../src/pipeline/document.js';
import { documentOf } from './support/analyse.js';

/** A subject as "kind: words", with the head of a noun phrase: "nominal: a police spokesman (spokesman)". */
function describeSubject(doc: Document, subject: Subject | null): string | null {
  if (subject === null) return null;
  const words = doc.text.slice(subject.span.start, subject.span.end);
  return subject.kind === 'nominal' ? `nominal: ${words} (${doc.tokens[subject.head]!.text})` : `${subject.kind}: ${words}`;
}

/** The index of the `nth` token written `word` (the first by default). */
function indexOf(doc: Document, word: string, nth = 0): number {
  const found = doc.tokens.flatMap((token, at) => (token.text === word ? [at] : []));
  if (found[nth] === undefined) throw new Error(`no token "${word}"`);
  return found[nth]!;
}

/** The subject subjectInRange reads between the start of the verb's sentence (after any quote) and the verb. */
function subjectBeforeVerb(text: string, verb: string): string | null {
  const doc = documentOf(text);
  const at = indexOf(doc, verb);
  return describeSubject(doc, subjectInRange(doc, sentenceStart(doc, at), at - 1));
}

/** The subject of the cue at the first token written `verb`, read from the start of its sentence. */
function subjectOfVerb(text: string, verb: string): string | null {
  const doc = documentOf(text);
  const at = indexOf(doc, verb);
  return describeSubject(doc, subjectOfCue(doc, cueAt(doc.tokens, at)!, sentenceStart(doc, at)));
}

/** The subject subjectAfter reads after the first token written `verb`, up to the end of the text. */
function subjectAfterVerb(text: string, verb: string): string | null {
  const doc = documentOf(text);
  return describeSubject(doc, subjectAfter(doc, indexOf(doc, verb) + 1, doc.tokens.length - 1));
}

describe('subjectInRange', () => {
  it('reads a name with its title, parenthesis or appositive, between a quote and its verb', () => {
    expect(subjectBeforeVerb('“It is shut,” Mayor Ana Vell said.', 'said')).toBe('name: Ana Vell');
    expect(subjectBeforeVerb('“It is shut,” Ana Vell, the mayor, said.', 'said')).toBe('name: Ana Vell');
    expect(subjectBeforeVerb('“It is shut,” Ana Vell (D-Harlow) said.', 'said')).toBe('name: Ana Vell');
    expect(subjectBeforeVerb('“It is shut,” Ana Vell, who runs the line, said.', 'said')).toBe('name: Ana Vell');
  });

  it('reads a pronoun, past an adverb before the verb, and the pronoun set off right before the verb', () => {
    expect(subjectBeforeVerb('“It is shut,” she later said.', 'said')).toBe('pronoun: she');
    const doc = documentOf('“It is shut,” South Harlow, she said, was fine.');
    expect(describeSubject(doc, subjectInRange(doc, 6, indexOf(doc, 'said') - 1))).toBe('pronoun: she');
  });

  it('reads a noun phrase, a prepositional phrase inside it, and one before an aside set off by commas', () => {
    expect(subjectBeforeVerb('“It is shut,” a police spokesman also said.', 'said')).toBe('nominal: a police spokesman (spokesman)');
    expect(subjectBeforeVerb('“It is shut,” parents at Westmoor Primary said.', 'said')).toBe('nominal: parents at Westmoor Primary (parents)');
    expect(subjectBeforeVerb('“It is shut,” one nurse, who asked not to be named, said.', 'said')).toBe('nominal: one nurse (nurse)');
  });

  it('reads no subject where a clause of its own stands between the quote and the verb', () => {
    expect(subjectBeforeVerb('“It is shut,” the mayor insisted Vell said.', 'said')).toBeNull();
  });
});

describe('subjectAfter', () => {
  it('reads a name with its title, a noun phrase, or a pronoun after a cue, but "it" as no source', () => {
    expect(subjectAfterVerb('“It is shut,” said Mayor Ana Vell.', 'said')).toBe('name: Ana Vell');
    expect(subjectAfterVerb('“It is shut,” said the mayor of Harlow, Ana Vell.', 'said')).toBe('name: Ana Vell');
    expect(subjectAfterVerb('“It is shut,” said a police spokesman.', 'said')).toBe('nominal: a police spokesman (spokesman)');
    expect(subjectAfterVerb('“It is shut,” said he.', 'said')).toBe('pronoun: he');
    expect(subjectAfterVerb('“It is shut,” said it.', 'said')).toBeNull();
  });
});

describe('phraseAfter', () => {
  it('reads whatever follows "according to", up to the next punctuation, as a noun phrase headed by its last word; none of function words only', () => {
    const polls = documentOf('The pier is safe, according to exit polls.');
    expect(describeSubject(polls, phraseAfter(polls, indexOf(polls, 'to') + 1, polls.tokens.length - 1))).toBe('nominal: exit polls (polls)');
    const records = documentOf('The pier is safe, according to records, and it is.');
    expect(describeSubject(records, phraseAfter(records, indexOf(records, 'to') + 1, records.tokens.length - 1))).toBe('nominal: records (records)');
    const doc = documentOf('The pier is safe, according to the.');
    expect(phraseAfter(doc, indexOf(doc, 'to') + 1, doc.tokens.length - 1)).toBeNull();
  });
});

describe('quotedSpeaker and subjectOfCue', () => {
  it('give the one quoted "as saying", not the one who quotes', () => {
    const doc = documentOf('The website quoted Ana Vell, the editor, as saying the pier was safe.');
    const quoted = indexOf(doc, 'quoted');
    expect(describeSubject(doc, quotedSpeaker(doc, quoted, doc.tokens.length - 1))).toBe('name: Ana Vell');
    expect(subjectOfVerb('The website quoted Ana Vell, the editor, as saying the pier was safe.', 'saying')).toBe('name: Ana Vell');
    const plain = documentOf('The website quoted Ana Vell in full on Monday.');
    expect(quotedSpeaker(plain, indexOf(plain, 'quoted'), plain.tokens.length - 1)).toBeNull();
  });

  it('give a cue the subject just before it, and a participle after a comma the subject of its clause', () => {
    expect(subjectOfVerb('“It is shut,” Vell told reporters.', 'told')).toBe('name: Vell');
    expect(subjectOfVerb('“It is shut,” Ana Vell said, adding that it would reopen.', 'adding')).toBe('name: Ana Vell');
  });

  it('give a cue the phrase before an aside: a noun phrase set off on a body, or a second relative clause after a name', () => {
    expect(subjectOfVerb('A spokesperson for the Tarn Water Board, the county\'s largest utility, said the pipes were old.', 'said'))
      .toBe('nominal: A spokesperson for the Tarn Water Board (spokesperson)');
    expect(subjectOfVerb('A porter from Lisbon who works nights, and who asked not to be named, said the wards were full.', 'said'))
      .toBe('nominal: A porter from Lisbon (porter)');
  });

  it('give a cue a description whose noun has two adjectives joined by "and"', () => {
    expect(subjectOfVerb('A foreman at a mechanical and electrical contractor said the site was shut.', 'said'))
      .toBe('nominal: A foreman at a mechanical and electrical contractor (foreman)');
    expect(subjectOfVerb('A foreman at a mechanical and electrical contractor, who asked not to be named, said the site was shut.', 'said'))
      .toBe('nominal: A foreman at a mechanical and electrical contractor (foreman)');
  });

  it('give an infinitive after a verb of refusing the one who refused', () => {
    expect(subjectOfVerb('A spokesman declined to say when the pier would reopen.', 'say')).toBe('nominal: A spokesman (spokesman)');
  });
});

describe('sentenceStart', () => {
  it('gives the first token after a quote in the sentence, or the first token of the sentence', () => {
    const doc = documentOf('“It is shut,” she said. Then Vell said so.');
    expect(sentenceStart(doc, indexOf(doc, 'said'))).toBe(indexOf(doc, 'she'));
    expect(sentenceStart(doc, indexOf(doc, 'said', 1))).toBe(indexOf(doc, 'Then'));
  });
});

describe('introducedSubject', () => {
  it('reads a description of a person opened by an indefinite article or a possessive as the subject of its verb', () => {
    const across = documentOf('A neighbour across the hall pointed at the window.');
    expect(describeSubject(across, introducedSubject(across, 0, across.tokens.length - 1))).toBe('nominal: A neighbour across the hall (neighbour)');
    const hers = documentOf('Her neighbour pointed at the window.');
    expect(describeSubject(hers, introducedSubject(hers, 0, hers.tokens.length - 1))).toBe('nominal: Her neighbour (neighbour)');
  });

  it('reads none after "the", for a noun that is no person, or with a person named later in the sentence', () => {
    const introduced = (text: string) => {
      const doc = documentOf(text);
      return introducedSubject(doc, 0, doc.tokens.length - 1);
    };
    expect(introduced('The neighbour pointed at the window.')).toBeNull();
    expect(introduced('An appointment was made for Monday.')).toBeNull();
    expect(introduced('A reporter asked Ana Vell about the pier.')).toBeNull();
  });
});

describe('firstSubjectIn', () => {
  it('gives the first name or pronoun of a sentence, not a name after a preposition nor "it"', () => {
    const first = (text: string) => {
      const doc = documentOf(text);
      return describeSubject(doc, firstSubjectIn(doc, 0, doc.tokens.length - 1));
    };
    expect(first('On Monday, Ana Vell was blunt: “It is over.”')).toBe('name: Ana Vell');
    expect(first('On Twitter, she responded: “No.”')).toBe('pronoun: she');
    expect(first('It rained, and then she was blunt: “No.”')).toBe('pronoun: she');
  });
});

describe('sentenceSubjectBefore', () => {
  /** The subject sentenceSubjectBefore reads for the first quote of the text. */
  function before(text: string): string | null {
    const doc = documentOf(text);
    const open = doc.tokens.findIndex((_, at) => doc.quoteAt[at]! >= 0);
    return describeSubject(doc, sentenceSubjectBefore(doc, open));
  }

  it('reads a person named before the quote, or he or she, right before its verb', () => {
    expect(before('Sen. Tom Ruiz coached Ana Vell to “breathe” before the vote.')).toBe('name: Tom Ruiz');
    expect(before('Then he turned to “little” Tom Ruiz.')).toBe('pronoun: he');
    expect(before('Mayor Ana Vell called the claims “baseless” on Monday.')).toBe('name: Ana Vell');
  });

  it('reads none for "it", for a negated verb, or in a headline', () => {
    expect(before('It turns out the pier was “safe” after all.')).toBeNull();
    expect(before('Mayor Ana Vell did not call the claims “baseless” at all.')).toBeNull();
    expect(before('Mayor Ana Vell calls pier “safe”\n\nMayor Ana Vell said it was fine.')).toBeNull();
  });
});

describe('isInModifier', () => {
  it('holds inside a name used as a modifier, and nowhere else', () => {
    const doc = documentOf('Workers left the Bexley Moor Foods plant on Monday.');
    expect(doc.tokens.flatMap((token, at) => (isInModifier(doc, at) ? [token.text] : []))).toEqual(['Bexley', 'Moor', 'Foods']);
  });
});

describe('nameSubject, tokenRange, phraseStart and phraseEnd', () => {
  it('give a name subject the name\'s span, and its phrase from the title to the end of the appositive', () => {
    const doc = documentOf('Mayor Ana Vell, a former nurse, said the pier was shut.');
    const subject = nameSubject(doc, 0);
    expect(subject).toEqual({ kind: 'name', mention: 0, span: tokenRange(doc.tokens, 1, 2) });
    expect(doc.text.slice(subject.span.start, subject.span.end)).toBe('Ana Vell');
    expect([phraseStart(doc, subject), phraseEnd(doc, subject)]).toEqual([0, indexOf(doc, 'nurse')]);
  });

  it('give a pronoun\'s phrase its one token, and a noun phrase its own bounds', () => {
    const she = documentOf('“It is shut,” she said.');
    const pronoun = subjectInRange(she, 6, 6)!;
    expect([phraseStart(she, pronoun), phraseEnd(she, pronoun)]).toEqual([6, 6]);
    const nominal = documentOf('“It is shut,” a police spokesman said.');
    const spokesman = subjectInRange(nominal, 6, 8)!;
    expect([phraseStart(nominal, spokesman), phraseEnd(nominal, spokesman)]).toEqual([6, 8]);
    expect(tokenRange(nominal.tokens, 6, 8)).toEqual({ start: nominal.text.indexOf('a police'), end: nominal.text.indexOf(' said') });
  });
});
