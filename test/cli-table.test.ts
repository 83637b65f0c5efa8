import { describe, expect, it } from 'vitest';
import { formatQuoteTable } from '../src/cli/table.js';
import type { Quote, Speaker } from '../src/index.js';

const article = 'Rice said, "The president will ask people to consider this historic opportunity." A police spokesman called it "calm".';

function quoteOf(text: string, speaker: Speaker | null): Quote {
  const start = article.indexOf(text);
  return { text, start, end: start + text.length, kind: 'direct', speaker, cue: null, confidence: 0.9, rule: 'test' };
}

const rice: Speaker = {
  name: 'Condoleezza Rice',
  title: 'National Security Adviser',
  type: 'person',
  mention: { text: 'Rice', start: 0, end: 4 },
  id: 0,
};
const spokesman: Speaker = {
  name: null,
  title: 'police spokesman',
  type: 'person',
  mention: { text: 'A police spokesman', start: 84, end: 102 },
  id: 1,
};
const quotes = [
  quoteOf('The president will ask people to consider this historic opportunity.', rice),
  quoteOf('calm', spokesman),
  quoteOf('calm', null),
];

describe('formatQuoteTable', () => {
  it('should show name, type, title and quote, and an unnamed speaker by its mention', () => {
    expect(formatQuoteTable(quotes, 200).split('\n')).toEqual([
      'SPEAKER             TYPE    TITLE                      QUOTE',
      `${'─'.repeat(18)}  ${'─'.repeat(6)}  ${'─'.repeat(25)}  ${'─'.repeat(200 - 18 - 6 - 25 - 6)}`,
      'Condoleezza Rice    person  National Security Adviser  “The president will ask people to consider this historic opportunity.”',
      'A police spokesman  person  police spokesman           “calm”',
      '(unknown)                                              “calm”',
      '',
      '3 quotes from 2 speakers',
      '',
    ]);
  });

  it('should cut the quote with an ellipsis to fit the width', () => {
    const lines = formatQuoteTable(quotes, 80).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines[2]).toBe('Condoleezza Rice    person  National Security Adviser  “The president will ask …');
  });

  it('should narrow the title, then the speaker, and leave out the type on a small terminal', () => {
    const lines = formatQuoteTable(quotes, 40).split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[0]).toBe('SPEAKER   TITLE     QUOTE');
    expect(lines[2]).toBe('Condole…  Nationa…  “The president will…');
  });

  it('should cut nothing without a width, with the rule under QUOTE stopping at 60', () => {
    const long = { ...quotes[0] as Quote, speaker: { ...rice, title: 'Assistant to the President for National Security Affairs' } };
    expect(formatQuoteTable([long, quotes[1] as Quote]).split('\n')).toEqual([
      'SPEAKER             TYPE    TITLE                                                     QUOTE',
      `${'─'.repeat(18)}  ${'─'.repeat(6)}  ${'─'.repeat(56)}  ${'─'.repeat(60)}`,
      'Condoleezza Rice    person  Assistant to the President for National Security Affairs  “The president will ask people to consider this historic opportunity.”',
      'A police spokesman  person  police spokesman                                          “calm”',
      '',
      '2 quotes from 2 speakers',
      '',
    ]);
  });

  it('should say so when there is no quote', () => {
    expect(formatQuoteTable([], 80)).toBe('No quotes found.\n');
  });
});
