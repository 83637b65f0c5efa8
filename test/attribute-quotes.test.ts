import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

/** Each quote as [text, speaker name, title, mention, cue, rule]. */
function attributed(text: string): (string | null)[][] {
  return extractQuotes(text).map((quote) => [
    quote.text,
    quote.speaker?.name ?? null,
    quote.speaker?.title ?? null,
    quote.speaker?.mention?.text ?? null,
    quote.cue?.text ?? null,
    quote.rule,
  ]);
}

describe('attributeQuotes: a sentence ending in a colon', () => {
  it.each([
    [
      'a pronoun in the opening clause',
      'When she was pressed on the budget, Councillor Mira Das did not hold back: "This is a shambles."',
      ['This is a shambles.', 'Mira Das', 'Councillor', 'Mira Das', ':', 'colon'],
    ],
    [
      'a pronoun in an opening participle phrase',
      'Asked whether he would stay, Mayor Tom Reyes was clear: "I am not going anywhere."',
      ['I am not going anywhere.', 'Tom Reyes', 'Mayor', 'Tom Reyes', ':', 'colon'],
    ],
    [
      'a name in the opening phrase',
      'After meeting Ben Ortiz, Mira Das was furious: "This is a shambles."',
      ['This is a shambles.', 'Mira Das', null, 'Mira Das', ':', 'colon'],
    ],
  ])('should give the subject of the main clause, not %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual([expected]);
  });

  it('should keep a pronoun that is the subject of the main clause', () => {
    const text = 'Pressed on the budget, she did not hold back: "This is a shambles."';
    expect(attributed(text)).toEqual([['This is a shambles.', null, null, 'she', ':', 'colon']]);
  });
});
