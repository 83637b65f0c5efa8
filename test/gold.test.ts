import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { checkGoldAgainstInput, compareWithGold, type GoldQuote } from '../scripts/gold.mjs';

// Invented: one person and one organisation as speakers.
const article = `"We will reopen the bridge in May," said Mayor Lena Brask.

"Repairs are on schedule," Harlow Transit Authority said in a statement.`;

const gold: GoldQuote[] = [
  { text: 'We will reopen the bridge in May', kind: 'direct', speaker: 'Lena Brask', title: 'Mayor', mention: 'Lena Brask', cue: 'said' },
  { text: 'Repairs are on schedule', kind: 'direct', speaker: 'Harlow Transit Authority', title: null, mention: 'Harlow Transit Authority', cue: 'said' },
];

describe('gold.json type', () => {
  it('should compare speaker.type only where the gold gives it', () => {
    const typed: GoldQuote[] = [{ ...gold[0]!, type: 'person' }, gold[1]!];
    const result = compareWithGold(typed, extractQuotes(article));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ typed: 1, allRight: 2, fieldRight: { type: 1 } });
  });

  it('should report a wrong type with what was found', () => {
    const typed: GoldQuote[] = [gold[0]!, { ...gold[1]!, type: 'person' }];
    const result = compareWithGold(typed, extractQuotes(article));
    expect(result.problems).toEqual(['gold #1 "Repairs are on schedule": type: expected "person", got "organization"']);
    expect(result).toMatchObject({ typed: 1, allRight: 1, fieldRight: { type: 0, speaker: 2 } });
  });

  it('should accept the optional key and refuse an unknown value or a type without a speaker', () => {
    const unknownValue = { ...gold[0]!, type: 'people' } as unknown as GoldQuote;
    const noSpeaker: GoldQuote = { ...gold[1]!, speaker: null, mention: null, type: 'organization' };
    expect(checkGoldAgainstInput([{ ...gold[0]!, type: 'person' }, gold[1]!], article)).toEqual([]);
    expect(checkGoldAgainstInput([unknownValue, noSpeaker], article)).toEqual([
      'gold #0 type "people" (expected "person" or "organization")',
      'gold #1: type must be left out when there is no speaker',
    ]);
  });
});
