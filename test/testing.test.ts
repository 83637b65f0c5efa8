import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { checkGold, checkGoldAgainstInput, compareWithGold, type GoldQuote } from '../src/testing/index.js';

// Invented: a person and an organisation as speakers, and a pronoun.
const article = `"We will reopen the bridge in May," said Mayor Lena Brask.

"Repairs are on schedule," Harlow Transit Authority said in a statement. "The deck is done," she added.`;

const gold: readonly GoldQuote[] = [
  { text: 'We will reopen the bridge in May', kind: 'direct', speaker: 'Lena Brask', title: 'Mayor', mention: 'Lena Brask', cue: 'said' },
  { text: 'Repairs are on schedule', kind: 'direct', speaker: 'Harlow Transit Authority', title: null, mention: 'Harlow Transit Authority', cue: 'said' },
  { text: 'The deck is done', kind: 'direct', speaker: 'Lena Brask', title: 'Mayor', mention: 'she', cue: 'added' },
];

const at = (index: number): GoldQuote => gold[index] as GoldQuote;

describe('checkGold', () => {
  it('should find no difference when the gold is right, and count every field', () => {
    const result = checkGold(article, gold);
    expect(result.differences).toEqual([]);
    expect(result.goldProblems).toEqual([]);
    expect(result.quotes).toEqual(extractQuotes(article));
    expect(result).toMatchObject({ paired: 3, missing: 0, extra: 0, allRight: 3, typed: 0 });
    expect(result.fieldRight).toEqual({ kind: 3, speaker: 3, title: 3, type: 0, mention: 3, cue: 3 });
  });

  it('should list each wrong field of a quote as its own difference', () => {
    const wrong = [at(0), { ...at(1), kind: 'partial', title: 'operator' }, at(2)] as const;
    expect(checkGold(article, wrong).differences).toEqual([
      {
        problem: 'field', goldIndex: 1, outputIndex: 1, field: 'kind', expected: 'partial', actual: 'direct',
        message: 'gold #1 "Repairs are on schedule": kind: expected "partial", got "direct"',
      },
      {
        problem: 'field', goldIndex: 1, outputIndex: 1, field: 'title', expected: 'operator', actual: null,
        message: 'gold #1 "Repairs are on schedule": title: expected "operator", got null',
      },
    ]);
  });

  it('should report missing and extra quotes', () => {
    const result = checkGold(article, [{ ...at(0), text: 'We will reopen the bridge in June' }, at(1), at(2)]);
    expect(result.differences.map((difference) => difference.message)).toEqual([
      'gold #0 missing: "We will reopen the bridge in June" [direct] speaker="Lena Brask" title="Mayor" mention="Lena Brask" cue="said"',
      'extra output #0: "We will reopen the bridge in May" [direct] speaker="Lena Brask" title="Mayor" type="person" mention="Lena Brask" cue="said"',
    ]);
    expect(result).toMatchObject({ paired: 2, missing: 1, extra: 1, allRight: 2, fieldRight: { speaker: 2 } });
  });

  it('should compare speaker.type only where the gold gives it', () => {
    const typed = [{ ...at(0), type: 'person' }, { ...at(1), type: 'person' }, at(2)] as const;
    const result = checkGold(article, typed);
    expect(result.differences).toEqual([
      {
        problem: 'field', goldIndex: 1, outputIndex: 1, field: 'type', expected: 'person', actual: 'organization',
        message: 'gold #1 "Repairs are on schedule": type: expected "person", got "organization"',
      },
    ]);
    expect(result).toMatchObject({ typed: 2, allRight: 2, fieldRight: { type: 1, speaker: 3 } });
  });

  it('should pass the options to extractQuotes', () => {
    const result = checkGold(article, gold, { kinds: ['partial'] });
    expect(result.quotes).toEqual([]);
    expect(result).toMatchObject({ missing: 3, allRight: 0 });
  });

  it('should refuse gold it cannot pair, and options extractQuotes refuses', () => {
    expect(() => checkGold(article, { text: 'x' } as unknown as GoldQuote[])).toThrow(
      new TypeError('checkGold: expected `gold` to be an array of objects, each with a string `text`'),
    );
    expect(() => checkGold(article, gold, { minConfidance: 1 } as never)).toThrow(/^extractQuotes: unknown option `minConfidance`/);
  });
});

describe('compareWithGold', () => {
  it('should report a named speaker split over two ids, and two speakers sharing one', () => {
    const quotes = extractQuotes(article);
    const [first, second, third] = quotes as [(typeof quotes)[0], (typeof quotes)[0], (typeof quotes)[0]];
    const renumbered = [first, second, { ...third, speaker: { ...third.speaker!, id: second.speaker!.id } }];
    expect(compareWithGold(gold, renumbered).differences).toEqual([
      { problem: 'speaker-id', goldIndexes: [0, 2], message: `speaker "Lena Brask" has more than one id: id ${first.speaker!.id} on gold #0; id ${second.speaker!.id} on gold #2` },
      { problem: 'speaker-id', goldIndexes: [1, 2], message: `speakers "Lena Brask" and "Harlow Transit Authority" share id ${second.speaker!.id}` },
    ]);
  });
});

describe('checkGoldAgainstInput', () => {
  it('should accept gold that matches its text, with or without type', () => {
    expect(checkGoldAgainstInput(gold, article)).toEqual([]);
    expect(checkGoldAgainstInput([{ ...at(0), type: 'person' }, { ...at(1), type: 'organization' }], article)).toEqual([]);
  });

  it('should name every typo', () => {
    const typos = [
      { ...at(0), type: 'people', cue: 'says' },
      { ...at(1), speaker: null, mention: null, type: 'organization', extra: 1 },
      { ...at(2), kind: 'reported', text: 'The deck is finished', title: 42 },
      'a quote',
    ] as unknown as GoldQuote[];
    expect(checkGoldAgainstInput(typos, article)).toEqual([
      'gold #0 cue "says" does not occur in the text',
      'gold #0 type "people" (expected "person" or "organization")',
      'gold #1 has keys cue,extra,kind,mention,speaker,text,title,type',
      'gold #1: type must be left out when there is no speaker',
      'gold #2 kind "reported"',
      'gold #2 title must be a string or null, got 42',
      'gold #2 "The deck is finished" is not found between quote marks after offset 84',
      'gold #3 is not an object',
    ]);
    expect(checkGoldAgainstInput({} as unknown as GoldQuote[], article)).toEqual(['gold must be an array of quote objects']);
  });
});
