import { describe, expect, it } from 'vitest';
import { analyse } from './support/analyse.js';

/** The indices of the paragraphs read as headlines. */
function headlines(text: string): number[] {
  return [...analyse(text).headlines].sort((a, b) => a - b);
}

describe('findHeadlines', () => {
  it('should read a short paragraph of capitalised words as a headline, small words aside', () => {
    expect(headlines('Why Voters Are Leaving the Party\n\nVoters in Dunmore said on Monday that they were tired.')).toEqual([0]);
  });

  it('should allow a final stop only when every word that is not small is capitalised', () => {
    expect(headlines('Harbour Board Says Ferry Will Run.\n\nThe board met on Monday.')).toEqual([0]);
    expect(headlines('The board says the ferry will run.\n\nThe board met on Monday.')).toEqual([]);
  });

  it('should read no long paragraph as a headline, however capitalised', () => {
    const long = Array.from({ length: 24 }, (_, index) => `Word${String.fromCharCode(65 + index)}`).join(' ');
    expect(headlines(`${long}\n\nThe board met on Monday.`)).toEqual([]);
  });
});
