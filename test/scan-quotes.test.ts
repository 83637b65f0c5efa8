import { describe, expect, it } from 'vitest';
import { readLayout } from '../src/extract-quotes.js';
import { extractQuotes } from '../src/index.js';

/** The quoted words of each top-level quote the scanner finds, with its family. */
function scanned(text: string): [string, string][] {
  return readLayout(text).quotes.map((quote) => [text.slice(quote.start, quote.end), quote.family]);
}

describe('scanQuotes', () => {
  describe('two apostrophes, and two backticks opening, are a double mark', () => {
    it.each([
      ["''We will appeal,'' said Tomas Ferreira.", 'We will appeal,'],
      ["Ferreira said: ``We will appeal.''", 'We will appeal.'],
      ["In her 2011 memoir, ''Salt and Iron,'' Ms. Okonjo wrote of the mill.", 'Salt and Iron,'],
      ["''It was rock 'n' roll in the '90s at the Pattersons' house,'' he said.", "It was rock 'n' roll in the '90s at the Pattersons' house,"],
    ])('%s', (text, words) => {
      expect(scanned(text)).toEqual([[words, 'double']]);
    });

    it('keeps the marks out of the quote and its offsets on the words', () => {
      const text = "He said, ''Go home.'' Then he left.";
      const [quote] = readLayout(text).quotes;
      expect(quote).toMatchObject({ open: 9, start: 11, end: 19, close: 20 });
    });

    it('reads three apostrophes that close as the inner single closer, then the double one', () => {
      expect(scanned("''They told me 'no.''' she said. ''Then 'yes.' ''")).toEqual([
        ["They told me 'no.'", 'double'],
        ["Then 'yes.'", 'double'],
      ]);
    });

    it('reads two apostrophes as two single closers when no double quote is open', () => {
      expect(scanned("'He told me, 'We're done.'' Lee said.")).toEqual([["He told me, 'We're done.'", 'single']]);
    });

    it('carries a quote over paragraphs that open with two apostrophes', () => {
      expect(scanned("''The first part.\n\n''The second part,'' he said.")).toEqual([
        ['The first part.', 'double'],
        ['The second part,', 'double'],
      ]);
    });

    it('leaves an inch mark typed as two apostrophes alone', () => {
      expect(scanned("A 12'' main burst. ''It was old,'' she said.")).toEqual([['It was old,', 'double']]);
    });
  });

  describe('a single quote ended early by a plural possessive', () => {
    it.each([
      ["'He told me the Smiths' deal was off,' Lee said.", "He told me the Smiths' deal was off,"],
      ['‘They say the Hendersons’ firm will do it cheaper’.', 'They say the Hendersons’ firm will do it cheaper'],
    ])('runs to the closer set off by punctuation: %s', (text, words) => {
      expect(scanned(text)).toEqual([[words, 'single']]);
    });

    it('stays short when the later mark is another possessive', () => {
      expect(scanned("The word 'orchards' appears in the players' lounge.")).toEqual([['orchards', 'single']]);
    });

    it('stays short when the later mark is an elision', () => {
      expect(scanned("Fans of the 'Stones' records loved rock 'n' roll.")).toEqual([['Stones', 'single']]);
    });
  });
});

describe('a quote nested in a quote is part of the outer one', () => {
  // Straight and curly, same and different family, the inner quote at the start,
  // middle or end of the outer, and right before the outer's closing mark.
  it.each([
    [`"He told me 'we're done' and hung up," Lee said.`, 'Lee'],
    [`"They kept chanting "Out! Out!" all night," she said.`, 'she'],
    [`"'We're done,' he told me, and then he hung up," Lee said.`, 'Lee'],
    [`""Out!" was all they chanted," she said.`, 'she'],
    [`"He told me, 'We're done.'" Lee said.`, 'Lee'],
    [`"He just kept saying "no more,"" she said.`, 'she'],
    [`“He told me “we’re done” and hung up,” Lee said.`, 'Lee'],
    [`“They kept chanting "Out! Out!" all night,” she said.`, 'she'],
    [`"They kept chanting “Out! Out!” all night," she said.`, 'she'],
    [`'He told me 'we're done' and hung up,' Lee said.`, 'Lee'],
    [`‘He told me, ‘We’re done.’’ Lee said.`, 'Lee'],
    [`'He told me, 'We're done.'' Lee said.`, 'Lee'],
    [`'They kept chanting "Out!" all night,' she said.`, 'she'],
    [`''He told me 'we're done.''' Lee said.`, 'Lee'],
    [`"The crowd shouted "Resign!" and "Shame!" at him," she said.`, 'she'],
  ])('%s', (text, speaker) => {
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.start).toBe(text.search(/[A-Z'"‘“]/) + (text.startsWith("''") ? 2 : 1));
    expect(quotes[0]!.speaker?.mention.text).toBe(speaker);
  });
});

describe('an unclosed opener', () => {
  it('does not run on when a quote opened with the same mark starts a later sentence and closes', () => {
    const text = 'Price said Hale greeted her “and said, ‘Welcome.’ I was shell-shocked. “And she said, ‘Thank you,’” Price said.\n\n“Then she left.”';
    expect(scanned(text).map(([words]) => words)).toEqual(['Welcome.', 'And she said, ‘Thank you,’', 'Then she left.']);
  });

  it('runs on when the quote inside it is nested mid-sentence', () => {
    const text = '"Trump walked onto the stage, chanting “U-S-A!” as the crowd roared.\n\n"Then he spoke," she said.';
    expect(scanned(text).map(([words]) => words)).toEqual(['Trump walked onto the stage, chanting “U-S-A!” as the crowd roared.', 'Then he spoke,']);
  });

  it('opens at the start of its paragraph even before a space', () => {
    expect(scanned('” … they are so unlike him,” she said.')).toEqual([['… they are so unlike him,', 'double']]);
  });
});
