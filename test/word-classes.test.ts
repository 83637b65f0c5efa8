import { describe, expect, it } from 'vitest';
import { WORD_CLASS, wordClasses } from '../src/grammar/word-classes.js';

type WordClass = keyof typeof WORD_CLASS;

/** The names of the bits `wordClasses` sets for a word as written, read by its lower-case form. */
function classesOf(word: string): WordClass[] {
  const classes = wordClasses(word, word.toLowerCase());
  return (Object.keys(WORD_CLASS) as WordClass[]).filter((name) => (classes & WORD_CLASS[name]) !== 0);
}

/** Whether `wordClasses` sets the bit `name` for each word. */
const has = (name: WordClass, words: readonly string[]): boolean[] => words.map((word) => classesOf(word).includes(name));

describe('WORD_CLASS', () => {
  it('gives every class a bit of its own', () => {
    const bits = Object.values(WORD_CLASS);
    expect(bits.every((bit) => bit > 0 && (bit & (bit - 1)) === 0)).toBe(true);
    expect(new Set(bits).size).toBe(bits.length);
  });
});

describe('wordClasses', () => {
  it('looks a word up by its lower-case form, and reads its capital from the word as written', () => {
    expect(classesOf('said')).toEqual(['eventFirst', 'notNameWord', 'startsWithLetter']);
    expect(classesOf('Said')).toEqual(['eventFirst', 'notNameWord', 'capitalised', 'startsWithLetter']);
    expect(classesOf('SAID')).toEqual(classesOf('Said'));
  });

  it('marks the first word of a cue or reporting verb, and the ends of a source phrase', () => {
    expect(has('eventFirst', ['said', 'denied', 'pointed', 'according', 'words'])).toEqual([true, true, true, true, false]);
    expect(has('sourcePhraseFirst', ['according', 'quoted', 'in', 'said'])).toEqual([true, true, true, false]);
    expect(has('sourcePhraseLast', ['to', 'saying', 'of', 'according'])).toEqual([true, true, true, false]);
  });

  it('marks the words of names: particles, suffixes, first names and words never in a name', () => {
    expect(classesOf('de')).toEqual(['nameParticle', 'startsWithLetter']);
    expect(has('nameSuffix', ['Jr.', 'III', 'Junior'])).toEqual([true, true, false]);
    expect(has('firstName', ['Sarah', 'Harlow'])).toEqual([true, false]);
    expect(has('notNameWord', ['Monday', 'The', 'Harlow'])).toEqual([true, true, false]);
  });

  it('reads "Ms" as an honorific, but "MS" in capitals as a title head', () => {
    expect(classesOf('Ms')).toEqual(['honorific', 'capitalised', 'startsWithLetter']);
    expect(classesOf('MS')).toEqual(['titleHead', 'capitalised', 'startsWithLetter']);
    expect(has('honorific', ['Dr', 'Mr.', 'senator'])).toEqual([true, true, false]);
  });

  it('marks title heads, the ends of a title phrase, and a modifier that puts a role ahead', () => {
    expect(has('titleHead', ['senator', 'Senator', 'spokesman', 'Harlow'])).toEqual([true, true, true, false]);
    expect(has('titlePhraseFirst', ['first'])).toEqual([true]);
    expect(has('titlePhraseLast', ['lady'])).toEqual([true]);
    expect(has('forwardModifier', ['next', 'future', 'former'])).toEqual([true, true, false]);
  });

  it('marks a party noun or the plural of a title head as a leading title word, not the title head itself', () => {
    expect(has('leadingTitleWord', ['Republican', 'Republicans', 'Senators', 'Congressmen', 'spokesmen', 'senator'])).toEqual([
      true, true, true, true, true, false,
    ]);
  });

  it('marks a role noun after a hyphen that follows lower-case letters as one token of a role', () => {
    expect(has('hyphenatedTitleHead', ['vice-chancellor', 'co-owner', 'ex-minister', 'well-known', '-minister', '2-minister'])).toEqual([
      true, true, true, false, false, false,
    ]);
  });

  it('marks the pronouns: subject pronouns, gendered ones, and "who"', () => {
    expect(has('subjectPronoun', ['he', 'she', 'it', 'they', 'her'])).toEqual([true, true, true, true, false]);
    expect(has('genderedPronoun', ['he', 'her', 'himself', 'it', 'they'])).toEqual([true, true, true, false, false]);
    expect(has('who', ['who', 'Who', 'whom'])).toEqual([true, true, false]);
  });

  it('marks "the", "as", the first word of a no-comment phrase, and the words of bodies', () => {
    expect(has('the', ['the', 'The', 'they'])).toEqual([true, true, false]);
    expect(has('as', ['as', 'As', 'has'])).toEqual([true, true, false]);
    expect(has('noCommentFirst', ['declined', 'said'])).toEqual([true, false]);
    expect(has('bodyWord', ['Bank', 'Union', 'airline', 'Harlow'])).toEqual([true, true, true, false]);
    expect(has('organisationKindWord', ['bank', 'Union', 'airlines', 'Harlow'])).toEqual([true, true, true, false]);
  });

  it('reads a capital and a first letter beyond ASCII, and a digit anywhere', () => {
    expect(classesOf('Émile')).toEqual(['capitalised', 'startsWithLetter']);
    expect(classesOf('émile')).toEqual(['startsWithLetter']);
    expect(classesOf('2016')).toEqual(['hasDigit']);
    expect(classesOf('R-3rd')).toEqual(['capitalised', 'startsWithLetter', 'hasDigit']);
  });

  it('marks the five marks that may end a sentence, and no other punctuation', () => {
    expect(has('finalMark', ['.', '!', '?', '...', '…', ',', ';', '"', '”'])).toEqual([true, true, true, true, true, false, false, false, false]);
    expect(classesOf('?')).toEqual(['finalMark']);
  });
});
