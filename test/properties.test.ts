import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../src/index.js';
import { newsParagraph } from '../bench/adversarial.mjs';
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

/** Single UTF-16 code units in the surrogate range, which `unit: 'binary'` never produces. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** Short runs of arbitrary characters: printable graphemes, any code point, lone surrogates. */
const noise = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
  fc.string({ unit: loneSurrogate, minLength: 1, maxLength: 2 }),
);

const piece = fc.oneof({ arbitrary: fc.constantFrom(...VOCABULARY), weight: 4 }, { arbitrary: noise, weight: 1 });
const quoteMark = fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„');
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n');

const piecesRunTogether = fc.array(piece, { maxLength: 60, size: 'medium' }).map((pieces) => pieces.join(''));

/** Words with quote marks and punctuation stuck to them, as in prose: `“Yes,” she said`. */
const markedWords = fc
  .array(
    fc.tuple(fc.option(quoteMark), piece, fc.constantFrom('', '', ',', '.', '?', ':'), fc.option(quoteMark), separator),
    { maxLength: 40, size: 'medium' },
  )
  .map((words) => words.map(([open, word, punctuation, close, space]) => `${open ?? ''}${word}${punctuation}${close ?? ''}${space}`).join(''));

/** A sentence shape seen in news, with every slot drawn from the vocabulary or noise. */
const attributedSentence = fc
  .record({
    open: fc.constantFrom('"', '“', '‘', "'", '«', '„'),
    close: fc.constantFrom('"', '”', '’', "'", '»', '“', ''),
    words: fc.array(piece, { minLength: 1, maxLength: 12 }),
    verb: fc.constantFrom('said', 'told reporters', 'added', 'according to', 'asked'),
    speaker: fc.oneof(fc.constantFrom('Jane Doe', 'Mr. Lee', 'she', 'a police spokesman', 'Haddad, the mayor'), noise),
    speakerFirst: fc.boolean(),
  })
  .map(({ open, close, words, verb, speaker, speakerFirst }) => {
    const quote = `${open}${words.join(' ')},${close}`;
    return speakerFirst ? `${speaker} ${verb}: ${quote}` : `${quote} ${verb} ${speaker}.`;
  });

const article = fc
  .array(fc.oneof(attributedSentence, markedWords, piecesRunTogether), { minLength: 1, maxLength: 8 })
  .chain((sentences) => fc.constantFrom(' ', '\n', '\n\n').map((joiner) => sentences.join(joiner)));

/** Made-up news prose with quote marks, breaks and noise dropped in at random offsets. */
const damagedNews = fc
  .tuple(fc.nat(20), fc.array(fc.tuple(fc.nat(), fc.oneof(quoteMark, separator, noise)), { maxLength: 12 }))
  .map(([first, insertions]) => {
    let text = [newsParagraph(first), newsParagraph(first + 1), newsParagraph(first + 2)].join('\n\n');
    for (const [at, inserted] of insertions) {
      const offset = at % (text.length + 1);
      text = text.slice(0, offset) + inserted + text.slice(offset);
    }
    return text;
  });

const inputs: [name: string, arbitrary: fc.Arbitrary<string>, numRuns: number][] = [
  ['printable graphemes', fc.string({ unit: 'grapheme', maxLength: 200, size: 'medium' }), 300],
  ['code points mixed with lone surrogates and quote marks', fc.string({ unit: fc.oneof(noise, quoteMark, separator), maxLength: 120, size: 'medium' }), 500],
  ['vocabulary pieces and noise run together', piecesRunTogether, 500],
  ['words with quote marks attached', markedWords, 500],
  ['articles of attributed sentences, marked words and noise', article, 500],
  ['news prose with marks, breaks and noise inserted', damagedNews, 300],
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

const ALL_KINDS: Quote['kind'][] = ['direct', 'partial', 'indirect'];

describe('extractQuotes with reported speech on arbitrary text', () => {
  it.each(inputs)('should return valid records, overlapping only as a partial quote inside reported speech, for %s', (_name, arbitrary, numRuns) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expectValidQuotes(input, extractQuotes(input, { kinds: ALL_KINDS }));
      }),
      { numRuns: Math.ceil(numRuns / 2) },
    );
  });

  it('should return the default quotes unchanged when reported speech is asked for too', () => {
    fc.assert(
      fc.property(article, (input) => {
        const quotes = extractQuotes(input, { kinds: ALL_KINDS }).filter((quote) => quote.kind !== 'indirect');
        expect(quotes).toEqual(extractQuotes(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractQuotes options on arbitrary text', () => {
  const options = fc.record(
    {
      minConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
      kinds: fc.subarray<Quote['kind']>(ALL_KINDS),
    },
    { requiredKeys: [] },
  );

  it('should return exactly the unfiltered quotes that pass the options', () => {
    fc.assert(
      fc.property(article, options, (input, { minConfidence = 0, kinds = ['direct', 'partial'] satisfies Quote['kind'][] }) => {
        const expected = extractQuotes(input, { kinds: ALL_KINDS }).filter((quote) => quote.confidence >= minConfidence && kinds.includes(quote.kind));
        expect(extractQuotes(input, { minConfidence, kinds })).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractQuotes keeps no state between calls', () => {
  // wink-nlp adds every new word it meets to a lexicon cache shared by all
  // documents of one instance, and its tokenizer splits "county's" into
  // "county" + "'s" only while "county's" is not in that cache; the adapter
  // forgets what each call learned (src/pipeline/analyse-text.ts).
  it('should attribute the same title after a text that ends a sentence with a possessive', () => {
    const article = '"We expect traffic to return to normal by the weekend," said Ana Souza, the county\'s transport director.';
    const before = extractQuotes(article);
    extractQuotes('"It is not ours," she said. "The bridge is the county\'s."');
    expect(extractQuotes(article)).toEqual(before);
  });
});
