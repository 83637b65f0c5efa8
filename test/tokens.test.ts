import { describe, expect, it } from 'vitest';
import {
  ACRONYM,
  PARTICIPLE_ENDING,
  isCapitalised,
  isDeterminer,
  isFiniteVerb,
  isModifierAfterPossessive,
  isPluralPossessive,
  isPossessive,
  isPossessiveAt,
  isTightHyphen,
  isWhiteSpace,
  overlaps,
  spanText,
} from '../src/grammar/tokens.js';
import type { Token } from '../src/pipeline/document.js';
import { analyse } from './support/analyse.js';

const tokensOf = (text: string): readonly Token[] => analyse(text).tokens;

/** The indices of the tokens of `text` for which `test` holds, as the tokens' texts. */
function where(text: string, test: (tokens: readonly Token[], at: number) => boolean): string[] {
  const tokens = tokensOf(text);
  return tokens.flatMap((token, at) => (test(tokens, at) ? [`${at}:${token.text}`] : []));
}

describe('isPossessive', () => {
  it('reads the "\'s" wink splits off a word, straight or curly, as a possessive, and no other token', () => {
    expect(where("Orvia's mayor met Tarrow’s mayor.", (tokens, at) => isPossessive(tokens[at]!))).toEqual(["1:'s", '5:’s']);
    expect(where('The mayor said it was late.', (tokens, at) => isPossessive(tokens[at]!))).toEqual([]);
  });
});

describe('isPluralPossessive', () => {
  it('reads an apostrophe tight after a word in -s, with a word after it, as a plural possessive', () => {
    expect(where("The Farmers' Union backed the Vellans’ campaign.", isPluralPossessive)).toEqual(["2:'", '7:’']);
  });

  it('reads no closing quote mark as one: one with no word after it, or after a word not in -s', () => {
    expect(where("He said 'the Smiths'.", isPluralPossessive)).toEqual([]);
    expect(where("She called it 'late' and left.", isPluralPossessive)).toEqual([]);
  });
});

describe('isPossessiveAt', () => {
  it('reads both the singular and the plural possessive', () => {
    expect(where("Orvia's growers and the Farmers' Union met.", isPossessiveAt)).toEqual(["1:'s", "6:'"]);
  });

  it('is false past the end of the tokens', () => {
    const tokens = tokensOf("Orvia's growers met.");
    expect(isPossessiveAt(tokens, tokens.length)).toBe(false);
    expect(isPossessiveAt(tokens, -1)).toBe(false);
  });
});

describe('isCapitalised', () => {
  it('reads a word that starts with an ASCII capital as capitalised, and none that starts otherwise', () => {
    expect(['Harlow', 'NATO', 'harlow', '2016', '"Harlow', '-'].map(isCapitalised)).toEqual([true, true, false, false, false, false]);
  });

  it('reads a capital beyond ASCII as one, and a lower-case letter beyond ASCII as none', () => {
    expect(['Émile', 'Ørsted', 'Łukasz', 'Σοφία', 'Жанна'].map(isCapitalised)).toEqual([true, true, true, true, true]);
    expect(['émile', 'ørsted', 'łukasz', 'σοφία', 'жанна', 'ß'].map(isCapitalised)).toEqual([false, false, false, false, false, false]);
  });
});

describe('isWhiteSpace', () => {
  it('holds for exactly the UTF-16 code units that /\\s/ matches', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('PARTICIPLE_ENDING and ACRONYM', () => {
  it('match a participle\'s ending in -ing or -ed, and nothing else', () => {
    expect(['briefing', 'deadlocked', 'brief', 'edge', 'singer'].map((word) => PARTICIPLE_ENDING.test(word))).toEqual([true, true, false, false, false]);
  });

  it('match two or more capitals, each perhaps with a point, as an acronym', () => {
    expect(['NATO', 'U.S.', 'E.U.', 'UK', 'A', 'Nato', 'U.s.', 'ÖVP'].map((word) => ACRONYM.test(word))).toEqual([
      true, true, true, true, false, false, false, true,
    ]);
  });
});

describe('spanText', () => {
  it('gives the tokens with the spacing of the input', () => {
    const tokens = tokensOf("Tarrow's best-selling author (a novelist) left.");
    expect(spanText(tokens, 0, tokens.length - 1)).toBe("Tarrow's best-selling author (a novelist) left.");
    expect(spanText(tokens, 2, 4)).toBe('best-selling');
    expect(spanText(tokens, 3, 3)).toBe('-');
  });
});

describe('isDeterminer and isFiniteVerb', () => {
  it('read an article and a possessive determiner as determiners, and no noun', () => {
    expect(where('The mayor thanked his lawyer and a clerk.', (tokens, at) => isDeterminer(tokens[at]!))).toEqual(['0:The', '3:his', '6:a']);
  });

  it('read an auxiliary or a verb not in -ing as finite, and no missing token', () => {
    expect(where('The chamber will vote, sending the bill back.', (tokens, at) => isFiniteVerb(tokens[at]))).toEqual(['2:will', '3:vote']);
    expect(isFiniteVerb(undefined)).toBe(false);
  });
});

describe('overlaps', () => {
  it('holds for ranges that share a character, not for ranges that only touch', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 5, end: 9 }, { start: 0, end: 5 })).toBe(false);
  });
});

describe('isTightHyphen', () => {
  it('reads a hyphen written tight between two words as one, not a spaced dash', () => {
    expect(where('The best-selling Harlow-based author spoke.', isTightHyphen)).toEqual(['2:-', '5:-']);
    expect(where('HARLOW - Senator Ana Pell spoke.', isTightHyphen)).toEqual([]);
  });

  it('reads no hyphen with a space on one side only, nor one at the start of the text', () => {
    expect(where('The pro- and anti-tax camps met.', isTightHyphen)).toEqual([]);
    expect(where('- Harlow', isTightHyphen)).toEqual([]);
  });
});

describe('isModifierAfterPossessive', () => {
  it('reads a word tagged as a verb right after a possessive as a modifier, and no verb after anything else', () => {
    const text = "The county's recall notice and the commission's written guidance were late.";
    expect(where(text, isModifierAfterPossessive)).toEqual(['3:recall', '9:written']);
    expect(where('The county will recall the notice.', isModifierAfterPossessive)).toEqual([]);
  });
});
