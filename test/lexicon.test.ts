import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENDERED_PERSON_NOUNS, INDEFINITE_SUBJECTS, KIN_NOUNS, QUANTIFIERS } from '../src/lexicon/descriptions.js';
import { FIRST_NAME_GENDER } from '../src/lexicon/first-names.js';
import { CLAUSE_LINKS, INDEFINITE_ARTICLES, INDEFINITE_OPENERS, NEW_CLAUSE_LINKS } from '../src/lexicon/function-words.js';
import {
  ALWAYS_VERBS,
  ASK_FORMS,
  COUNTED_SAY_FORMS,
  LISTENER_REPORTING_LEMMAS,
  REPORTING_VERB_LEMMAS,
  SPEECH_VERB_FORMS,
  SPEECH_VERBS,
  WRITE_FORMS,
} from '../src/lexicon/speech-verbs.js';
import { GENDERED_TITLES, ROLE_CLAUSE_VERBS, TITLE_HEADS, TITLE_PHRASES } from '../src/lexicon/titles.js';

// The lexicons are data: these tests read them as written, where a Set or Map would hide a slip.
const folder = join(import.meta.dirname, '../src/lexicon');
// Hint: words.ts is the list-writing helper, no list of its own.
const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'words.ts');
const source = (file: string): string => readFileSync(join(folder, file), 'utf8');

/** Every words(`…`) and phrases(`…`) list in a file, as its entries. */
function lists(text: string): string[][] {
  const found: string[][] = [];
  for (const match of text.matchAll(/\bwords\(`([^`]*)`\)/g)) found.push(match[1]!.trim().split(/\s+/));
  for (const match of text.matchAll(/\bphrases\(`([^`]*)`\)/g)) {
    found.push(match[1]!.split('\n').map((line) => line.trim().split(/\s+/).join(' ')).filter((line) => line !== ''));
  }
  return found;
}

/** The keys of every Map or Set literal written as an array of ['key', …] pairs or 'key' strings. */
function literalKeys(text: string): string[][] {
  const found: string[][] = [];
  for (const match of text.matchAll(/new (?:Map|Set)(?:<[^>]*>)?\(\[([\s\S]*?)\]\)/g)) {
    const body = match[1]!;
    const pairs = [...body.matchAll(/\[\s*'([^']*)'/g)].map((pair) => pair[1]!);
    found.push(pairs.length > 0 ? pairs : [...body.matchAll(/'([^']*)'/g)].map((word) => word[1]!));
  }
  return found;
}

const duplicates = (entries: readonly string[]): string[] => entries.filter((entry, index) => entries.indexOf(entry) !== index);

describe('lexicon', () => {
  it.each(files)('%s states its source in a doc comment', (file) => {
    expect(source(file)).toMatch(/\/\*\*[\s\S]*?Source:[\s\S]*?\*\//);
  });

  it.each(files)('%s lists no entry twice', (file) => {
    for (const entries of [...lists(source(file)), ...literalKeys(source(file))]) expect(duplicates(entries)).toEqual([]);
  });

  // Hint: the stages look words up by their lower-case form, so a capital in a list is an entry never found.
  it.each(files)('%s writes its entries lower case', (file) => {
    for (const entries of [...lists(source(file)), ...literalKeys(source(file))]) {
      expect(entries.filter((entry) => entry !== entry.toLowerCase())).toEqual([]);
    }
  });

  it('draws its narrower tables from the wider ones', () => {
    const missing = (entries: Iterable<string>, from: { has(entry: string): boolean }): string[] => [...entries].filter((entry) => !from.has(entry));
    expect(missing(ALWAYS_VERBS, SPEECH_VERBS)).toEqual([]);
    expect(missing(COUNTED_SAY_FORMS, SPEECH_VERBS)).toEqual([]);
    // Hint: a lemma missing from SPEECH_VERB_FORMS would leave these empty, not fail.
    for (const forms of [ASK_FORMS, WRITE_FORMS]) expect([forms.size > 0, missing(forms, SPEECH_VERBS)]).toEqual([true, []]);
    expect(missing(LISTENER_REPORTING_LEMMAS, new Set(REPORTING_VERB_LEMMAS))).toEqual([]);
    expect(missing(INDEFINITE_SUBJECTS, QUANTIFIERS)).toEqual([]);
    expect(missing(INDEFINITE_ARTICLES, INDEFINITE_OPENERS)).toEqual([]);
    expect(missing(NEW_CLAUSE_LINKS, CLAUSE_LINKS)).toEqual([]);
  });

  it('lists role-clause verbs as written after "who", none of them a verb of speech', () => {
    // "who heads", "who co-founded": a third-person present or a past form, never a cue of a quote.
    expect([...ROLE_CLAUSE_VERBS].filter((verb) => !/(?:s|ed)$/.test(verb))).toEqual([]);
    expect([...ROLE_CLAUSE_VERBS].filter((verb) => SPEECH_VERBS.has(verb))).toEqual([]);
    expect([...ROLE_CLAUSE_VERBS]).toEqual(expect.arrayContaining(['heads', 'chairs', 'leads', 'runs', 'teaches', 'founded', 'co-founded']));
  });

  it('gives no first name both genders', () => {
    const text = source('first-names.ts');
    const [male, female] = lists(text);
    expect(male!.filter((name) => female!.includes(name))).toEqual([]);
    expect(FIRST_NAME_GENDER.size).toBe(male!.length + female!.length);
  });

  it('keeps multi-word entries whole', () => {
    for (const file of files) {
      for (const entries of lists(source(file))) {
        expect(entries.filter((entry) => entry !== '-' && (entry.startsWith('-') || entry.endsWith('-')))).toEqual([]);
      }
    }
    expect(TITLE_PHRASES.map((phrase) => phrase.join(' '))).toEqual(expect.arrayContaining(['first lady', 'chief of staff']));
    for (const phrase of TITLE_PHRASES) expect(phrase.length).toBeGreaterThan(1);
    // "First, Donald Trump attacked…": the parts of a phrase are no heads of their own.
    for (const word of ['first', 'lady', 'staff', 'chief-of-']) expect(TITLE_HEADS.has(word)).toBe(false);
  });

  it.each([
    ['beg', ['beg', 'begs', 'begged', 'begging']],
    ['dub', ['dub', 'dubs', 'dubbed', 'dubbing']],
    ['jab', ['jab', 'jabs', 'jabbed', 'jabbing']],
    ['snap', ['snap', 'snaps', 'snapped', 'snapping']],
    ['quip', ['quip', 'quips', 'quipped', 'quipping']],
    ['grin', ['grin', 'grins', 'grinned', 'grinning']],
    ['say', ['say', 'said', 'says', 'saying']],
    ['tell', ['tell', 'told', 'tells', 'telling']],
    ['reply', ['reply', 'replies', 'replied', 'replying']],
    ['testify', ['testify', 'testifies', 'testified', 'testifying']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['concur', ['concur', 'concurs', 'concurred', 'concurring']],
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['rail', ['rail', 'rails', 'railed', 'railing']],
    ['yell', ['yell', 'yells', 'yelled', 'yelling']],
    ['vow', ['vow', 'vows', 'vowed', 'vowing']],
    ['text', ['text', 'texts', 'texted', 'texting']],
    ['counter', ['counter', 'counters', 'countered', 'countering']],
    ['label', ['label', 'labels', 'labeled', 'labeling', 'labelled', 'labelling']],
    ['hit', ['hit', 'hits', 'hitting']],
  ])('inflects %s', (lemma, forms) => {
    expect(SPEECH_VERB_FORMS.get(lemma)).toEqual(forms);
  });

  it('writes no misspelt form', () => {
    const forms = [...SPEECH_VERBS.keys()];
    // The old inflector's slips: a doubled consonant missed, an e dropped before -ing, or three letters alike.
    for (const wrong of ['beging', 'dubed', 'jabed', 'snaped', 'agreing']) expect(forms).not.toContain(wrong);
    expect(forms.filter((form) => /(.)\1\1|eing$|yed$|[^aeiou]ys$/.test(form))).toEqual([]);
  });
});

describe('gendered person nouns', () => {
  it('adds to the gendered titles and kin nouns, repeating none of them', () => {
    for (const noun of GENDERED_PERSON_NOUNS.keys()) {
      expect(GENDERED_TITLES.has(noun) || KIN_NOUNS.has(noun)).toBe(false);
    }
  });
});
