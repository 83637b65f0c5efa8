import { describe, expect, it } from 'vitest';
import { spanText } from '../src/grammar/tokens.js';
import { endsSentence, splitSentences } from '../src/pipeline/split-sentences.js';
import { analyse } from './support/analyse.js';

/** Each sentence splitSentences finds in the text's tokens, as [its text, whether a final mark closes it]. */
function sentences(text: string): [string, boolean][] {
  const { tokens, paragraphAt } = analyse(text);
  return splitSentences(tokens, paragraphAt).sentences.map((sentence) => [spanText(tokens, sentence.first, sentence.last), sentence.closed]);
}

describe('splitSentences', () => {
  it('ends a sentence at each final mark: a full stop, "!", "?", "..." and "…"', () => {
    expect(sentences('The ferry sank. Was it late? It was! Then... Nothing… It ended.')).toEqual([
      ['The ferry sank.', true],
      ['Was it late?', true],
      ['It was!', true],
      ['Then...', true],
      ['Nothing…', true],
      ['It ended.', true],
    ]);
  });

  it('ends no sentence at the point of "U.S." or "N.Y." inside a sentence', () => {
    expect(sentences('He moved to the U.S. in 2001. Then he left.')).toEqual([
      ['He moved to the U.S. in 2001.', true],
      ['Then he left.', true],
    ]);
    expect(sentences('She lives in N.Y. now.')).toEqual([['She lives in N.Y. now.', true]]);
  });

  it('ends no sentence at the point of a party and state tag in brackets or set off by commas', () => {
    expect(sentences('Sen. Ana Rusk (D-Mass.) said the vote failed.')).toEqual([['Sen. Ana Rusk (D-Mass.) said the vote failed.', true]]);
    expect(sentences('Rep. Omar Vell, R-Ky., said the vote failed.')).toEqual([['Rep. Omar Vell, R-Ky., said the vote failed.', true]]);
  });

  it('ends no sentence at initials, an honorific or a company\'s abbreviation', () => {
    expect(sentences('J. R. Tolland said it was over. She agreed.')).toEqual([
      ['J. R. Tolland said it was over.', true],
      ['She agreed.', true],
    ]);
    expect(sentences('Dr. Ines Vell spoke. Shares of Vell Corp. fell.')).toEqual([
      ['Dr. Ines Vell spoke.', true],
      ['Shares of Vell Corp. fell.', true],
    ]);
  });

  it('ends no sentence at a point written tight between two words, or at a mark before a lower-case word', () => {
    expect(sentences('The Vell.Tarrow merger failed. It was late.')).toEqual([
      ['The Vell.Tarrow merger failed.', true],
      ['It was late.', true],
    ]);
    expect(sentences('Wait... then go. Is it over ? yes it is.')).toEqual([
      ['Wait... then go.', true],
      ['Is it over ? yes it is.', true],
    ]);
  });

  it('ends a quoted question at its question mark, the quotation mark not ending it', () => {
    const text = '“Why now?” he asked. She left.';
    const { tokens, paragraphAt } = analyse(text);
    const found = splitSentences(tokens, paragraphAt).sentences;
    expect(found.map((sentence) => tokens[sentence.last]!.text)).toEqual(['?', '.', '.']);
    expect(found[0]).toEqual({ first: 0, last: 3, closed: true });
  });

  it('ends a sentence at the end of its paragraph, unclosed when no final mark ends it', () => {
    expect(sentences('The ferry sank\n\nNo one was hurt.')).toEqual([
      ['The ferry sank', false],
      ['No one was hurt.', true],
    ]);
    expect(sentences('The ferry sank. The crew left')).toEqual([
      ['The ferry sank.', true],
      ['The crew left', false],
    ]);
  });

  it('gives every token the index of its sentence', () => {
    const { tokens, paragraphAt } = analyse('It sank. Was it late? Yes');
    expect(Array.from(splitSentences(tokens, paragraphAt).sentenceAt)).toEqual([0, 0, 0, 1, 1, 1, 1, 2]);
  });

  it('finds no sentence in no tokens', () => {
    const { sentences: found, sentenceAt } = splitSentences([], new Int32Array(0));
    expect(found).toEqual([]);
    expect(sentenceAt.length).toBe(0);
  });
});

describe('endsSentence', () => {
  it('holds only at the final mark that closes its sentence', () => {
    const doc = analyse('The ferry sank. Was it late? Yes');
    expect(doc.tokens.flatMap((token, at) => (endsSentence(doc, at) ? [`${at}:${token.text}`] : []))).toEqual(['3:.', '7:?']);
  });

  it('does not hold at the last token of a sentence its paragraph ends', () => {
    const doc = analyse('The ferry sank\n\nNo one was hurt');
    expect(doc.tokens.map((_, at) => endsSentence(doc, at)).some(Boolean)).toBe(false);
  });
});
