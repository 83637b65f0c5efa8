import { describe, expect, it } from 'vitest';
import { ageEndingAt, isChildCountAt, readAsRole, readDescription, readKinDescription, readKindOf, readPersonalDescription } from '../src/grammar/descriptions.js';
import { spanText } from '../src/grammar/tokens.js';
import { findMentions } from '../src/pipeline/find-mentions.js';
import { analyse } from './support/analyse.js';

/** The tokens of a text with its name mentions, and a test for tokens outside quotes. */
function read(text: string) {
  const doc = analyse(text);
  const mentions = findMentions(doc);
  return { tokens: doc.tokens, mentions, nameAt: mentions.nameAt, outside: (index: number) => doc.quoteAt[index]! < 0 };
}

/** Every definite description in the text, as [its words, its head, whether it is a subject]. */
function descriptions(text: string): [string, string, boolean][] {
  const { tokens, nameAt, outside } = read(text);
  return tokens.flatMap((_, at) => {
    const found = readDescription(tokens, at, nameAt, outside);
    return found === null ? [] : [[spanText(tokens, found.first, found.last), tokens[found.head]!.text, found.subject] as [string, string, boolean]];
  });
}

/** Every description with no role in the text, as [its words, whether it is a subject]. */
function personalDescriptions(text: string): [string, boolean][] {
  const { tokens, nameAt } = read(text);
  return tokens.flatMap((_, at) => {
    const found = readPersonalDescription(tokens, at, nameAt);
    return found === null ? [] : [[spanText(tokens, found.first, found.last), found.subject] as [string, boolean]];
  });
}

/** Every role given with "as" in the text. */
function asRoles(text: string): string[] {
  const { tokens, nameAt, outside } = read(text);
  return tokens.flatMap((_, at) => {
    const role = readAsRole(tokens, at, nameAt, outside);
    return role === null ? [] : [spanText(tokens, role.first, role.last)];
  });
}

/** The kind readKindOf gives each name mention in the text, as [name, kind]. */
function kinds(text: string): [string, string | null][] {
  const { tokens, mentions } = read(text);
  return mentions.names.map((mention) => [spanText(tokens, mention.nameFirst, mention.nameLast), readKindOf(tokens, mention)]);
}

describe('readDescription', () => {
  it('reads "the" and a role as a description, the subject of the verb after it, or another part of its clause', () => {
    expect(descriptions('The senator said the pier was safe.')).toEqual([['The senator', 'senator', true]]);
    expect(descriptions('Voters cheered for the senator.')).toEqual([['the senator', 'senator', false]]);
    expect(descriptions('The senator, who spoke first, left.')).toEqual([['The senator', 'senator', true]]);
  });

  it('reads the modifiers before the role, a hyphenated role whole, and a complement after it', () => {
    expect(descriptions('The acting director quickly said it was over.')).toEqual([['The acting director', 'director', true]]);
    expect(descriptions('The front-runner said it was over.')).toEqual([['The front-runner', 'runner', true]]);
    expect(descriptions('The former secretary of state began her speech.')).toEqual([['The former secretary of state', 'secretary', true]]);
    expect(descriptions('The mayor of Harlow, who was late, spoke.')).toEqual([['The mayor of Harlow', 'mayor', true]]);
  });

  it('reads no description in a possessor, a title set off before a name, or a role before a name', () => {
    expect(descriptions("The senator's son left.")).toEqual([]);
    expect(descriptions('The director, Ruth Ames, spoke.')).toEqual([]);
    expect(descriptions('Ruiz met the Harlow senator Ana Pell.')).toEqual([]);
  });

  it('reads no description in a forward reference, a role noun that modifies a noun, or a name in capitals', () => {
    expect(descriptions('The next president will face it.')).toEqual([]);
    expect(descriptions('The two pilot groups merged.')).toEqual([]);
    expect(descriptions('The Manchurian Candidate aired.')).toEqual([]);
  });

  it('reads a capitalised role word right before a body\'s word as part of that body\'s name', () => {
    expect(descriptions('They discussed the weekly Executive Council meeting.')).toEqual([]);
  });

  it('reads no description inside a quote', () => {
    expect(descriptions('“The senator lied,” she said.')).toEqual([]);
  });
});

describe('readPersonalDescription, ageEndingAt and isChildCountAt', () => {
  it('read an age or a count of children after "the" as a description with no role, headed by its last word', () => {
    expect(personalDescriptions('The 61-year-old said he was fine.')).toEqual([['The 61-year-old', true]]);
    expect(personalDescriptions('The mother-of-three said she was fine.')).toEqual([['The mother-of-three', true]]);
    const { tokens, nameAt } = read('The 61-year-old said he was fine.');
    expect(readPersonalDescription(tokens, 0, nameAt)).toEqual({ first: 0, head: 5, last: 5, subject: true, possessor: -1 });
  });

  it('leave an age with a noun after it to readDescription, as that noun\'s role', () => {
    expect(personalDescriptions('The 61-year-old owner said it was over.')).toEqual([]);
    expect(descriptions('The 61-year-old owner said it was over.')).toEqual([['The 61-year-old owner', 'owner', true]]);
  });

  it('give the age of "61-year-old" at its "old", and tell a count of children at its number', () => {
    const { tokens } = read('Ana Pell, a 61-year-old mother-of-three, spoke.');
    expect(tokens.map((_, at) => ageEndingAt(tokens, at)).filter((age) => age !== null)).toEqual([61]);
    expect(tokens.flatMap((token, at) => (isChildCountAt(tokens, at) ? [token.text] : []))).toEqual(['three']);
  });
});

describe('readKinDescription', () => {
  it('reads a name, "\'s" and a kin noun as a relative named through that name', () => {
    const { tokens, mentions, nameAt } = read("Ana Pell's son told reporters it was over.");
    const pell = mentions.names[0]!;
    expect(readKinDescription(tokens, pell.first, pell.last, 0, nameAt)).toEqual({ first: 0, head: 3, last: 3, subject: true, possessor: 0 });
  });

  it('reads a relative that is no subject, and none after a possessive that is not a kin noun', () => {
    const object = read("They met Ana Pell's son.");
    const pell = object.mentions.names[0]!;
    expect(readKinDescription(object.tokens, pell.first, pell.last, 0, object.nameAt)).toEqual({ first: 2, head: 5, last: 5, subject: false, possessor: 0 });
    const house = read("Ana Pell's house burned.");
    expect(readKinDescription(house.tokens, 0, 1, 0, house.nameAt)).toBeNull();
  });
});

describe('readAsRole', () => {
  it('reads the role after "as", without its article', () => {
    expect(asRoles('She won a second term as Harlow mayor.')).toEqual(['Harlow mayor']);
    expect(asRoles('It was a remark he made as a businessman.')).toEqual(['businessman']);
  });

  it('reads no role in "such as" or "as well as"', () => {
    expect(asRoles('Cities such as Harlow agreed, as well as Tarrow.')).toEqual([]);
  });
});

describe('readKindOf', () => {
  it('reads the kind of organisation an appositive or a noun before the name gives it', () => {
    expect(kinds('A letter from the bank, Orvia Trust, said it was over.')).toEqual([['Orvia Trust', 'bank']]);
    expect(kinds('Orvia Trust, the bank, said it was over.')).toEqual([['Orvia Trust', 'bank']]);
    expect(kinds('The British bank Orvia Trust said it was over.')).toEqual([['Orvia Trust', 'bank']]);
  });

  it('reads the kind past initials in brackets, a hyphened modifier and a named possessor', () => {
    expect(kinds('Orvia Provincial (OP), the regional power company, said it was over.')).toEqual([['Orvia Provincial', 'company']]);
    expect(kinds('Orvia Provincial, the state-owned power company, said it was over.')).toEqual([['Orvia Provincial', 'company']]);
    expect(kinds('Orvia Provincial, Tarnland\'s largest utility, said it was over.')).toEqual([['Orvia Provincial', 'utility'], ['Tarnland', null]]);
  });

  it('reads a kind after a possessor only for a name of more than one word, which may be a longer name\'s short form', () => {
    expect(kinds('Orvia, Tarnland\'s largest utility, said it was over.')).toEqual([['Orvia', null], ['Tarnland', null]]);
  });

  it('reads no kind for a person\'s name, or a name with none given', () => {
    expect(kinds('The director, Ruth Ames, spoke.')).toEqual([['Ruth Ames', null]]);
    expect(kinds('Orvia Trust said it was over.')).toEqual([['Orvia Trust', null]]);
  });
});
