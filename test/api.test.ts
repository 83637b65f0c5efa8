import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

describe('public API', () => {
  it('should export only extractQuotes at run time', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['extractQuotes']);
  });

  it('should return [] for empty text', () => {
    expect(extractQuotes('')).toEqual([]);
  });

  it('should not read past the last token when a title-like word ends the text', () => {
    // Found by the property test: an appositive check looked one token past the end.
    expect(() => extractQuotes('"."President Omar Haddad,James’will reopen')).not.toThrow();
  });

  it('should attribute a quote whose opening mark wink drops after a lone surrogate', () => {
    // Found by the property test: the quote's first token lay past the last token.
    const text = '«!»«\ud800»';
    for (const quote of extractQuotes(text)) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
