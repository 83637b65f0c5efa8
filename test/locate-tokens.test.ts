import { describe, expect, it } from 'vitest';
import { readLayout } from '../src/extract-quotes.js';
import { analyseText } from '../src/pipeline/analyse-text.js';
import type { Range, ScannedQuote, Token } from '../src/pipeline/document.js';
import { locateTokens } from '../src/pipeline/locate-tokens.js';

/** Each token of the text as "text:quote/paragraph", placed by locateTokens from the text's own layout. */
function placed(text: string): string[] {
  const { quotes, paragraphs } = readLayout(text);
  const tokens = analyseText(text);
  const { quoteAt, paragraphAt } = locateTokens(tokens, quotes, paragraphs);
  return tokens.map((token, at) => `${token.text}:${quoteAt[at]}/${paragraphAt[at]}`);
}

/** A one-character token at `start`: locateTokens reads only where a token starts. */
const tokenAt = (start: number): Token => ({ start, end: start + 1, text: 'x', lower: 'x', pos: 'NOUN', classes: 0 });

/** A quote with its marks at `open` and `close` (-1 for one that runs on) and its words from `start` to `end`. */
const quote = (open: number, start: number, end: number, close: number): ScannedQuote => ({ open, start, end, close, paragraph: 0, family: 'double' });

/** The quote and paragraph of tokens starting at `starts`, as two arrays. */
function locate(starts: readonly number[], quotes: readonly ScannedQuote[], paragraphs: readonly Range[]): [number[], number[]] {
  const { quoteAt, paragraphAt } = locateTokens(starts.map(tokenAt), quotes, paragraphs);
  return [Array.from(quoteAt), Array.from(paragraphAt)];
}

describe('locateTokens', () => {
  it('places the marks of a quote in it as well as its words, and any other token in none', () => {
    expect(placed('"We won," said Ana Vell.')).toEqual(['":0/0', 'We:0/0', 'won:0/0', ',:0/0', '":0/0', 'said:-1/0', 'Ana:-1/0', 'Vell:-1/0', '.:-1/0']);
  });

  it('numbers the quotes in document order', () => {
    expect(placed("She called it 'a mess,' and he said \"fine\".").filter((token) => !token.includes(':-1/'))).toEqual([
      "'a:0/0",
      'mess:0/0',
      ',:0/0',
      "':0/0",
      '":1/0',
      'fine:1/0',
      '":1/0',
    ]);
  });

  it('places each token in its paragraph, with a quote that runs on to the end of its words', () => {
    expect(placed('Ana Vell spoke.\n\n"We won.\n\n"It was close," she said.')).toEqual([
      'Ana:-1/0', 'Vell:-1/0', 'spoke:-1/0', '.:-1/0',
      '":0/1', 'We:0/1', 'won:0/1', '.:0/1',
      '":1/2', 'It:1/2', 'was:1/2', 'close:1/2', ',:1/2', '":1/2', 'she:-1/2', 'said:-1/2', '.:-1/2',
    ]);
  });

  it('places a token in a quote from its opening mark to its closing mark, both included', () => {
    // Marks at 2 and 6: tokens starting at 1 and 7 lie outside.
    expect(locate([1, 2, 4, 6, 7], [quote(2, 3, 6, 6)], [{ start: 0, end: 10 }])[0]).toEqual([-1, 0, 0, 0, -1]);
  });

  it('ends a quote that runs on at the end of its words, having no closing mark', () => {
    expect(locate([0, 2, 5, 6], [quote(0, 1, 6, -1)], [{ start: 0, end: 10 }])[0]).toEqual([0, 0, 0, -1]);
  });

  it('keeps two quotes that touch apart, and a token between two quotes in neither', () => {
    const quotes = [quote(0, 1, 3, 3), quote(4, 5, 7, 7), quote(10, 11, 13, 13)];
    expect(locate([0, 3, 4, 7, 8, 10, 14], quotes, [{ start: 0, end: 20 }])[0]).toEqual([0, 0, 1, 1, -1, 2, -1]);
  });

  it('moves to the next paragraph at the end of each, past any paragraph that holds no token', () => {
    const paragraphs = [{ start: 0, end: 4 }, { start: 6, end: 8 }, { start: 10, end: 12 }, { start: 14, end: 20 }];
    expect(locate([0, 3, 6, 14, 19], [], paragraphs)[1]).toEqual([0, 0, 1, 3, 3]);
  });

  it('places every token in no quote and paragraph 0 for a text of one paragraph and no quotes', () => {
    expect(locate([0, 5, 9], [], [{ start: 0, end: 10 }])).toEqual([[-1, -1, -1], [0, 0, 0]]);
  });

  it('gives no tokens empty arrays', () => {
    expect(locate([], [quote(0, 1, 2, 2)], [{ start: 0, end: 3 }])).toEqual([[], []]);
  });
});
