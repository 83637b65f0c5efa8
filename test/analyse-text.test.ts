import { describe, expect, it } from 'vitest';
import { analyseText } from '../src/pipeline/analyse-text.js';

describe('analyseText: abbreviated titles and honorifics', () => {
  it('reads an abbreviation wink splits from its full stop as one token before a name, as it reads "Sgt."', () => {
    const text = 'Det. Insp. Ann Roe met Atty. Gil Cruz.';
    const tokens = analyseText(text);
    expect(tokens.map((token) => token.text)).toEqual(['Det.', 'Insp.', 'Ann', 'Roe', 'met', 'Atty.', 'Gil', 'Cruz', '.']);
    expect(tokens.every((token) => text.slice(token.start, token.end) === token.text)).toBe(true);
  });

  it('leaves a full stop that ends a sentence after a name or a word no lexicon lists with a stop', () => {
    expect(analyseText('He went to Washington. The vote came.').map((token) => token.text)).toEqual(['He', 'went', 'to', 'Washington', '.', 'The', 'vote', 'came', '.']);
    expect(analyseText('She joined the Rev. later.').map((token) => token.text)).toContain('Rev');
  });
});

describe('analyseText: letters beyond Latin-1', () => {
  it('reads a word wink splits at a macron or an accent beyond Latin-1 as one token, with its offsets', () => {
    const text = 'Rāwhiti resident Ana Kowalczyk-Wójcik met Dr Ivana Petrović near Ōhope.';
    const tokens = analyseText(text);
    expect(tokens.map((token) => token.text)).toEqual(['Rāwhiti', 'resident', 'Ana', 'Kowalczyk', '-', 'Wójcik', 'met', 'Dr', 'Ivana', 'Petrović', 'near', 'Ōhope', '.']);
    expect(tokens.every((token) => text.slice(token.start, token.end) === token.text)).toBe(true);
    expect(tokens[0]!.pos).toBe('PROPN');
  });
});
