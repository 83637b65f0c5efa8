import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { expectValidQuotes } from './support/invariants.js';

/**
 * Pieces of news-like text that the pipeline treats specially. Strings joined from
 * these reach far more of its code than random characters do.
 */
const VOCABULARY = [
  // quote marks
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '""', '“”',
  // apostrophes inside words
  "don't", 'don’t', 'the AA’s', "the AA's", "'90s", '’90s', "rock 'n' roll", 'James’', "O'Brien",
  // speech verbs and cues
  'said', 'says', 'told', 'told reporters', 'added', 'asked', 'according to', 'said in a statement', 'wrote',
  // names, titles and pronouns
  'Jane Doe', 'Mr. Lee', 'Dr. Ana Souza', 'President Omar Haddad', 'Haddad', 'the U.S. ambassador to NATO',
  'a police spokesman', 'Skyway Airlines', 'he', 'she', 'they', 'He', 'She', 'It', 'We', 'I',
  // ordinary words and punctuation
  'the', 'bridge', 'will reopen', 'on Tuesday', 'nucleus', 'yes', ',', '.', '?', '!', ':', ';', '—', '…', '(', ')',
  // whitespace
  ' ', ' ', ' ', '\t', '\n', '\n\n', '\r\n', '\u00a0', '\u2028',
  // combining marks, emoji and lone surrogates
  'e\u0301', 'n\u0303o', '\u0301', '👍', '👩‍👩‍👧', '🇫🇷', '👍🏽', '\ud83d', '\ude00',
];

const vocabularyText = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 60 })
  .map((pieces) => pieces.join(''));

const spacedVocabularyText = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 60 })
  .map((pieces) => pieces.join(' '));

/** A sentence shape seen in news, with every slot drawn from the vocabulary. */
const attributedSentence = fc
  .record({
    open: fc.constantFrom('"', '“', '‘', "'", '«', '„'),
    close: fc.constantFrom('"', '”', '’', "'", '»', '“', ''),
    words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 }),
    verb: fc.constantFrom('said', 'told reporters', 'added', 'according to', 'asked'),
    speaker: fc.constantFrom('Jane Doe', 'Mr. Lee', 'she', 'a police spokesman', 'Haddad, the mayor'),
    speakerFirst: fc.boolean(),
  })
  .map(({ open, close, words, verb, speaker, speakerFirst }) => {
    const quote = `${open}${words.join(' ')},${close}`;
    return speakerFirst ? `${speaker} ${verb}: ${quote}` : `${quote} ${verb} ${speaker}.`;
  });

const article = fc
  .array(fc.oneof(attributedSentence, vocabularyText), { minLength: 1, maxLength: 8 })
  .chain((sentences) => fc.constantFrom(' ', '\n', '\n\n').map((separator) => sentences.join(separator)));

/** Single UTF-16 code units in the surrogate range, which `unit: 'binary'` never produces. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

const inputs: [name: string, arbitrary: fc.Arbitrary<string>, numRuns: number][] = [
  ['printable graphemes', fc.string({ unit: 'grapheme', maxLength: 80 }), 200],
  ['any code points', fc.string({ unit: 'binary', maxLength: 80 }), 200],
  ['code points mixed with lone surrogates and quote marks', fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, fc.constantFrom('"', '“', '”', '‘', '’')), maxLength: 80 }), 200],
  ['vocabulary pieces run together', vocabularyText, 300],
  ['vocabulary pieces between spaces', spacedVocabularyText, 300],
  ['articles of attributed sentences and noise', article, 300],
];

describe('extractQuotes on arbitrary text', () => {
  it.each(inputs)('should return valid, ordered, non-overlapping quotes for %s', (_name, arbitrary, numRuns) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expectValidQuotes(input, extractQuotes(input));
      }),
      { numRuns },
    );
  });

  // Another call in between catches state leaking from one call into the next.
  it.each(inputs)('should give the same output twice for %s', (_name, arbitrary, numRuns) => {
    fc.assert(
      fc.property(arbitrary, arbitrary, (input, otherInput) => {
        const first = extractQuotes(input);
        extractQuotes(otherInput);
        expect(extractQuotes(input)).toEqual(first);
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });
});
