import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../src/pipeline/split-paragraphs.js';

/** The text of each paragraph found. */
const paragraphs = (text: string): string[] => splitParagraphs(text).map(({ start, end }) => text.slice(start, end));

describe('splitParagraphs', () => {
  it('ends a paragraph at a blank line, and gives its offsets in the text', () => {
    expect(splitParagraphs('Harlow voted.\n\nTarrow did not.')).toEqual([
      { start: 0, end: 13 },
      { start: 15, end: 30 },
    ]);
  });

  it('reads a line of spaces or tabs, several blank lines and Windows line ends as one break', () => {
    expect(paragraphs('Harlow voted.\n \t \nTarrow did not.')).toEqual(['Harlow voted.', 'Tarrow did not.']);
    expect(paragraphs('Harlow voted.\n\n\n\nTarrow did not.')).toEqual(['Harlow voted.', 'Tarrow did not.']);
    expect(paragraphs('Harlow voted.\r\n\r\nTarrow did not.')).toEqual(['Harlow voted.', 'Tarrow did not.']);
  });

  it('keeps a hard-wrapped line break mid-sentence inside its paragraph when the text has blank lines', () => {
    expect(paragraphs('Mayor Ines Vell said the plan gave the council an overt or\ncollective role.\n\nShe left.')).toEqual([
      'Mayor Ines Vell said the plan gave the council an overt or\ncollective role.',
      'She left.',
    ]);
  });

  it('ends a paragraph at a single line break after sentence-final punctuation', () => {
    expect(paragraphs('The ferry sank.\nNo one was hurt!\nWas it late?\n\nIt was.')).toEqual(['The ferry sank.', 'No one was hurt!', 'Was it late?', 'It was.']);
    expect(paragraphs('"We are done."\nThe crew left.\n\nIt was late.')).toEqual(['"We are done."', 'The crew left.', 'It was late.']);
  });

  it('reads sentence-final punctuation past spaces at the end of the line', () => {
    expect(paragraphs('The ferry sank.   \nThe crew\nswam ashore.\n\nIt was late.')).toEqual(['The ferry sank.', 'The crew\nswam ashore.', 'It was late.']);
  });

  it('ends a paragraph at every line break in a text with no blank lines', () => {
    expect(paragraphs('Harlow voted\nTarrow did not\nVell abstained')).toEqual(['Harlow voted', 'Tarrow did not', 'Vell abstained']);
  });

  it('trims white space from both ends of each paragraph', () => {
    const text = '  Harlow voted.  \n\n\tTarrow did not.\n';
    expect(splitParagraphs(text)).toEqual([
      { start: 2, end: 15 },
      { start: 20, end: 35 },
    ]);
    expect(paragraphs(text)).toEqual(['Harlow voted.', 'Tarrow did not.']);
  });

  it('finds no paragraph in an empty text or one of white space only', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('  \n\n \t ')).toEqual([]);
  });

  it('reads a text without line breaks as one paragraph', () => {
    expect(paragraphs('Harlow voted. Tarrow did not.')).toEqual(['Harlow voted. Tarrow did not.']);
  });
});
