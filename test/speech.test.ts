import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

/** The text of each quote found. */
const texts = (text: string): string[] => extractQuotes(text).map((quote) => quote.text);

describe('isSpeech: quoted phrases that are not speech, from the text around them', () => {
  it.each([
    ['a title after a verb of creation', 'Ingrid Solvang wrote "The Long Road Home" in 1998.'],
    ['a title after a kind of work, beside a cue', "In her 2011 memoir, ''Salt and Iron,'' Ms. Solvang recalled the mill."],
    ['a nickname of four words', 'Edward "the kid from nowhere" Brannock said he would run again.'],
    ['a nickname of two words', 'At the fair, retired wrestler Dwayne "The Rock" Hollis said he would run again.'],
    ['a nickname after a title', 'At the hearing, former Navy pilot Ann “Ace” Morrow said the runway was short.'],
    ['a label with no one named', 'The levy, what critics call "the tax that ate the suburbs," passed on Tuesday.'],
    ['a label after a quote of someone else', '"We are broke," Ruiz said. The levy is what opponents call "the tax that ate the suburbs."'],
    ['words a thing displays', 'Fans gathered at noon. The railings outside Orrin Park read "TRAITOR 9" by evening.'],
    ['a sign that reads, with a colon', 'A sign on the door read: "Closed until further notice."'],
  ])('%s', (_name, text) => {
    expect(texts(text).filter((quote) => !/broke/.test(quote))).toEqual([]);
  });

  it.each([
    ['a verb of creation with a colon', 'He wrote: "We Will Not Be Moved."', 'We Will Not Be Moved.'],
    ['two capitalised words after "wrote" (a name or a slogan)', 'Students wrote "Trump 2016" on the sidewalk, said Ana Ruiz.', 'Trump 2016'],
    ['a label by someone named', 'Dana Cole, the mayor, called "a betrayal of every family here" the plan.', 'a betrayal of every family here'],
    ['a partial quote before a weekday', 'Senator Ana Ruiz told Reporters "we have the votes to pass this" Monday night.', 'we have the votes to pass this'],
    ['what a document reads', 'The statement read: "We are saddened by the loss."', 'We are saddened by the loss.'],
  ])('keeps %s', (_name, text, quote) => {
    expect(texts(text)).toContain(quote);
  });

  it('reads a full stop after the closing mark as the end of a sentence of speech', () => {
    const quotes = extractQuotes("'We cannot go on,' said Jo Bright. 'Fuel costs doubled'.");
    expect(quotes.map((quote) => [quote.text, quote.speaker?.name, quote.rule])).toEqual([
      ['We cannot go on,', 'Jo Bright', 'quote-cue-name'],
      ['Fuel costs doubled', 'Jo Bright', 'follow-on'],
    ]);
  });
});
