import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { documentOf } from './support/analyse.js';

/** Each quote as [text, speaker name, title, mention, cue, rule]. */
function attributed(text: string): (string | null)[][] {
  return extractQuotes(text).map((quote) => [
    quote.text,
    quote.speaker?.name ?? null,
    quote.speaker?.title ?? null,
    quote.speaker?.mention?.text ?? null,
    quote.cue?.text ?? null,
    quote.rule,
  ]);
}

describe('attributeQuotes: a sentence ending in a colon', () => {
  it.each([
    [
      'a pronoun in the opening clause',
      'When she was pressed on the budget, Councillor Mira Das did not hold back: "This is a shambles."',
      ['This is a shambles.', 'Mira Das', 'Councillor', 'Mira Das', ':', 'colon'],
    ],
    [
      'a pronoun in an opening participle phrase',
      'Asked whether he would stay, Mayor Tom Reyes was clear: "I am not going anywhere."',
      ['I am not going anywhere.', 'Tom Reyes', 'Mayor', 'Tom Reyes', ':', 'colon'],
    ],
    [
      'a name in the opening phrase',
      'After meeting Ben Ortiz, Mira Das was furious: "This is a shambles."',
      ['This is a shambles.', 'Mira Das', null, 'Mira Das', ':', 'colon'],
    ],
  ])('should give the subject of the main clause, not %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual([expected]);
  });

  it('should not take a cue in the opening phrase for the quote\'s cue', () => {
    const text = 'When she was asked about the market, the manager, Joan Pryor, was blunt: "Some stalls will close."';
    expect(attributed(text)).toEqual([['Some stalls will close.', 'Joan Pryor', 'manager', 'Joan Pryor', ':', 'colon']]);
  });

  it('should let a header give way to the attribution at the end of a multi-paragraph quote', () => {
    const text = 'What shoppers told us:\n\n"We came every week.\n\n"Now it is once a month," said Lena Brook.';
    expect(attributed(text).map((quote) => quote.slice(1, 6))).toEqual([
      ['Lena Brook', null, 'Lena Brook', 'said', 'multi-paragraph'],
      ['Lena Brook', null, 'Lena Brook', 'said', 'quote-cue-name'],
    ]);
  });

  it('should keep a pronoun that is the subject of the main clause', () => {
    const text = 'Pressed on the budget, she did not hold back: "This is a shambles."';
    expect(attributed(text)).toEqual([['This is a shambles.', null, null, 'she', ':', 'colon']]);
  });
});

describe('attributeQuotes: a credit after a dash', () => {
  it.each([
    ['a name and an appositive title', '“We will appeal.” — Harriet Olumide, the union\'s regional secretary', ['We will appeal.', 'Harriet Olumide', 'regional secretary', 'Harriet Olumide', null, 'dash']],
    ['a title before the name and a full stop', '"Never again," — Commissioner Pavel Ionescu.', ['Never again,', 'Pavel Ionescu', 'Commissioner', 'Pavel Ionescu', null, 'dash']],
    ['a spaced hyphen', '"It was fair." - Judge Amara Welsh', ['It was fair.', 'Amara Welsh', 'Judge', 'Amara Welsh', null, 'dash']],
    ['a relative clause after the name', '"We won." — Mayor Jon Ebert, who was re-elected on Tuesday', ['We won.', 'Jon Ebert', 'Mayor', 'Jon Ebert', null, 'dash']],
  ])('should credit the quote to %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual([expected]);
  });

  it.each([
    ['a phrase that names someone inside it', '"It is over," — the words Mayor Jon Ebert used last week.'],
    ['a name with a verb of its own', '"It is over." — Mayor Jon Ebert, for one, was furious.'],
    ['a hyphen joined to the next word', '"It is over." -Jon Ebert'],
  ])('should not read %s as a credit', (_name, text) => {
    expect(attributed(text).map((quote) => quote[5])).not.toContain('dash');
  });
});

describe('attributeQuotes: a cue inside a relative clause on the speaker', () => {
  it.each([
    ['after the clause', '"We warned them," Ruth Adeyemi, who said she had warned the board, told reporters.', null, 'told'],
    ['after "whose"', '"We warned them," Ruth Adeyemi, whose letter warned the board, said on Monday.', null, 'said'],
    ['after a clause inside the appositive', '"We warned them," Ruth Adeyemi, a nurse who says she warned the board, told reporters.', 'nurse', 'told'],
  ])('should take the cue %s, not the one in it', (_name, text, title, cue) => {
    expect(attributed(text)).toEqual([['We warned them,', 'Ruth Adeyemi', title, 'Ruth Adeyemi', cue, 'quote-cue-name']]);
  });

  it('should give the verb after a long relative clause on a description to the description', () => {
    const text = '"Nobody told us anything," one senior nurse, who asked not to be named because she was not allowed to speak, said.';
    expect(attributed(text)).toEqual([['Nobody told us anything,', null, 'senior nurse', 'one senior nurse', 'said', 'quote-cue-nominal']]);
  });

  it('should fall back to the cue in the clause when no cue follows it', () => {
    const text = '"We warned them," Ruth Adeyemi, who had warned the board twice.';
    expect(attributed(text)).toEqual([['We warned them,', 'Ruth Adeyemi', null, 'who', 'warned', 'quote-cue-pronoun']]);
  });

  it('should give a follow-on quote the cue of the attribution, not of the clause after it', () => {
    const text = '"We warned them," said Ruth Adeyemi, who said she had warned the board.\n\n"Nobody listened."';
    expect(attributed(text).map((quote) => quote.slice(3, 5))).toEqual([
      ['Ruth Adeyemi', 'said'],
      ['Ruth Adeyemi', 'said'],
    ]);
  });
});

describe('attributeQuotes: "quoted X as saying"', () => {
  it('should give the quote to the one quoted, not to the outlet that quotes', () => {
    expect(attributed('"The plan is dead," the Harbour Gazette quoted Ms. Ilse Varn, the port director, as saying.')).toEqual([
      ['The plan is dead,', 'Ilse Varn', 'port director', 'Ms. Ilse Varn', 'quoted', 'quote-cue-name'],
    ]);
    expect(attributed('The Harbour Gazette quoted Ilse Varn as saying, "The plan is dead."')[0]!.slice(0, 2)).toEqual(['The plan is dead.', 'Ilse Varn']);
  });

  it('should leave "quoted" without "as saying" to its subject', () => {
    expect(attributed('"The plan is dead," the Harbour Gazette quoted, citing Ilse Varn.')[0]![1]).toBe('Harbour Gazette');
  });
});

describe('attributeQuotes: a quote-only paragraph after reported speech', () => {
  it('should continue the speech of the paragraph before, past a negated verb of speech in it', () => {
    const text = 'Inspector Rhea Dunn said the case had stalled because shops did not report thefts.\n\n"If you have lost something, tell us now."';
    expect(attributed(text)).toEqual([['If you have lost something, tell us now.', 'Rhea Dunn', 'Inspector', 'Rhea Dunn', 'said', 'follow-on']]);
  });
});

describe('attributeQuotes: a pronoun after an unnamed source whose report holds a negated verb', () => {
  it('should give she to the unnamed source, not to a woman named before', () => {
    expect(attributed('Mayor Ilse Brandt called it "a test." A ferry worker, who asked not to be named, said crews had signed a letter but would not testify.\n\n"Nobody wants to be first," she said.')).toEqual([
      ['a test.', 'Ilse Brandt', 'Mayor', 'Ilse Brandt', 'called', 'quote-cue-name'],
      ['Nobody wants to be first,', null, 'ferry worker', 'she', 'said', 'quote-cue-pronoun'],
    ]);
  });
});

describe('attributeQuotes: a fragment inside a sentence that reports speech', () => {
  it('should give a fragment with no cue of its own to the speech event before it in its sentence', () => {
    expect(attributed('Councillor Bea Marsh denied the claims as "baseless," and left the hall.')).toEqual([
      ['baseless,', 'Bea Marsh', 'Councillor', 'Bea Marsh', 'denied', 'same-sentence'],
    ]);
  });

  it('should give it to an attribution set off by a comma after it', () => {
    expect(attributed('The merger would leave the town "hollowed out" for years, said Omar Haddad, a retail analyst.')).toEqual([
      ['hollowed out', 'Omar Haddad', 'retail analyst', 'Omar Haddad', 'said', 'same-sentence'],
    ]);
  });

  it('should not read a verb coordinated with the report\'s as an attribution after a fragment', () => {
    expect(attributed('A spokesman for the port said it was "reviewing" the ferry plan and would announce a decision "within a week."')).toEqual([
      ['reviewing', null, 'spokesman for the port', 'A spokesman for the port', 'said', 'quote-cue-nominal'],
      ['within a week.', null, 'spokesman for the port', 'A spokesman for the port', 'said', 'same-sentence'],
    ]);
  });

  it('should not take a weak verb inside the report, away from the fragment, for its cue', () => {
    expect(attributed('Bea Marsh said the ferry had run since the service began in 2019, and that fares were "far too high".')).toEqual([
      ['far too high', 'Bea Marsh', null, 'Bea Marsh', 'said', 'sentence-cue'],
    ]);
    // A weak verb that reports speech, or one coordinated with the report's verb, still cues it.
    expect(attributed('Bea Marsh said the ferry was late and accused the council of running it like "a hobby".')).toEqual([
      ['a hobby', 'Bea Marsh', null, 'Bea Marsh', 'accused', 'quote-cue-name'],
    ]);
  });

  it('should not take negated speech, or speech in another sentence, for its source', () => {
    expect(attributed('Councillor Bea Marsh did not deny the claims as "baseless," and left the hall.')).toEqual([]);
    expect(attributed('The merger would leave the town "hollowed out" for years. Omar Haddad said so.')).toEqual([]);
  });
});

describe('attributeQuotes: short quoted words that are the wording of the sentence\'s subject', () => {
  it.each([
    ['a name before a verb that is no cue', 'Late in the debate, Lena Voss coached her rival to "slow down, slow down."', ['slow down, slow down.', 'Lena Voss', null, 'Lena Voss', null, 'same-sentence']],
    ['a pronoun for the person named before', 'Mayor Aldo Brandt spoke for an hour. Then he turned to "sleepy" Carl Dunmore.', ['sleepy', 'Aldo Brandt', 'Mayor', 'he', null, 'same-sentence']],
    ['an organisation', 'The Tarrant Farmers Union blamed the ministry for "quiet sabotage" in its latest letter.', ['quiet sabotage', 'Tarrant Farmers Union', null, 'Tarrant Farmers Union', null, 'same-sentence']],
  ])('should give the words to %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual([expected]);
  });

  it('should give the words to no one when the sentence names no one before them, or only after a preposition, or "it"', () => {
    expect(attributed('The new bridge is a "game changer" for the valley.')).toEqual([]);
    expect(attributed('For Lena Voss, the new bridge is a "game changer" for the valley.')).toEqual([]);
    expect(attributed('It turns out the new bridge is a "game changer" for the valley.')).toEqual([]);
  });

  it('should not read a headline\'s subject as the owner of its words', () => {
    expect(attributed('Voss hails bridge as "game changer"\n\nThe bridge opened on Monday.')).toEqual([]);
  });

  it('should not read a capitalised common noun that opens the sentence as a name', () => {
    expect(attributed('Protesters waved signs reading "no tolls" outside the hall.')).toEqual([]);
  });
});

describe('attributeQuotes: a participial aside between the speaker and the verb', () => {
  it.each([
    ['-ing', '"We had better years," county delegate Rob Hale, wearing a campaign cap, said as the hall emptied.', ['We had better years,', 'Rob Hale', 'county delegate', 'Rob Hale', 'said', 'quote-cue-name']],
    ['-ed', '"I came to listen," Pete Orlov, seated in the back row, told reporters.', ['I came to listen,', 'Pete Orlov', null, 'Pete Orlov', 'told', 'quote-cue-name']],
    ['"still" and a participle that can be a cue', '"It was close," Tilda Marsh, still smiling after the count, said on Friday.', ['It was close,', 'Tilda Marsh', null, 'Tilda Marsh', 'said', 'quote-cue-name']],
    ['a participle that is a verb of speech', '"It is a start," Councillor Ada Ruiz, asked about the budget, said.', ['It is a start,', 'Ada Ruiz', 'Councillor', 'Ada Ruiz', 'said', 'quote-cue-name']],
    ['an age before the aside', '"It is a start," Ada Ruiz, 54, flanked by two aides, said.', ['It is a start,', 'Ada Ruiz', null, 'Ada Ruiz', 'said', 'quote-cue-name']],
  ])('should read the verb after an aside opened by %s', (_name, text, expected) => {
    expect(attributed(text)).toEqual([expected]);
  });

  it('should read past a quote inside the aside, which is no speech', () => {
    const text = '"We have had better weeks," county delegate Rob Hale, wearing a fishing hat and "Vote Hale" pins, said flatly as the balloons came down.';
    expect(attributed(text)).toEqual([['We have had better weeks,', 'Rob Hale', 'county delegate', 'Rob Hale', 'said', 'quote-cue-name']]);
  });

  it('should leave a participle that is the writer\'s own clause alone', () => {
    expect(attributed('"We won," Rob Hale said, smiling.')).toEqual([['We won,', 'Rob Hale', null, 'Rob Hale', 'said', 'quote-cue-name']]);
    expect(attributed('"We won," said Rob Hale, wearing a cap, as the hall emptied.')).toEqual([['We won,', 'Rob Hale', null, 'Rob Hale', 'said', 'quote-cue-name']]);
  });
});

describe('attributeQuotes: a name after a title with a common possessor', () => {
  it('should read the person, before the cue and after it', () => {
    expect(attributed("The university's vice-chancellor, Dr Helen Marlow, said the plan was 'the hardest decision we have taken'.")).toEqual([
      ['the hardest decision we have taken', 'Helen Marlow', 'vice-chancellor', 'Dr Helen Marlow', 'said', 'quote-cue-name'],
    ]);
    expect(attributed("'We must act,' said the university's vice-chancellor, Dr Helen Marlow.")).toEqual([
      ['We must act,', 'Helen Marlow', 'vice-chancellor', 'Dr Helen Marlow', 'said', 'quote-cue-name'],
    ]);
  });

  it('should read a possessor of several words, common or named', () => {
    expect(attributed('Dr Ines Ford chaired the meeting.\n\nThe regional water board’s spokesperson, Tomas Brill, said the board was “not going to dodge this”.')).toEqual([
      ['not going to dodge this', 'Tomas Brill', 'spokesperson', 'Tomas Brill', 'said', 'quote-cue-name'],
    ]);
    expect(attributed("The Ontario Water Board's spokesperson, Tomas Brill, said the board was \"not going to dodge this\".")).toEqual([
      ['not going to dodge this', 'Tomas Brill', "Ontario Water Board's spokesperson", 'Tomas Brill', 'said', 'quote-cue-name'],
    ]);
  });
});

describe('attributeQuotes: a passive verb of speech', () => {
  it('should not give a quote to whoever is asked or told', () => {
    expect(attributed("Cllr Ann Brook said the committee was being asked to 'sign away a village'.")).toEqual([
      ['sign away a village', 'Ann Brook', 'Cllr', 'Ann Brook', 'said', 'quote-cue-name'],
    ]);
  });
});

describe('attributeQuotes: a title with a named possessor', () => {
  it('should keep the possessor, for a lawyer of any trade name', () => {
    expect(attributed('Orla Finch\'s solicitor, Kwame Idowu, said the complaint was "political."\n\n"It should never have been filed," Idowu said.')).toEqual([
      ['political.', 'Kwame Idowu', "Orla Finch's solicitor", 'Kwame Idowu', 'said', 'quote-cue-name'],
      ['It should never have been filed,', 'Kwame Idowu', "Orla Finch's solicitor", 'Idowu', 'said', 'quote-cue-name'],
    ]);
  });
});

describe('attributeQuotes: an unnamed group before a participial aside', () => {
  it('should read "Others" as the group that speaks, not a name, past an aside that names someone', () => {
    const text = 'Some marchers sang. Others, reacting to the delay in the Rook Vance case, shouted, "Stop the coverup!"';
    expect(attributed(text)).toEqual([['Stop the coverup!', null, null, 'Others', 'shouted', 'quote-cue-nominal']]);
  });
});

describe('attributeQuotes: a participial aside before a quote', () => {
  it('should read the speaker before an aside that holds a quote, which is no speech', () => {
    const text = 'County delegate Rob Hale, wearing a fishing hat and "Vote Hale" pins, said: "We have had better weeks."';
    expect(attributed(text)).toEqual([['We have had better weeks.', 'Rob Hale', 'County delegate', 'Rob Hale', 'said', 'quote-cue-name']]);
  });
});

describe('attributeQuotes: an unnamed source with an adjective complement', () => {
  it('should read "a person familiar with the talks" whole, with the person as its head', () => {
    expect(attributed('A person familiar with the talks said the offer was "well below" the asking price.')).toEqual([
      ['well below', null, 'person familiar with the talks', 'A person familiar with the talks', 'said', 'quote-cue-nominal'],
    ]);
    expect(attributed('"It will pass," one official close to the council said.')).toEqual([
      ['It will pass,', null, 'official close to the council', 'one official close to the council', 'said', 'quote-cue-nominal'],
    ]);
  });
});

describe('resolveSpeakers: he or she after an unnamed person who spoke', () => {
  it.each([
    [
      'an indefinite source in the sentence before',
      'Mayor Dana Holt said the road would reopen. A police spokeswoman said the road was closed. "It will stay shut," she said.',
      ['It will stay shut,', null, 'police spokeswoman', 'she', 'said', 'quote-cue-pronoun'],
    ],
    [
      'a source set off by a relative clause that holds a pronoun of its own',
      'Tom Riggs, a baker, said he had lost trade.\n\nOne nurse, who asked not to be named because she was not authorised to speak, said the ward was full. "We are stretched," she said.',
      ['We are stretched,', null, 'nurse', 'she', 'said', 'quote-cue-pronoun'],
    ],
  ])('%s', (_, text, expected) => {
    expect(attributed(text).at(-1)).toEqual(expected);
  });

  it('should give "they" to an unnamed source of either number, "it" to an unnamed body, and follow a chain of pronouns', () => {
    const lead = 'Mayor Ann Roe said the plan would pass. ';
    expect(attributed(`${lead}A spokesperson for the operator said trains were late. "We are sorry," they said.`).at(-1)?.slice(1, 4)).toEqual([
      null, 'spokesperson for the operator', 'they',
    ]);
    expect(attributed(`${lead}Union officials said the talks had stalled. "There is nothing on the table," they said.`).at(-1)?.slice(1, 4)).toEqual([
      null, 'Union officials', 'they',
    ]);
    expect(attributed(`${lead}A police spokeswoman said the road was shut. She added that it would reopen. "It will take a week," she said.`).at(-1)?.slice(1, 4)).toEqual([
      null, 'police spokeswoman', 'she',
    ]);
    const body = extractQuotes('Harlow Rail said fares would rise. The operator said the plant would close. "This was a hard decision," it said.').at(-1)!;
    expect(body.speaker?.type).toBe('organization');
    expect(body.speaker?.mention?.text).toBe('it');
  });

  it('should read past an infinitive with no source of its own to the unnamed source', () => {
    const text = 'Mayor Ann Roe said the plan would pass.\n\nAn agency spokeswoman said it was too early to say whether other brands were affected. "We are following the ingredient," she said.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'agency spokeswoman', 'she']);
  });

  it('should keep the named person when that one is referred to after the unnamed source spoke', () => {
    expect(attributed('A police spokeswoman said the road was closed. Mayor Dana Holt said it would reopen. "It will reopen soon," she said.').at(-1)).toEqual([
      'It will reopen soon,', 'Dana Holt', 'Mayor', 'she', 'said', 'quote-cue-pronoun',
    ]);
  });

  it('should not give he to a woman, a body or a group', () => {
    for (const source of ['A police spokeswoman', 'The council', 'Two officials']) {
      const text = `Tom Riggs, a baker, said he had lost trade. ${source} said the road was closed. "It is a disgrace," he said.`;
      expect(attributed(text).at(-1)?.[1]).toBe('Tom Riggs');
    }
  });

  it('should not take the subject of a verb that reports no speech', () => {
    expect(attributed('Ana Ruiz has run the ferry for 30 years. In 1991 a storm surge snapped the chain. "It held," she said.').at(-1)?.[1]).toBe('Ana Ruiz');
  });
});

describe('resolveSpeakers: he or she after an unnamed person the sentence before introduced', () => {
  it('should give the pronoun to a description that opens the sentence before as its subject, when the gender agrees', () => {
    const text = 'Rosa Lindqvist said the lift had been broken since May. A neighbour on the fourth floor, who asked that her name not be used, held up a bag of shopping.\n\n"I carry this up every day," she said.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'neighbour on the fourth floor', 'she']);
    const man = 'Rosa Lindqvist said the lift had been broken since May. A man on the fourth floor held up a bag of shopping.\n\n"I carry this up every day," she said.';
    expect(attributed(man).at(-1)?.slice(1, 4)).toEqual(['Rosa Lindqvist', null, 'she']);
    const asked = 'Rosa Lindqvist said the lift had been broken since May. A neighbour asked Lindqvist about the stairs.\n\n"I carry this up every day," she said.';
    expect(attributed(asked).at(-1)?.slice(1, 4)).toEqual(['Rosa Lindqvist', null, 'she']);
    const thing = 'Rosa Lindqvist said the lift had been broken since May. Her complaint went unanswered.\n\n"I carry this up every day," she said.';
    expect(attributed(thing).at(-1)?.slice(1, 4)).toEqual(['Rosa Lindqvist', null, 'she']);
  });
});

describe('resolveSpeakers: a role beside a relation', () => {
  it('should give the role the appositive names, past an age, over the kin label', () => {
    const text = 'Ernesto Vale, a forklift driver, said the plant was unsafe. His sister, Lucia Vale, 39, a sanitation crew lead on the night shift, agreed. "Somebody is going to get hurt," she said.';
    expect(attributed(text).at(-1)).toEqual(['Somebody is going to get hurt,', 'Lucia Vale', 'sanitation crew lead on the night shift', 'she', 'said', 'quote-cue-pronoun']);
  });
});

describe('attributeQuotes: a subject with a relative clause and no commas', () => {
  it.each([
    [
      'a document whose maker the clause names',
      'The Harlow Town Council met on Friday. The report that the council published on Friday said the bridge was "beyond repair."',
      ['beyond repair.', 'Harlow Town Council', null, 'The report', 'said', 'quote-cue-nominal'],
    ],
    [
      'a document with a complement, made by a company named before',
      'Brayton Foods Inc. said talks had stalled. A summary of the offer that the company posted on the gates said raises would be "capped at 2 percent."',
      ['capped at 2 percent.', 'Brayton Foods Inc.', null, 'A summary of the offer', 'said', 'quote-cue-nominal'],
    ],
    [
      'a group that is the subject of its own clause',
      'The group that organised the march said the route was "the only safe one."',
      ['the only safe one.', null, null, 'The group', 'said', 'quote-cue-nominal'],
    ],
    [
      '"that" opening the report, not a relative clause',
      'Mayor Ana Ruiz told reporters that the council members said the plan was "dead on arrival."',
      ['dead on arrival.', null, 'council members', 'the council members', 'said', 'quote-cue-nominal'],
    ],
  ])('%s', (_, text, expected) => {
    expect(attributed(text).at(-1)).toEqual(expected);
  });
});

describe('cues: a participle that modifies the object of a preposition', () => {
  it('should take the verb of the clause, not "posted" in "said in a notice posted on"', () => {
    const text = 'Harvest Trail Pet Foods said in a notice posted on its website that it had "received reports of illness."';
    expect(attributed(text)).toEqual([['received reports of illness.', 'Harvest Trail Pet Foods', null, 'Harvest Trail Pet Foods', 'said', 'sentence-cue']]);
  });

  it('should keep a verb after a phrase whose preposition hangs on a noun', () => {
    const text = 'As the vote was read out, one man in the public gallery shouted, "You have sold us out!"';
    expect(attributed(text)[0]?.slice(2, 5)).toEqual(['man in the public gallery', 'one man in the public gallery', 'shouted']);
  });
});

describe('subjects: an unnamed source for a body with a named possessor', () => {
  it('should read "A spokeswoman for Tarn\'s Ministry of Health" as the unnamed source, not the ministry', () => {
    const text = 'A spokeswoman for Tarn\'s Ministry of Health said clinics would stay open "for now."';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual([null, 'spokeswoman for Tarn\'s Ministry of Health', 'A spokeswoman for Tarn\'s Ministry of Health']);
  });
});

describe('subjects: a name with "of the" and a body after it', () => {
  it('should take the name before "of the" as the speaker, not the body after it', () => {
    const text = 'Chief Mary Okafor of the Cedar Lake First Nation said the band had "grave doubts."';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Mary Okafor', 'Chief', 'Mary Okafor']);
  });
});

describe('cues: a negated verb inside a report', () => {
  it('should take the verb that reports, not the one it says was not done', () => {
    const text = 'A spokeswoman for Orrin Capital said the fund does not comment on "pending litigation."';
    expect(attributed(text)[0]?.slice(2, 5)).toEqual(['spokeswoman for Orrin Capital', 'A spokeswoman for Orrin Capital', 'said']);
  });
});

describe('cues: a participle right after a quote', () => {
  it('should not take the subject of the clause that "saying" reports as the speaker of the quote before it', () => {
    const text = 'The leaflet calls the bypass "A Road Too Far", saying the county had "shut out the villages".';
    expect(attributed(text).map((quote) => quote[3])).not.toContain('the county');
  });
});

describe('signs: a closed compound of a thing that carries words', () => {
  it('should read what a "noticeboard" or "bedsheet" reads as a sign, no speech', () => {
    expect(attributed('A noticeboard outside the hall read "CLOSED UNTIL MONDAY."')).toEqual([]);
    expect(attributed('A bedsheet draped over the fence read "SAVE OUR POOL."')).toEqual([]);
  });
});

describe('cues: an infinitive inside the subject of a reported clause', () => {
  it('should take the verb that reports, not "complain" in "the freedom to complain was"', () => {
    const text = 'In his decision, Judge Omar Basri wrote that the freedom to complain was "not a licence to harass."';
    expect(attributed(text)[0]?.slice(1, 5)).toEqual(['Omar Basri', 'Judge', 'Omar Basri', 'wrote']);
  });
});

describe('attributeQuotes: a plural possessive before a title set off by commas', () => {
  it.each([
    ['curly marks', 'The students’ union president, Jess Adeyemi, said many members were ‘deeply uneasy’.'],
    ['straight marks', "The students' union president, Jess Adeyemi, said many members were 'deeply uneasy'."],
  ])('should read the name as the subject, with %s', (_, text) => {
    expect(attributed(text)).toEqual([['deeply uneasy', 'Jess Adeyemi', 'union president', 'Jess Adeyemi', 'said', 'quote-cue-name']]);
  });
});

describe('attributeQuotes: a short clause after a sentence-ending quote that runs into another quote', () => {
  it('should not take it as the bare attribution of the quote before', () => {
    const text = 'Ana Ruiz, the mayor, said the fund was "nearly empty." It said managers had "failed to act."';
    expect(attributed(text)[0]).toEqual(['nearly empty.', 'Ana Ruiz', 'mayor', 'Ana Ruiz', 'said', 'quote-cue-name']);
  });

  it('should still take a bare one', () => {
    expect(attributed('The fund is "nearly empty." She said.')[0]?.slice(3, 5)).toEqual(['She', 'said']);
  });
});

describe('attributeQuotes: a subject set off from its verb by an aside between dashes', () => {
  it.each([
    ['a body with a relative clause', 'Mayor Jo Hale spoke first. The health board — which runs six hospitals — said it "regrets any distress."', ['regrets any distress.', null, null, 'The health board', 'said', 'quote-cue-nominal']],
    ['a name with an appositive between the dashes', 'Ana Ruiz — the board\'s longest-serving member — said the plan was "a mistake."', ['a mistake.', 'Ana Ruiz', 'longest-serving member', 'Ana Ruiz', 'said', 'quote-cue-name']],
  ])('%s', (_, text, expected) => {
    expect(attributed(text).at(-1)).toEqual(expected);
  });
});

describe('attributeQuotes: a longer unnamed source before a relative clause set off by commas', () => {
  it('should read the whole phrase as the source, and give the follow-on "they" to it', () => {
    const text = 'Mayor Ann Roe backed the bid.\n\nOne senior member of the science faculty, who asked not to be named because staff had been told not to discuss the bid, said the protest had come "very late in the day" and risked the grant. "A public row does not help," they said.';
    expect(attributed(text)).toEqual([
      ['very late in the day', null, 'senior member of the science faculty', 'One senior member of the science faculty', 'said', 'quote-cue-nominal'],
      ['A public row does not help,', null, 'senior member of the science faculty', 'they', 'said', 'quote-cue-pronoun'],
    ]);
  });
});

describe('attributeQuotes: a request inside a report', () => {
  it.each([
    ['asked with an object and an infinitive', 'Minister Ana Ruiz said she had asked her officials to examine "every option" under the contract.', ['every option', 'Ana Ruiz', 'Minister', 'Ana Ruiz', 'said', 'quote-cue-name']],
    ['asked with the quote as its object', 'Two people familiar with the inquiry said the agency had asked "every customer of that plant" for records.', ['every customer of that plant', null, 'people familiar with the inquiry', 'Two people familiar with the inquiry', 'said', 'quote-cue-nominal']],
    ['a letter written to someone', 'Tom Vale, who chairs the Harlow Tenants Forum, said the forum had written to the council twice seeking "a proper repair plan".', ['a proper repair plan', 'Tom Vale', 'chairs the Harlow Tenants Forum', 'Tom Vale', 'said', 'sentence-cue']],
  ])('should take the report\'s verb as the cue: %s', (_, text, expected) => {
    expect(attributed(text)).toEqual([expected]);
  });

  it('should keep "asked" that introduces the quote itself', () => {
    expect(attributed('Ana Ruiz spoke last. She asked: "Why now?"')[0]?.slice(3, 5)).toEqual(['She', 'asked']);
  });

  it('should keep "wrote" that introduces the quote itself', () => {
    expect(attributed('Ana Ruiz wrote to the board: "The plan is dead."')[0]?.slice(3, 5)).toEqual(['Ana Ruiz', 'wrote']);
  });
});

describe('resolveSpeakers: "the owner" after an unnamed owner who spoke', () => {
  it('should give the description the source introduced before, with its fuller title', () => {
    const text = 'Ivo Marsh, the principal owner of the Ohio Wave, spoke first.\n\nOne team owner, who asked not to be named, said the fee was "too high for most of us."\n\n"That money is for the franchise," the owner said.';
    expect(attributed(text).map((quote) => quote.slice(1, 4))).toEqual([
      [null, 'team owner', 'One team owner'],
      [null, 'team owner', 'the owner'],
    ]);
  });
});

describe('attributeQuotes: an acronym inside an unnamed source', () => {
  it('should keep the whole description, the acronym a noun whatever its tag', () => {
    const text = 'Mayor Ann Roe said the bank was safe.\n\nA senior employee in Harlow\'s IT division, who asked not to be named, said warnings had been raised "more than once."';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'senior employee in Harlow\'s IT division', 'A senior employee in Harlow\'s IT division']);
  });
});

describe('cues: a verb after a modal inside a report, and a document noun the tagger reads as an adjective', () => {
  it('should take the report\'s verb and the document as the source', () => {
    const text = 'A circular issued by the Directorate of Government Schools warned of pay cuts. The circular said headmasters must report attendance to the district office "by 11 a.m. every day."';
    expect(attributed(text)).toEqual([['by 11 a.m. every day.', 'Directorate of Government Schools', null, 'The circular', 'said', 'sentence-cue']]);
  });
});

describe('cues: "accused … of" and clauses set off by a semicolon', () => {
  it('should cue a partial quote with "accused"', () => {
    expect(attributed('MLA Ravi Kumar accused the ministry of treating teachers "as an afterthought."')).toEqual([
      ['as an afterthought.', 'Ravi Kumar', 'MLA', 'Ravi Kumar', 'accused', 'quote-cue-name'],
    ]);
  });

  it('should not take a cue from the clause before a semicolon', () => {
    const text = 'Last week, a lawyer accused Judge Tom Reyl of lying; he has called the claim "preposterous."';
    expect(attributed(text)[0]?.slice(1, 5)).toEqual(['Tom Reyl', 'Judge', 'he', 'called']);
  });
});

describe('titles: the Australian councillor\'s "Cr"', () => {
  it('should read "Cr" as an office, out of the name, before a role clause', () => {
    const text = 'Cr Joan Pettigrew, who sits on the planning committee, said the stop would stay. "We listened to the riders," she said.\n\nCr Malcolm Tuite said the vote was rushed. "Nobody read the plans," Cr Tuite said.';
    expect(attributed(text).map((quote) => quote.slice(1, 4))).toEqual([
      ['Joan Pettigrew', 'Cr', 'she'],
      ['Malcolm Tuite', 'Cr', 'Tuite'],
    ]);
  });
});

describe('descriptions: a count of children written with hyphens', () => {
  it('should read "the mother-of-two" whole, as the person the paragraph before was about, with no title', () => {
    const text = 'Janet Corbyn, 44, has swum at the Eastfield pool since she was a girl.\n\nThe mother-of-two told the Gazette: "It is the only place in town where the kids can learn."\n\nThe father-of-four, Omar Haddad, said he would protest. "We will be outside the town hall," the father-of-four said.';
    expect(attributed(text).map((quote) => quote.slice(1, 4))).toEqual([
      ['Janet Corbyn', null, 'The mother-of-two'],
      ['Omar Haddad', null, 'the father-of-four'],
    ]);
  });
});

describe('documents: who issued them', () => {
  it('should take a name that modifies the document as its issuer, and keep it for "the review" later', () => {
    const text = 'Fares on the Harlow ferry will rise by a fifth, a Harlow Transit Authority review has found.\n\nThe review said the service had been "losing money for a decade."';
    expect(attributed(text).map((quote) => quote.slice(1, 4))).toEqual([['Harlow Transit Authority', null, 'The review']]);
  });

  it('should let a possessive before such a name name the issuer', () => {
    const text = 'The Orvia Reserve\'s Grey Book survey said on Monday that prices were "broadly stable."';
    expect(attributed(text)[0]?.[1]).toBe('Orvia Reserve');
  });

  it('should take the body a document was commissioned from, not the one that commissioned it', () => {
    const text = 'The museum bought the vase in 2019. A scientific analysis commissioned by the museum from Orrin Labs found the glaze was modern. The report said there was "no sign of age" in the clay.';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Orrin Labs', null, 'The report']);
  });

  it('should read the agent of a participle after the subject ("obtained by", "quoted by") as no speaker and no issuer', () => {
    const memo = 'The Kelvale Fire Service faces an inquiry. A service memo obtained by the Courier warned that "crews are stretched too thin."';
    expect(attributed(memo)[0]?.slice(1, 5)).toEqual(['Kelvale Fire Service', null, 'A service memo', 'warned']);
    const aside = 'The Kelvale Fire Service faces an inquiry. The memo, obtained by the Courier, said crews were "stretched too thin."';
    expect(attributed(aside)[0]?.slice(1, 5)).toEqual([null, null, 'The memo', 'said']);
    expect(attributed('A firefighter quoted by the Courier said crews were "stretched too thin."')[0]?.slice(1, 5)).toEqual([null, 'firefighter', 'A firefighter', 'said']);
    const released = 'The Kelvale Fire Service met on Monday. A statement released by the service said crews were "stretched too thin."';
    expect(attributed(released)[0]?.slice(1, 4)).toEqual(['Kelvale Fire Service', null, 'A statement']);
  });

  it('should read the noun before a participle and its phrase as the subject, not the phrase, nor a phrase a preposition opens', () => {
    const issued = 'A communique issued at the end of the branch meeting on Friday said the boycott would be "indefinite."';
    expect(attributed(issued)[0]?.slice(1, 5)).toEqual([null, 'communique', 'A communique', 'said']);
    expect(extractQuotes(issued)[0]?.speaker?.type).toBe('organization');
    const opening = 'Mira Osei, the former bursar, denies it. In a statement issued through her lawyer, Osei said she had acted "honestly."';
    expect(attributed(opening)[0]?.filter((_, field) => field === 1 || field === 3 || field === 4)).toEqual(['Mira Osei', 'Osei', 'said']);
  });

  it('should give a study by researchers at a named body to that body, with the study as the mention', () => {
    const text = 'A 2023 study by economists at the Tarn Housing Institute found rents rose and concluded that the rule was "largely cosmetic."';
    expect(attributed(text)[0]?.slice(1, 5)).toEqual(['Tarn Housing Institute', null, 'A 2023 study', 'concluded']);
  });

  it('should give "the notice" to the body that issued a notice before, and not to one that only received it', () => {
    const issued = 'The Kelby Water Board issued a boil notice on Monday. The notice called the step "a precaution."';
    expect(attributed(issued)[0]?.slice(1, 4)).toEqual(['Kelby Water Board', null, 'The notice']);
    const received = 'The Kelby Water Board received a notice on Monday. The notice called the step "a precaution."';
    expect(attributed(received)[0]?.slice(1, 4)).toEqual([null, null, 'The notice']);
  });

  it('should take a report by a body\'s staff as the body\'s', () => {
    const text = 'Wexley Borough Council voted on Monday to close the pool. A report by council officers said repairs would leave the building "barely fit for use."';
    expect(attributed(text)[0]?.[1]).toBe('Wexley Borough Council');
  });

  it('should read a written document with a participle set off after it, and its participle modifier', () => {
    const text = 'The Storm Safety Commission issued new rules in May.\n\nThe commission\'s written guidance to schools, published before the term began, says pupils must be "kept indoors" during storms.';
    expect(attributed(text)).toEqual([
      ['kept indoors', 'Storm Safety Commission', null, 'The commission\'s written guidance to schools', 'says', 'quote-cue-nominal'],
    ]);
  });

  it('should take "the auction house" for the house named before', () => {
    const text = 'Auction house Penrose & Vail, which sold the stamp, said it had "no reason to doubt" its history. "The stamp was checked by two experts," the auction house said in a statement.';
    expect(attributed(text).map((quote) => quote[1])).toEqual(['Penrose & Vail', 'Penrose & Vail']);
  });
});

describe('unnamed sources: more ways they are introduced', () => {
  it('should read a relative clause without commas that holds a place and a possessive', () => {
    const text = 'Mayor Jill Ransby said the council would not step in. "It is the gallery\'s decision," Ransby said.\n\nOne woman who had driven from Havelock with her grandchildren said she did not mind. "It\'s lovely, whoever made it," she said.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'woman', 'she']);
  });

  it('should look past the quote\'s own sentences to the unnamed source in the paragraph before', () => {
    const text = 'Nadia Reyes, who teaches election law at Pine College, says the rules are clear. "The law gives judges room," she says.\n\nOne poll worker, who asked not to be named because she still works for the county, says the count was calm.\n\n"People brought coffee. Nobody shouted," she says. "It was dull, mostly."';
    expect(attributed(text).slice(1).map((quote) => quote.slice(1, 4))).toEqual([
      [null, 'poll worker', 'she'],
      [null, 'poll worker', 'she'],
    ]);
  });
});

describe('pronouns: the subject before a "whose" clause', () => {
  it.each([
    ['whose side lie third in the Premier Division'],
    ['whose side lost to a team coached by Tom Grady on Sunday'],
  ])('should give "he" to the subject, not to a name in the clause (%s)', (clause) => {
    const text = `Coach Liam Doherty, ${clause}, said the talks had unsettled the squad.\n\n"The players read about it every day," he said.`;
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Liam Doherty', 'Coach', 'he']);
  });
});

describe('entities: listeners and things are no subjects or titles', () => {
  it('should not take the outlet after "told" as a subject an age description may mean', () => {
    const text = 'But Peter Marlow, the artist\'s son, said the work was not his father\'s.\n\n"I grew up watching him paint," he told Coastline.\n\nThe 81-year-old said he believed a student had painted it. He said he had not had what he called "a proper answer".';
    expect(attributed(text).map((quote) => quote[1])).toEqual(['Peter Marlow', 'Peter Marlow']);
  });

  it('should not read a noun that ends like an agent\'s, after a preposition, as a title set off before a name', () => {
    const text = 'On Elm Street, two blocks from the plant, Omar Diallo said he woke to the siren.\n\n"We sat in the basement," Mr. Diallo said.';
    expect(attributed(text)[0]?.slice(1, 3)).toEqual(['Omar Diallo', null]);
  });
});

describe('cues: a weak verb inside a report, and a verb joined after a quote', () => {
  it('should take the report\'s verb over a weak one whose subject is a pronoun, and the joined verb for the next quote', () => {
    const text = 'The Harlow Rovers Supporters Society met on Friday.\n\nIn a letter to members seen by this newspaper, the society\'s board said it was recommending the offer "without reservation" and warned that rejecting it would leave the club "unable to pay its players."';
    expect(attributed(text).map((quote) => quote.slice(1, 5))).toEqual([
      ['Harlow Rovers Supporters Society', null, 'the society\'s board', 'said'],
      ['Harlow Rovers Supporters Society', null, 'the society\'s board', 'warned'],
    ]);
  });

  it('should give a verb joined after a quote the subject of the verb of speech before it', () => {
    const text = 'Writing in The Harlow Gazette, the paper\'s critic, Ian Pell, called the show "too long by half" and said the seats left the audience "aching by the interval."';
    expect(attributed(text).map((quote) => quote.slice(1, 5))).toEqual([
      ['Ian Pell', 'critic', 'Ian Pell', 'called'],
      ['Ian Pell', 'critic', 'Ian Pell', 'said'],
    ]);
  });

  it('should still let a naming verb cue its words inside a report', () => {
    const text = 'Tom Bray said he had written to the council and had not had what he called "a proper answer."';
    expect(attributed(text)[0]?.slice(1, 5)).toEqual(['Tom Bray', null, 'he', 'called']);
  });
});

describe('follow-on quotes: a request inside the report before them', () => {
  it('should continue the report\'s speaker, not the body asked to act', () => {
    const text = 'Mayor Lise Garner said the town was shaken. "People are scared," Ms. Garner said.\n\nShe said council would ask the company to appear at its next meeting.\n\n"People in this town deserve answers."';
    expect(attributed(text).at(-1)?.slice(1, 6)).toEqual(['Lise Garner', 'Mayor', 'She', 'said', 'follow-on']);
  });
});

describe('bodies: panels and tribunals', () => {
  it('should take "the panel" for the panel named before, as an organisation', () => {
    const text = 'The Global Sports Integrity Panel banned the runner for four years on Monday.\n\nIn its decision, the panel said she had failed to give "any credible explanation" for the result.';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Global Sports Integrity Panel', null, 'the panel']);
  });
});

describe('unnamed sources: a relative clause without commas that ends in a verb or an adverb', () => {
  it('should give "the official" the fuller description introduced before', () => {
    const text = 'A federal official who was not authorized to speak publicly said talks would resume.\n\n"There is pressure to act," the official said.';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual([null, 'federal official', 'the official']);
  });
});

describe('unnamed sources: an adjective used as a noun', () => {
  it('should read "a regular at the bar" as the source, and give the next "he" to it, not to the man named before', () => {
    const text = 'The owner, Sam Pike, said the fine was "unfair".\n\nA regular at the bar, who declined to be named, said the rule would hurt trade.\n\n"One hour is nothing," he said.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'regular at the bar', 'he']);
  });
});

describe('unnamed sources: long descriptions before a relative clause', () => {
  it('should read a description of a dozen words before "who asked not to be named" as the source', () => {
    const text = 'The chief nurse, Ann Grey, said the trust was coping.\n\nA ward sister on one of the hospital\'s busiest surgical wards, who asked not to be named, said shifts often started short.\n\n"We make it work, every day," she said.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'ward sister on one of the hospital\'s busiest surgical wards', 'she']);
  });

  it('should read the noun before a first relative clause joined to a second by "and"', () => {
    const text = 'Trustee Dan Ode voted to remove the book.\n\nOne woman who spoke against the ban, and who did not give her name, told the board she had read it twice. "Who decides what my child reads?" she asked.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'woman', 'she']);
  });

  it('should keep a complement whose object the tagger reads as an adjective or, after a possessive, as a verb', () => {
    const adjective = 'A caretaker at the complex, who asked not to be named, said the lifts were "always broken."';
    expect(attributed(adjective)[0]?.slice(1, 4)).toEqual([null, 'caretaker at the complex', 'A caretaker at the complex']);
    const verb = 'A porter at the hotel\'s lodge said: "Nobody came."';
    expect(attributed(verb)[0]?.slice(1, 4)).toEqual([null, 'porter at the hotel\'s lodge', 'A porter at the hotel\'s lodge']);
  });
});

describe('unnamed sources: what lies between them and the pronoun', () => {
  it('should read a name whose word wink tags as a verb as part of the description ("Dunmore Falls High School")', () => {
    const text = 'Author Tessa Lind said the ban was "absurd."\n\nA nurse at Dunmore Falls High School, who asked not to be named, says staff are leaving.\n\n"People are scared," she says.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'nurse at Dunmore Falls High School', 'she']);
  });

  it('should look past a passive inside the unnamed source\'s report ("said employees were told")', () => {
    const text = 'Priya Rask, an analyst at Elm Securities, said the cuts were "overdue."\n\nA store manager in Ohio, who asked not to be identified, said employees were told of the closures on a call.\n\n"Nobody was really surprised," she said.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'store manager in Ohio', 'she']);
  });
});

describe('documents: the issuer named where the document was introduced', () => {
  it('should give "the release" to the body that "In a press release" introduced, past the document\'s modifiers', () => {
    const text = 'Fares will rise by a quarter, the Dunmore Transit Authority said on Friday.\n\nIn a press release, the authority said the rise was "unavoidable." "The lowest fares rise by only one rupee," the release said.';
    expect(attributed(text).map((quote) => quote[1])).toEqual(['Dunmore Transit Authority', 'Dunmore Transit Authority']);
  });

  it('should read a written recommendation as a document of the committee that made it', () => {
    const text = 'The Library Review Committee met three times. In its written recommendation, the committee said the book had merit.\n\n"Removing it would send the wrong message," the recommendation said.';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Library Review Committee', null, 'the recommendation']);
  });
});

describe('documents: a report by a body\'s committee', () => {
  it('should give the report to the body whose committee wrote it, with the document as the mention, past a participle aside', () => {
    const text = 'The Dunmore Museums Trust runs the site. Its chief executive, Fiona Dale, said she was "devastated."\n\nHowever, a report by the trust\'s property committee last year, seen by the Courier, said the alarm was "approaching the end of its life".';
    expect(attributed(text).at(-1)?.slice(1, 5)).toEqual(['Dunmore Museums Trust', null, 'a report', 'said']);
  });
});

describe('bodies named only as modifiers', () => {
  it('should give "the district" the district whose name only modified its board', () => {
    const text = 'The Cedar Vale School District board voted 4-3 on Tuesday to remove the novel.\n\nIn a statement, the district said it "follows the direction of the elected board."';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Cedar Vale School District', null, 'the district']);
  });

  it('should give a report by a named body\'s officials to the body, with the report as the mention', () => {
    const text = 'A report by Dunmore County Council officials described progress as "slow." A Ministry of Defence spokesman said it was "fine."';
    expect(attributed(text).map((quote) => quote.slice(1, 4))).toEqual([
      ['Dunmore County Council', null, 'A report'],
      [null, 'Ministry of Defence spokesman', 'A Ministry of Defence spokesman'],
    ]);
  });

  it('should read "the park" that speaks as a body, the one named before by a name ending in "Park"', () => {
    const text = 'Keepers at the Brightwater Wildlife Park found the gate open on Sunday. Park director Ann Cole was called.\n\nIn a post on its website, the park said the panda was "eating well."';
    const speaker = extractQuotes(text)[0]?.speaker;
    expect([speaker?.name, speaker?.type]).toEqual(['Brightwater Wildlife Park', 'organization']);
  });
});

describe('titles: champions', () => {
  it('should read "champion" as a role, so a premodifier with it outranks a one-word role in an appositive', () => {
    const text = 'Two-time Vellmont Marathon champion Grace Chelimo, an athlete from Iten, said she was "heartbroken."';
    expect(attributed(text)[0]?.slice(1, 3)).toEqual(['Grace Chelimo', 'Two-time Vellmont Marathon champion']);
  });
});

describe('unnamed sources: adjectives with complements and refusals', () => {
  it('should read "a source close to X" as the source, not X, and give the partial in its report to it', () => {
    const text = 'TV chef Rory Kell said he was "heartbroken."\n\nA source close to Kell insisted the chef had put "his own money" into the business.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'source close to Kell', 'A source close to Kell']);
  });

  it('should give "he said" to a spokesman who declined to say something, not to the man he speaks for', () => {
    const text = 'TV chef Rory Kell said he was "heartbroken."\n\nA spokesman for Kell declined to say when the staff would be paid. "Rory has made his position clear," he said.';
    expect(attributed(text).at(-1)?.slice(1, 4)).toEqual([null, 'spokesman for Kell', 'he']);
  });
});

describe('titles and sources: possessors and relations', () => {
  it('should give a spokesperson for "the city\'s Office of X" the quote, not the office', () => {
    const text = 'A spokesperson for the city\'s Office of Risk Management said staff were "working through them."';
    expect(attributed(text)[0]?.slice(1, 3)).toEqual([null, 'spokesperson for the city\'s Office of Risk Management']);
  });

  it('should rank a relation with its complement ("neighbor across the street") below a trade', () => {
    const text = 'Her neighbor across the street, Walt Szyk, 77, a retired machinist, says the water had been "trying to get out for months."';
    expect(attributed(text)[0]?.slice(1, 3)).toEqual(['Walt Szyk', 'retired machinist']);
  });
});

describe('cues: a verb of speech joined between two partials', () => {
  it('should give the second partial the verb joined after the first ("and urged … to \'…\'")', () => {
    const text = 'Local MP Hannah Rose said the closure was "a hammer blow" for the town and urged Kell to "do the right thing" by his staff.';
    expect(attributed(text).map((quote) => quote[4])).toEqual(['said', 'urged']);
  });
});

describe('cues and titles: a passive inside the report, and sciences', () => {
  it('should not take a passive verb inside the report for the cue of a partial, nor its subject for the speaker', () => {
    const text = 'Associate Professor Ann Lee, a coastal geomorphologist at Eastern University, said sand nourishment would have to be repeated "every three to five years".';
    expect(attributed(text)[0]?.slice(1, 5)).toEqual(['Ann Lee', 'coastal geomorphologist at Eastern University', 'Ann Lee', 'said']);
  });
});

describe('unnamed sources: a role for a named person', () => {
  it('should give "A spokeswoman for Mayor X said" to the spokeswoman, and the mayor only the title before her name', () => {
    const text = 'A spokeswoman for Mayor Helen Oster said the mayor had "full confidence in the process." Secretary of State Colin Pell said it was "fine."';
    expect(attributed(text).map((quote) => quote.slice(1, 3))).toEqual([[null, 'spokeswoman for Mayor Helen Oster'], ['Colin Pell', 'Secretary of State']]);
    expect(documentOf(text).mentions.names[0]?.title).toBe('Mayor');
  });
});

describe('documents and outlets: time adjuncts after a name', () => {
  it('should read a body before "last month" as a name, so "the board\'s report" finds it', () => {
    const text = 'Figures published by the Rail Standards Board last month showed services were cut. The board’s report said the firm had "failed to recruit enough drivers".';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Rail Standards Board', null, 'The board’s report']);
  });

  it('should not give "he" to a newspaper named before it', () => {
    const text = 'Among its critics is Anton Harl, a former minister. In an interview with the Velsk Courier last week, he said the deal "gives away our farmers."';
    expect(attributed(text)[0]?.slice(1, 3)).toEqual(['Anton Harl', 'former minister']);
  });
});

describe('documents: a prospectus', () => {
  it('should read "the prospectus" as one document, so its speaker is an organisation with no title', () => {
    const text = 'Quillfield Robotics rose 30% on its debut. The prospectus warned that the company "may not achieve profitability".';
    const speaker = extractQuotes(text)[0]?.speaker;
    expect([speaker?.type, speaker?.title]).toEqual(['organization', null]);
  });
});

describe('documents: the maker named after its kind', () => {
  it('should give a review "carried out by the Toronto law firm X" to X, past the particle and the kind', () => {
    const text = 'The review, carried out by the Toronto law firm Halden Vail LLP and released by the university on Wednesday, concluded that staff "chose to protect a reputation."\n\n"No one could point to a single occasion," the review said.';
    expect(attributed(text).map((quote) => quote.slice(1, 4))).toEqual([
      ['Halden Vail LLP', null, 'The review'],
      ['Halden Vail LLP', null, 'the review'],
    ]);
  });
});

describe('attributeQuotes: a clause of its own after a partial quote', () => {
  it('should give the partial to the speaker before it, not to the subject of the clause a link opens after it', () => {
    expect(attributed('Mr Lim said his client was "ready to talk", while Mr Tan said the offer was "not serious".')).toEqual([
      ['ready to talk', 'Lim', null, 'Mr Lim', 'said', 'quote-cue-name'],
      ['not serious', 'Tan', null, 'Mr Tan', 'said', 'quote-cue-name'],
    ]);
    expect(attributed('Ann Roe called the plan "reckless" and Tom Hale said it was late.')).toEqual([
      ['reckless', 'Ann Roe', null, 'Ann Roe', 'called', 'quote-cue-name'],
    ]);
  });

  it('should still read an attribution after an adjunct that opens with "before"', () => {
    expect(attributed('"We will wait and see" before making any promises, he said, after Ann Roe spoke.')[0]?.slice(3, 5)).toEqual(['he', 'said']);
  });
});

describe('attributeQuotes: an unnamed spokesperson for a body with a lower-case modifier', () => {
  it('should give the quote to the spokesperson, not to the body', () => {
    expect(attributed('A spokesperson for the provincial Ministry of Health said the ministry was "committed to fixing it".')).toEqual([
      ['committed to fixing it', null, 'spokesperson for the provincial Ministry of Health', 'A spokesperson for the provincial Ministry of Health', 'said', 'quote-cue-nominal'],
    ]);
  });
});

describe('attributeQuotes: what a name set off before its verb is known by', () => {
  it('should step over a body after "of the" and a party with its state', () => {
    expect(attributed('A contender for the throne, Musa Bello of the Ade ruling house, described the process as "a robbery."')).toEqual([
      ['a robbery.', 'Musa Bello', 'contender for the throne', 'Musa Bello', 'described', 'quote-cue-name'],
    ]);
    expect(attributed('Representative Tom L. Vale, Republican of Ohio, said it was "a mistake".')).toEqual([
      ['a mistake', 'Tom L. Vale', 'Representative', 'Tom L. Vale', 'said', 'quote-cue-name'],
    ]);
  });
});

describe('attributeQuotes: an unnamed source with two relative clauses', () => {
  it('should read "A mother of two who …, and who …, said" as the unnamed source, not the person quoted before', () => {
    const text = '"Once a month, I will be eating rice," Tom Vale said.\n\nA mother of two who works at a store in Harlow, and who asked that her name not be used, said she had been "skipping lunch."';
    const quotes = extractQuotes(text);
    expect(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.mention.text])).toEqual([['Tom Vale', 'Tom Vale'], [null, 'A mother of two']]);
  });
});

describe('attributeQuotes: a pronoun after "according to"', () => {
  it('should read "according to her" as her, resolved as "she" is, but not the possessive of "her lawyers"', () => {
    const direct = extractQuotes('Mrs Ada Obi, a fish farmer, said the ponds were ruined.\n\nAccording to her, "We borrowed money to stock the ponds."');
    expect(direct.map((quote) => [quote.speaker?.name, quote.speaker?.mention.text, quote.cue?.text])).toEqual([['Ada Obi', 'her', 'According to']]);
    const possessive = extractQuotes('Ana Vell sued him. He put her "through the wringer," according to her lawyers in a court filing.');
    expect(possessive.map((quote) => [quote.speaker?.name, quote.speaker?.mention.text])).toEqual([[null, 'her lawyers in a court filing']]);
    const [plan] = extractQuotes('Ana Vell spoke. According to her "fair share" plan, firms must repay aid.');
    expect(plan?.speaker?.mention.text).not.toBe('her');
  });
});

describe('attributeQuotes: an aside that ends in a name set off after a noun', () => {
  it('should give the quote to the subject before the aside, not to the name at its end, and read "Limited" as a company\'s', () => {
    expect(attributed('Residents want an oil firm, Orrin Energy Limited, to act. The company, in a statement signed by its spokesman, Mr Tunde Bello, said the leak was caused by "third-party interference".')).toEqual([
      ['third-party interference', 'Orrin Energy Limited', null, 'The company', 'said', 'quote-cue-nominal'],
    ]);
  });
});

describe('attributeQuotes: verbs that judge by the words they quote, and a participle that cues the next quote', () => {
  it('should cue "dismissed … as" as "described … as", and give a quote after ", insisting that" that participle', () => {
    expect(attributed('Tom Hale, the union leader, dismissed the video as "a stunt to buy time".')).toEqual([
      ['a stunt to buy time', 'Tom Hale', 'union leader', 'Tom Hale', 'dismissed', 'quote-cue-name'],
    ]);
    expect(attributed('Tom Hale called the claim "the usual story", insisting that the pipe was "rotten and old".')).toEqual([
      ['the usual story', 'Tom Hale', null, 'Tom Hale', 'called', 'quote-cue-name'],
      ['rotten and old', 'Tom Hale', null, 'Tom Hale', 'insisting', 'same-sentence'],
    ]);
  });
});

describe('attributeQuotes: a speaker noun owned by a name, and people at a body opening the sentence', () => {
  it('should give the quote to the one the name owns, wherever the cue stands', () => {
    expect(attributed('"It is shut," Mayor Ana Vell’s spokesman said.')).toEqual([['It is shut,', null, 'Mayor Ana Vell’s spokesman', 'Mayor Ana Vell’s spokesman', 'said', 'quote-cue-nominal']]);
    expect(attributed('"It is shut," said Vell’s spokesman.')).toEqual([['It is shut,', null, 'Vell’s spokesman', 'Vell’s spokesman', 'said', 'quote-cue-nominal']]);
  });

  it('should give a quote to people at a body, capitalised where they open the sentence, not to the body', () => {
    expect(attributed('Officials at the Harlow Transit Authority said the line was "shut".')).toEqual([
      ['shut', null, 'Officials at the Harlow Transit Authority', 'Officials at the Harlow Transit Authority', 'said', 'quote-cue-nominal'],
    ]);
  });
});

describe('attributeQuotes: a spokesperson for a body whose name holds "and"', () => {
  it('should give the quote to the spokesperson, not to the last words of the body\'s name', () => {
    expect(attributed('A spokesperson for Harlow Transport and Infrastructure said crews were "monitoring ice".')).toEqual([
      ['monitoring ice', null, 'spokesperson for Harlow Transport and Infrastructure', 'A spokesperson for Harlow Transport and Infrastructure', 'said', 'quote-cue-nominal'],
    ]);
  });
});

describe('attributeQuotes: a spokeswoman for "the" body whose name holds "and"', () => {
  it('should give the quote to the spokeswoman', () => {
    expect(attributed('A spokeswoman for the Sperrin Health and Social Care Trust said it was "working on it".')[0]?.slice(1, 4)).toEqual([
      null, 'spokeswoman for the Sperrin Health and Social Care Trust', 'A spokeswoman for the Sperrin Health and Social Care Trust',
    ]);
  });
});

describe('attributeQuotes: a person known by a body and the place it is in', () => {
  it('should give the quote to the person, and keep an unnamed source\'s whole phrase', () => {
    expect(attributed('Judge Harriet Olsson of the Federal District Court in Portland wrote that the decision was "arbitrary."')[0]?.slice(1, 5)).toEqual(['Harriet Olsson', 'Judge', 'Harriet Olsson', 'wrote']);
    expect(attributed('A spokesman for the Tarn Trust in Harlow said it was "fine".')[0]?.slice(1, 4)).toEqual([null, 'spokesman for the Tarn Trust in Harlow', 'A spokesman for the Tarn Trust in Harlow']);
  });
});

describe('attributeQuotes: "According to" after a quote that ends its sentence', () => {
  it('should leave a capitalised "According to" to the next sentence, and give the quote to the cue before it', () => {
    expect(attributed("Ilse Varn said the pier ''was never busy.'' According to T.H.A. records, it handled 40 ships a day.")).toEqual([
      ['was never busy.', 'Ilse Varn', null, 'Ilse Varn', 'said', 'quote-cue-name'],
    ]);
    expect(attributed('"The pier was never busy," according to Ilse Varn.')[0]!.slice(0, 2)).toEqual(['The pier was never busy,', 'Ilse Varn']);
  });
});

describe('attributeQuotes: an office with a capitalised complement set off before the name', () => {
  it('should give the quote to the person, not to the complement of the office', () => {
    expect(attributed('"The boats will stay," said the Minister of Fisheries, Kavya Raman.')).toEqual([
      ['The boats will stay,', 'Kavya Raman', 'Minister of Fisheries', 'Kavya Raman', 'said', 'quote-cue-name'],
    ]);
  });
});

describe('attributeQuotes: a place in an unnamed source\'s complement', () => {
  it('should give the quote after the verb to the unnamed source, not the place after its adjectives', () => {
    const [quote] = extractQuotes('"The crossing was rough," said a ferry captain in northern Tarkent.');
    expect([quote?.speaker?.name, quote?.speaker?.title]).toEqual([null, 'ferry captain in northern Tarkent']);
  });

  it('should not give the quote to a region set off after a place, but to the person before it, whose role clause keeps it', () => {
    const [region] = extractQuotes('Budi Santo, 52, who runs two stalls in Tarnby, West Holm, said the wait was "just 12 days".');
    expect([region?.speaker?.name, region?.speaker?.title]).toEqual(['Budi Santo', 'runs two stalls in Tarnby, West Holm']);
    const [born] = extractQuotes('Born in Leeds, Ana Roe, the new chair, said it was "a good day".');
    expect(born?.speaker?.name).toBe('Ana Roe');
  });

  it('should give the quote to an unnamed source whose role is written in capitals, not to the place in its phrase', () => {
    const [quote] = extractQuotes('A GP in Harlow, who asked not to be named, said stock took "at least two days" to arrive.');
    expect([quote?.speaker?.name, quote?.speaker?.mention.text]).toEqual([null, 'A GP in Harlow']);
  });

  it('should keep a compass point before the place in the phrase, whatever its tag, after the verb or before it', () => {
    const [before] = extractQuotes('A nurse at a clinic in north Harlow said staff were "stretched thin".');
    expect([before?.speaker?.name, before?.speaker?.mention.text]).toEqual([null, 'A nurse at a clinic in north Harlow']);
    const [aside] = extractQuotes('One porter at a hospital in south Harlow, who asked not to be named, said staff were "stretched thin".');
    expect(aside?.speaker?.title).toBe('porter at a hospital in south Harlow');
  });
});

describe('attributeQuotes: a participle set off at the end of a report', () => {
  it('should give the participle the subject of the sentence\'s main verb of speech, not of a verb inside the report', () => {
    const [quote] = extractQuotes('Health Minister Tom Reyl said he had asked his department to review the clinics, describing the errors as "every parent\'s nightmare".');
    expect([quote?.speaker?.name, quote?.speaker?.mention.text, quote?.cue?.text]).toEqual(['Tom Reyl', 'Tom Reyl', 'describing']);
  });
});

describe('attributeQuotes: a weak verb in -ing that opens a report', () => {
  it('should cue the quote by the report\'s verb, not by the gerund that is the report\'s subject', () => {
    const [quote] = extractQuotes('Ana Ruiz, who heads the program at the Harlow Trust, said shooting animals could break up a pack and lead to "more attacks, not fewer."');
    expect([quote?.speaker?.mention.text, quote?.cue?.text]).toEqual(['Ana Ruiz', 'said']);
  });
});

describe('unnamed sources: the relative clause that asks for anonymity is not the cue', () => {
  it('should give a partial quote the role noun before "who asked …" past the place it is in, cued by the main verb', () => {
    const text = 'A nurse in Harlow who asked not to be named said she would stay "two more hours" each night.';
    expect(attributed(text)[0]?.slice(2, 5)).toEqual(['nurse in Harlow', 'A nurse in Harlow', 'said']);
  });

  it('should end the source before its own relative clause when a second one is set off after it', () => {
    const text = 'The tenant who filed the claim, who asked not to be named, said she had "no problem with the band" but could not rest.';
    expect(attributed(text)[0]?.slice(2, 5)).toEqual(['tenant', 'The tenant', 'said']);
  });

  it('should read a role the tagger takes for an adjective after "One" and its adjectives as the source\'s head', () => {
    const text = 'One senior academic, who asked not to be named because staff had been warned against speaking to the press, said the ward had been ‘left to rot’.';
    expect(attributed(text)[0]?.slice(2, 5)).toEqual(['senior academic', 'One senior academic', 'said']);
  });
});

describe('subjects: brackets after a name', () => {
  it('should read a name inside a bracket after a name as that name\'s tag, not the speaker', () => {
    const text = 'The council met on Tuesday. Cllr Hana Pell (Green, Millbrook), whose ward includes the depot, said: "The depot must stay open."';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Hana Pell', 'Cllr', 'Hana Pell']);
  });

  it('should give the name before "of the" body the quote past a bracket that writes the name in its own script', () => {
    const text = 'Deputy Director Chen Wei-lun (陳偉倫) of the Coastal Survey Bureau said: "The tide gauges are old."';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Chen Wei-lun', 'Deputy Director', 'Chen Wei-lun']);
  });

  it('should read a role clause after such a bracket as the title', () => {
    const text = 'Ho Su-ling (何素玲), who chairs the Kaohsiung Ferry Riders Association, said: "The fares are too high."';
    expect(attributed(text)[0]?.slice(1, 4)).toEqual(['Ho Su-ling', 'chairs the Kaohsiung Ferry Riders Association', 'Ho Su-ling']);
  });
});

describe('titles: offices and styles of other legislatures and countries', () => {
  it('should read the Knesset member\'s "MK" with its party as the title, not as part of the name', () => {
    const text = 'Labour MK Dana Levit, who sits on the finance committee, said the rise was "unfair." "We will fight it," Levit said.';
    expect(attributed(text).map((row) => row.slice(1, 4))).toEqual([
      ['Dana Levit', 'Labour MK', 'Dana Levit'],
      ['Dana Levit', 'Labour MK', 'Levit'],
    ]);
  });

  it('should read the Fijian chiefly style "Ratu" as an honorific and the village headman\'s office as a title', () => {
    const chief = 'Villagers met on Monday. Ratu Semi Tuilau, the chief of Nakasi village, said the sea wall had failed. "The water comes every month now," Ratu Semi said.';
    expect(attributed(chief)[0]?.slice(1, 4)).toEqual(['Semi Tuilau', 'chief of Nakasi village', 'Ratu Semi']);
    const headman = 'Turaga ni Koro Josefa Rabuka said the road was gone. "We need help," Mr Rabuka said.';
    expect(attributed(headman)[0]?.slice(1, 4)).toEqual(['Josefa Rabuka', 'Turaga ni Koro', 'Mr Rabuka']);
  });

  it.each([
    ['Minister for Fisheries Semi Koroilavesau said: "The stocks are low."', 'Semi Koroilavesau', 'Minister for Fisheries'],
    ['Permanent secretary for Lands Maika Tora said: "The lease is ready."', 'Maika Tora', 'Permanent secretary for Lands'],
    ['Minister for Rural and Maritime Development Jone Usamate said: "The lease is ready."', 'Jone Usamate', 'Minister for Rural and Maritime Development'],
    ['MEC for Roads and Public Works Thabo Mokoena said: "The road is closed."', 'Thabo Mokoena', 'MEC for Roads and Public Works'],
  ])('should end an office\'s portfolio before a name no list of given names holds: %s', (text, name, title) => {
    expect(attributed(text)[0]?.slice(1, 4)).toEqual([name, title, name]);
  });

  it('should keep a body\'s name whole after an office\'s "of the", "of" inside it', () => {
    const text = 'The Ogun State Chairman of the Tarn Bike Riders Association of Nigeria, Alhaji Musa Ade, said the ban was "anti-poor". The association said it would "resist the ban".';
    expect(attributed(text).map((row) => row.slice(1, 4))).toEqual([
      ['Musa Ade', 'Ogun State Chairman of the Tarn Bike Riders Association of Nigeria', 'Alhaji Musa Ade'],
      ['Tarn Bike Riders Association of Nigeria', null, 'The association'],
    ]);
  });
});

describe('bodies: religious authorities, missions and names in camel case', () => {
  it('should read "Rabbinate" and "Patriarchate" as the closing words of a body\'s name, not as a person titled "Chief"', () => {
    const statement = 'The Chief Rabbinate said in a statement that the fees were fair. "The fees cover our costs," the statement said.';
    expect(attributed(statement)[0]?.slice(1, 4)).toEqual(['Chief Rabbinate', null, 'the statement']);
    const bishop = 'As Bishop Anba Girgis of the Coptic Patriarchate of Harlow told reporters, "We were not consulted."';
    expect(attributed(bishop)[0]?.slice(1, 4)).toEqual(['Anba Girgis', 'Bishop', 'Anba Girgis']);
  });

  it('should keep the Irish article "na" inside a body\'s name that modifies a title', () => {
    const text = 'Foras na Gaeilge chief executive Niamh Ní Bhriain said the grant was "too small." "It will not cover rent," she said.';
    expect(attributed(text).map((row) => row.slice(1, 4))).toEqual([
      ['Niamh Ní Bhriain', 'Foras na Gaeilge chief executive', 'Niamh Ní Bhriain'],
      ['Niamh Ní Bhriain', 'Foras na Gaeilge chief executive', 'she'],
    ]);
  });

  it('should open a body\'s name with a word in camel case after a lower-case prefix', () => {
    const board = 'In a statement, the iTaukei Affairs Board said talks were "continuing." "We are close," the board said.';
    expect(attributed(board).map((row) => row.slice(1, 4))).toEqual([
      ['iTaukei Affairs Board', null, 'iTaukei Affairs Board'],
      ['iTaukei Affairs Board', null, 'the board'],
    ]);
    const lone = 'The seller listed the iPhone on Monday. "It went in a day," he said.';
    expect(attributed(lone)[0]?.slice(1, 4)).toEqual([null, null, 'he']);
  });
});
