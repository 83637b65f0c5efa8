import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { adversarialCases, newsArticle } from '../bench/adversarial.mjs';
import { expectValidQuotes } from './support/invariants.js';

/** Larger cases (the 10 MB article) are timed by `npm run bench`, not run on every test. */
const MAX_TEST_LENGTH = 1_000_000;

describe('extractQuotes on hostile input', () => {
  const cases = adversarialCases().filter(({ text }) => text.length <= MAX_TEST_LENGTH);

  it.each(cases)('should return valid quotes for $name', ({ text }) => {
    expectValidQuotes(text, extractQuotes(text));
  });
});

describe('tokens that straddle a quote mark', () => {
  // wink-nlp reads `Ć«\ud83d»` as one token that starts before the opening mark
  // and ends after the closing one; fast-check found that a speaker mention
  // `Ć«\ud83d»Jane Doe` was once built around the quote from it.
  it('should not put a speaker mention around the quote', () => {
    const text = 'Ć«\ud83d»Jane Doe said';
    expectValidQuotes(text, extractQuotes(text));
  });
});

describe('a name read across a verb of saying', () => {
  // fast-check found `Haddad一says James` read as one name around the cue "says", whose report then began inside it.
  it('should never start a report inside its source', () => {
    const text = 'Haddad一says James’"said in a statement ';
    expectValidQuotes(text, extractQuotes(text, { kinds: ['direct', 'partial', 'indirect'] }));
  });
});

describe('an unclosed quote early in an article', () => {
  const laterParagraph = 'Omar Haddad, the mayor, said on Friday: "The bridge will reopen before the holidays."';

  it.each(['"', '“'])('should not swallow the paragraphs after it (opening mark %s)', (mark) => {
    const article = [
      `Jane Doe, a shop owner, said: ${mark}The council never listened to us, not once in ten years.`,
      newsArticle(1_500).replace(/["“”]/g, ''),
      laterParagraph,
    ].join('\n\n');
    const quotes = extractQuotes(article);
    expectValidQuotes(article, quotes);

    const laterStart = article.indexOf(laterParagraph);
    const later = quotes.filter((quote) => quote.text.includes('The bridge will reopen before the holidays'));
    expect(later).toHaveLength(1);
    expect(later[0]?.start).toBeGreaterThan(laterStart);
    // The well-formed quote is found exactly as in its paragraph on its own.
    const alone = extractQuotes(laterParagraph).map(({ text, start, end, kind }) => ({ text, start: start + laterStart, end: end + laterStart, kind }));
    expect(later.map(({ text, start, end, kind }) => ({ text, start, end, kind }))).toEqual(alone);
    // Nothing found reaches from the first paragraph into the ones after it.
    const firstParagraphEnd = article.indexOf('\n\n');
    expect(quotes.filter((quote) => quote.start < firstParagraphEnd && quote.end > firstParagraphEnd)).toEqual([]);
  });
});

/**
 * Fastest of `runs` calls on each text, in milliseconds. Calls alternate between
 * the texts, and the minimum is taken because load from other processes only
 * ever adds time.
 */
function fastestTimes(texts: readonly string[], runs: number): number[] {
  const fastest = texts.map(() => Number.POSITIVE_INFINITY);
  for (let run = 0; run < runs; run++) {
    texts.forEach((text, index) => {
      const started = performance.now();
      extractQuotes(text);
      fastest[index] = Math.min(fastest[index] ?? Number.POSITIVE_INFINITY, performance.now() - started);
    });
  }
  return fastest;
}

// Linear time: four times the input must take about four times as long. A
// quadratic step would take sixteen times as long; the bound of 8× plus 10 ms
// leaves room for timer noise and for other processes on a 2-core machine.
describe('extractQuotes time grows linearly', () => {
  const shapes: [name: string, make: (length: number) => string][] = [
    ['straight double quotes', (length) => '"'.repeat(length)],
    ['`a " b ` repeated', (length) => 'a " b '.repeat(length / 6)],
    ['an unclosed quote before prose', (length) => `“${newsArticle(length).replace(/["“”]/g, '')}`],
    ['news prose', (length) => newsArticle(length)],
    ['text with no spaces', (length) => 'Hesaid“yes,”andshe‘no’.'.repeat(length / 23)],
    ["`` and '' runs", (length) => "``a'' ''b''' 'c'' ".repeat(length / 18)],
    ['single quotes ended by a possessive', (length) => "'the Smiths' deal, ".repeat(length / 19)],
    ['quotes of one document named again and again', (length) => 'The report said, "Prices rose." '.repeat(length / 32)],
  ];

  it.each(shapes)('should take at most ~8× as long for four times as much %s', (_name, make) => {
    const small = make(25_000);
    const large = make(100_000);
    // Warm-up: until the JIT has compiled the pipeline, the first calls are the slowest.
    fastestTimes([small, large], 1);
    const [smallMs = 0, largeMs = 0] = fastestTimes([small, large], 5);
    expect(largeMs).toBeLessThan(8 * smallMs + 10);
  });
});

describe('a name that a comma ends the text after', () => {
  // fast-check found that a body's name read on past a comma that ends the text looked at the token after it.
  it.each(['"Yes," said the Agriculture,', '"Yes," said the Department of Health,', '"Yes," the Ports, Roads,'])('should return valid quotes for %s', (text) => {
    expectValidQuotes(text, extractQuotes(text, { kinds: ['direct', 'partial', 'indirect'] }));
  });
});
