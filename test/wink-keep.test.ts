import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { PLAIN_TYPES, PLAIN_WORD } from '../src/pipeline/analyse-text.js';

// src/pipeline/analyse-text.ts forgets the words wink learned while reading a text, but
// keeps a PLAIN_WORD wink added whole as a word or number: that is only sound if
// knowing such a word never changes how wink reads a later text. These tests
// check the premise on wink itself, word class by word class, in the contexts
// where its tokeniser takes different paths (punctuation on either side,
// possessives, suffixes, brackets, symbols).

const CONTEXTS = (word: string): string[] => [
  word, `${word}.`, `${word},`, `${word}...`, `${word}?`, `${word}:`, `${word};`, `${word}/`, `${word}%`,
  `"${word}`, `${word}"`, `“${word}”`, `'${word}'`, `${word}’`, `(${word})`, `[${word}]`, `${word})`,
  `${word}'s`, `${word}’s`, `${word}s`, `-${word}`, `${word}-`, `${word}--`, `$${word}`, `#${word}`, `@${word}`,
];

interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

type Reader = (text: string) => string;

const loaders = model as unknown as { core(): { features: { lexeme: Lexemes } }; metaCER(): unknown };
// The model's metaCER() encodes its own result again on every call (see src/pipeline/analyse-text.ts): read it once.
const metaCER = loaders.metaCER();

/** A wink instance that forgets after each reading every learned word except those in `keep`. */
function createReader(): { read: Reader; keep: Set<string>; forgetKept: () => void } {
  let lexemes: Lexemes | undefined;
  const nlp = winkNLP(
    {
      ...loaders,
      core: () => {
        const core = loaders.core();
        lexemes = core.features.lexeme;
        return core;
      },
      metaCER: () => metaCER,
    } as unknown as typeof model,
    ['pos'],
  );
  const keep = new Set<string>();
  const read = (text: string): string => {
    const from = lexemes!.list.length;
    const tokens = nlp.readDoc(`He said ${text} today.`).tokens();
    const reading = JSON.stringify([tokens.out(), tokens.out(nlp.its.type), tokens.out(nlp.its.pos)]);
    for (let index = from; index < lexemes!.list.length; index++) {
      const word = lexemes!.list[index]!;
      if (lexemes!.hash[word] === index && !keep.has(word)) delete lexemes!.hash[word];
    }
    return reading;
  };
  const forgetKept = (): void => {
    for (const word of keep) if (lexemes!.hash[word]! >= lexemes!.intrinsicSize) delete lexemes!.hash[word];
    keep.clear();
  };
  return { read, keep, forgetKept };
}

/** Contexts of `word` that wink reads differently once it has learned `word` in some context. */
function changedReadings(word: string): string[] {
  const pristine = createReader();
  const learner = createReader();
  const changed = new Set<string>();
  for (const learnedIn of CONTEXTS(word)) {
    learner.keep.add(word).add(word.toLowerCase());
    learner.read(learnedIn);
    for (const context of CONTEXTS(word)) {
      if (learner.read(context) !== pristine.read(context)) changed.add(context);
    }
    learner.forgetKept();
  }
  return [...changed];
}

describe('words the wink adapter keeps learned', () => {
  const samples = {
    'ASCII words': ['county', 'Sanders'],
    'Latin-1 words': ['Muñoz', 'Hélène'],
    'initials and abbreviations': ['J.', 'U.S.', 'a.m.'],
    numbers: ['2019', '31,000', '3.2'],
    times: ['10:30'],
  };

  for (const [name, words] of Object.entries(samples)) {
    it(`should read ${name} the same in every context whether known or not`, () => {
      for (const word of words) {
        expect(PLAIN_WORD.test(word), word).toBe(true);
        const reading = createReader().read(word);
        expect(PLAIN_TYPES.has((JSON.parse(reading) as string[][])[1]![2]!), word).toBe(true);
        expect(changedReadings(word), word).toEqual([]);
      }
    });
  }

  it('should not keep hyphenated words, which wink reads differently once known', () => {
    expect(PLAIN_WORD.test('cross-examination')).toBe(false);
    expect(changedReadings('cross-examination')).toContain('cross-examination...');
  });
});
