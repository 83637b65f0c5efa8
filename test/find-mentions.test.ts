import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { spanText } from '../src/grammar/tokens.js';
import { findMentions } from '../src/pipeline/find-mentions.js';
import { analyse, documentOf } from './support/analyse.js';

/** Each name mention as [name, title], names as written without honorifics. */
function mentions(text: string): [string, string | null][] {
  const doc = analyse(text);
  return findMentions(doc).names.map((mention) => [spanText(doc.tokens, mention.nameFirst, mention.nameLast), mention.title]);
}

/** The mention whose name is `name`, as [name, title]. */
function mentionOf(text: string, name: string): [string, string | null] | undefined {
  return mentions(text).find(([found]) => found === name);
}

describe('findMentions', () => {
  it('reads "Elder" and "Deacon" before a name as titles, but not "the elder" of two relatives', () => {
    expect(mentions('Elder Tulimaaq Nookiguak, 71, had ordered a stove. Deacon Oyelaran Beko agreed.')).toEqual([['Tulimaaq Nookiguak', 'Elder'], ['Oyelaran Beko', 'Deacon']]);
    expect(mentions('The elder Ms. Pell spoke first.')).toEqual([['Ms. Pell', null]]);
  });

  it('reads a title word right after a lone first name, with no name after it, as a surname', () => {
    expect(mentions('Maria Bishop spoke. "We won," said Paul Elder, a radio host.')).toEqual([['Maria Bishop', null], ['Paul Elder', 'radio host']]);
    expect(mentions('Maria Roe met Mayor Paul Hale.')).toEqual([['Maria Roe', null], ['Paul Hale', 'Mayor']]);
    expect(mentions('Mirta Oyarzún Pastor, a family doctor, spoke.').map(([name]) => name)).toEqual(['Mirta Oyarzún Pastor']);
    expect(mentions('The Tarn State Treasurer spoke.').map(([name]) => name)).toEqual([]);
    // Later, the surname alone is a name too, but not the office it also names.
    expect(mentions('Maria Bishop spoke. Bishop said no, and Ms. Bishop left. The Bishop of Tarn stayed.').map(([name]) => name))
      .toEqual(['Maria Bishop', 'Bishop', 'Ms. Bishop', 'Tarn']);
  });

  it('reads a ward of two places joined by "and" before a councillor, and a slash inside a body\'s name, as one title', () => {
    expect(mentionOf('"It is late," said Harlow and Tarnby councillor Ann Roe.', 'Ann Roe')).toEqual(['Ann Roe', 'Harlow and Tarnby councillor']);
    expect(mentionOf('"It is late," said Harlow/Tarnby Regional Corporation chairman Tom Hale.', 'Tom Hale')).toEqual(['Tom Hale', 'Harlow/Tarnby Regional Corporation chairman']);
  });

  it('reads a French particle elided onto a name word as part of the name', () => {
    expect(mentions('Luc Giscard d’Orvault met the Syndicat du Bassin d\'Aurelle.').map(([name]) => name)).toEqual(['Luc Giscard d’Orvault', 'Syndicat du Bassin d\'Aurelle']);
  });

  it('reads two particles in a row inside a name', () => {
    expect(mentions('Tomás de la Peña and Lia van der Berg met the Instituto Regional de la Vivienda on Friday.')).toEqual([
      ['Tomás de la Peña', null], ['Lia van der Berg', null], ['Instituto Regional de la Vivienda', null],
    ]);
  });

  it('gives a name set off after a role and its object the whole phrase as its title', () => {
    expect(mentionOf('A spokesperson for the senator, Blake Hennessey, said it.', 'Blake Hennessey')).toEqual(['Blake Hennessey', 'spokesperson for the senator']);
    expect(mentionOf('The county sheriff, Joe Roe, said it.', 'Joe Roe')).toEqual(['Joe Roe', 'county sheriff']);
    expect(mentionOf('He spoke to the mayor, Ann Roe, on Friday.', 'Ann Roe')).toEqual(['Ann Roe', 'mayor']);
  });

  it('joins a list closed by "and" inside a body\'s complement, unless its items are bodies of their own', () => {
    expect(mentions('The Department for Transport, Roads and Rural Affairs said it would act.')).toEqual([['Department for Transport, Roads and Rural Affairs', null]]);
    expect(mentions('The Ministry of Health, Harlow Council and Tarn Police said it.').map(([name]) => name)).toEqual(['Ministry of Health', 'Harlow Council', 'Tarn Police']);
  });

  it('joins "and" inside a body\'s "for" complement, but not inside an office\'s', () => {
    expect(mentions('The Authority for Roads and Harbours said it would act.')).toEqual([['Authority for Roads and Harbours', null]]);
    expect(mentionOf('Minister of State for Trade and Industry Ong Kah Heng said it.', 'Ong Kah Heng')).toEqual(['Ong Kah Heng', 'Minister of State for Trade and Industry']);
  });

  it('reads the complement of an office before a name as part of its title, not as a mention of its own', () => {
    expect(mentions('The Minister for Fisheries, Kavya Raman, said the boats would stay.')).toEqual([['Kavya Raman', 'Minister for Fisheries']]);
    expect(mentions('Minister for Fisheries K. Raman said the boats would stay.')).toEqual([['K. Raman', 'Minister for Fisheries']]);
    // A body with its article stays a mention.
    expect(mentions('The director of the Tarn Trust, Ann Roe, said it.')).toEqual([['Tarn Trust', null], ['Ann Roe', 'director of the Tarn Trust']]);
  });

  it('keeps a capitalised title word inside a body\'s name that goes on past it, and reads the title before a person', () => {
    expect(mentions('Harlow General Hospital said four patients were kept overnight.')).toEqual([['Harlow General Hospital', null]]);
    expect(mentions('Harlow Police Chief Ann Roe said the road was closed.')).toEqual([['Ann Roe', 'Harlow Police Chief']]);
  });

  it('reads "and" inside a capitalised body\'s name that modifies a title before a name', () => {
    expect(mentions('Orvia Road and Track Federation president Joseph Mbeki said the ban hurt.')).toEqual([['Joseph Mbeki', 'Orvia Road and Track Federation president']]);
    expect(mentions('Harlow Fire and Rescue Service group manager Lee Vance said the hole had grown.')).toEqual([['Lee Vance', 'Harlow Fire and Rescue Service group manager']]);
  });

  it('reads a title head after "of" as the end of a body\'s name, not before a person\'s name', () => {
    expect(mentions('The Department of Justice said the case was closed.').map(([name]) => name)).toEqual(['Department of Justice']);
    expect(mentions('The Ministry of Defence met Minister of Defence Ana Vell.').map(([name]) => name)).toEqual(['Ministry of Defence', 'Ana Vell']);
  });

  it('keeps a plural possessive inside a body\'s name that goes on to its body\'s word', () => {
    expect(mentions('The Cocoa Growers\' Marketing Board said prices fell.').map(([name]) => name)).toEqual(['Cocoa Growers\' Marketing Board']);
  });

  it('joins "and" after a lone body\'s word into the body named after it, but keeps two named bodies apart', () => {
    expect(mentions('The guards belong to the Rail and Freight Staff Union.').map(([name]) => name)).toEqual(['Rail and Freight Staff Union']);
    expect(mentions('Tarrow Rail and Velm Water Company signed the deal.').map(([name]) => name)).toEqual(['Tarrow Rail', 'Velm Water Company']);
  });

  it('joins "and" inside the "of" part of a body\'s name, but not before a person\'s name', () => {
    expect(mentions('The Union of Printers and Binders said the cuts were reckless.').map(([name]) => name)).toEqual(['Union of Printers and Binders']);
    expect(mentions('He studied at the University of Leeds and Anna Berg taught him.').map(([name]) => name)).toEqual(['University of Leeds', 'Anna Berg']);
  });

  it('reads a title set off before a name no further back than a preposition, a named possessor opening it', () => {
    const text = 'The deal was signed at the Orlin Hall in Varga by Kestria\'s farm minister, Ana Pell, and Deputy Prime Minister Tomas Vik.';
    expect(mentionOf(text, 'Ana Pell')).toEqual(['Ana Pell', 'Kestria\'s farm minister']);
    expect(mentionOf(text, 'Tomas Vik')).toEqual(['Tomas Vik', 'Deputy Prime Minister']);
  });

  it('reads a party and home town tag after a name as no one, and "Cllr" as a title', () => {
    expect(mentions('Sen. Dana Welch, D-Ferndale Park, said the vote would wait.')).toEqual([['Dana Welch', 'Sen.']]);
    expect(mentions('Rep. Omar Vell (R-Ohio) voted no.')).toEqual([['Omar Vell', 'Rep.']]);
    expect(mentionOf('Cllr Ruth Trevelyan (Lab, Harlby North) told the meeting it was wrong.', 'Ruth Trevelyan')).toEqual(['Ruth Trevelyan', 'Cllr']);
  });

  it('reads a club\'s plural name before a playing position or "boss" as part of the title, and a hyphenated modifier whole', () => {
    expect(mentions('Rovers left-back Jamie Corder and Rovers boss Neil Garside spoke.')).toEqual([
      ['Jamie Corder', 'Rovers left-back'],
      ['Neil Garside', 'Rovers boss'],
    ]);
    expect(mentions('On-loan striker Tomi Akande scored.')).toEqual([['Tomi Akande', 'On-loan striker']]);
  });

  it('joins a plural that takes \'s inside a body\'s name, but not a country\'s possessive', () => {
    expect(mentions('The Orvian Fishermen\'s Union said the boats were held.').map(([name]) => name)).toEqual(['Orvian Fishermen\'s Union']);
    expect(mentions('The National Women\'s Law Center sued.').map(([name]) => name)).toEqual(['National Women\'s Law Center']);
    expect(mentions('Yemen\'s Foreign Ministry said no.').map(([name]) => name)).toEqual(['Yemen', 'Foreign Ministry']);
  });

  it('reads an appositive past a party tag in brackets, and none that is a title with another person\'s name', () => {
    const doc = analyse('Cllr Anil Dhar (Lib Dem, Eastgate), the chairman of the planning committee, spoke.');
    expect(findMentions(doc).names[0]!.titles).toEqual(['Cllr', 'chairman of the planning committee']);
    expect(mentionOf('In the House, state Rep. Rosa Ortiz, D-Millbrook, said no.', 'Rosa Ortiz')).toEqual(['Rosa Ortiz', 'state Rep.']);
  });

  it('reads a detective\'s rank before a name and a hyphenated "in-charge" role as titles', () => {
    expect(mentions('DC Sarah Reeve told the court the phone was in use.')).toEqual([['Sarah Reeve', 'DC']]);
    expect(mentionOf('The board\'s investigator-in-charge, Marta Holm, said the blade failed.', 'Marta Holm')).toEqual(['Marta Holm', 'investigator-in-charge']);
  });

  it('gives no comma-set title to a name that is the possessor of the next phrase', () => {
    expect(mentions('It was read by a family liaison officer, Ella\'s mother, Janet Marsh.')).toEqual([
      ['Ella', null],
      ['Janet Marsh', 'Ella\'s mother'],
    ]);
  });

  it('reads a title word tight before a body\'s own word as the start of the body\'s name, not a title', () => {
    expect(mentions('In a statement, the Executive Office of Coastal Affairs said the town had a month.')).toEqual([['Executive Office of Coastal Affairs', null]]);
    expect(mentions('The Executive Committee said it would meet.')).toEqual([['Executive Committee', null]]);
    expect(mentions('Office of Coastal Affairs said it would meet.')).toEqual([['Office of Coastal Affairs', null]]);
    expect(mentions('Executive Director Ana Ruiz said the office would close.')).toEqual([['Ana Ruiz', 'Executive Director']]);
  });

  it('keeps a name used as a modifier apart from the mentions', () => {
    const doc = analyse('Workers left the Bexley Moor Foods plant on Monday.');
    const found = findMentions(doc);
    expect(found.names.map((mention) => spanText(doc.tokens, mention.nameFirst, mention.nameLast))).not.toContain('Bexley Moor Foods');
    expect(found.modifiers.map(({ first, last }) => spanText(doc.tokens, first, last))).toEqual(['Bexley Moor Foods']);
  });

  it('reads no appositive in the next item of a list', () => {
    expect(mentionOf('The talks were led by Ana Pell, and the union chairman, Olaf Rinne.', 'Ana Pell')).toEqual(['Ana Pell', null]);
  });

  it('joins "of the" inside a body\'s name, and an "and" after it, but no person\'s "of the" paper', () => {
    expect(mentions('The Ministry of the Interior and Safety said no.')).toEqual([['Ministry of the Interior and Safety', null]]);
    expect(mentions('Ana Roe of the Harlow Courier said no.').map(([name]) => name)).toEqual(['Ana Roe', 'Harlow Courier']);
  });

  it('joins names across an ampersand, and a chamber\'s "of" part', () => {
    expect(mentions('Orvik & Dahl said the audit was late.').map(([name]) => name)).toEqual(['Orvik & Dahl']);
    expect(mentions('The Tarrant Chamber of Commerce said the market would suffer.').map(([name]) => name)).toEqual(['Tarrant Chamber of Commerce']);
  });

  it('reads an office named after its holder as one body, but no other possessive', () => {
    expect(mentions('The Marlow County Sheriff\'s Office said two fires were set.').map(([name]) => name)).toEqual(['Marlow County Sheriff\'s Office']);
    expect(mentions('Britain\'s Labour Party said it would appeal.').map(([name]) => name)).toEqual(['Britain', 'Labour Party']);
  });

  it('reads a plural possessive inside a body\'s name and a role clause', () => {
    expect(mentions('The Tarrow Farmers\' Union said the ban was late.').map(([name]) => name)).toEqual(['Tarrow Farmers\' Union']);
    const text = 'Ed Vance, who chairs the Marrow Vale Supporters\u2019 Trust, said it was sad.';
    expect(findMentions(analyse(text)).names[0]!.roleClause).toBe('chairs the Marrow Vale Supporters\u2019 Trust');
  });

  it('reads a one-token hyphenated role as a title head', () => {
    expect(mentionOf('The university\'s vice-chancellor, Dr Helen Marlow, spoke first.', 'Dr Helen Marlow')).toEqual(['Dr Helen Marlow', 'vice-chancellor']);
  });

  it('reads a playing position before a name as its title', () => {
    expect(mentionOf('The club sold striker Callum Breck on Friday.', 'Callum Breck')).toEqual(['Callum Breck', 'striker']);
    expect(mentionOf('Rovers goalkeeper Tom Hale saved twice.', 'Tom Hale')).toEqual(['Tom Hale', 'Rovers goalkeeper']);
  });

  it('reads no name in a dateline', () => {
    expect(mentions('HALDEN — Halden Rowing Club said its coach would retire.').map(([name]) => name)).toEqual(['Halden Rowing Club']);
    expect(mentions('BRENNER FALLS (AP) - Dale Voss said the diner would stay.').map(([name]) => name)).toEqual(['AP', 'Dale Voss']);
  });

  it('reads a participle in -ed inside an appositive as part of the title', () => {
    expect(mentionOf('Tully, the ferry\'s licensed operator, starts at six.', 'Tully')).toEqual(['Tully', 'licensed operator']);
    expect(mentionOf('Pia Lund, a retired schoolteacher, won the seat.', 'Pia Lund')).toEqual(['Pia Lund', 'retired schoolteacher']);
  });

  it('reads a noun the tagger took for a verb or an adjective as the head of an appositive, past an age', () => {
    expect(mentionOf('Marta Oduya, 39, a sanitation crew lead on the night shift, spoke first.', 'Marta Oduya')).toEqual([
      'Marta Oduya', 'sanitation crew lead on the night shift',
    ]);
    expect(mentionOf('Tom Riggs, a senior at the high school, spoke first.', 'Tom Riggs')).toEqual(['Tom Riggs', 'senior at the high school']);
    expect(mentionOf('Dr Owen Pell, a GP in the town, spoke first.', 'Dr Owen Pell')).toEqual(['Dr Owen Pell', 'GP in the town']);
    // A superlative describes a body as often as a person; a verb with its own ending is no noun.
    expect(mentionOf('The Greens, the smallest of the three parties, spoke first.', 'Greens')).toEqual(['Greens', null]);
    expect(mentionOf('Tom Riggs, a baker worked there, spoke first.', 'Tom Riggs')).toEqual(['Tom Riggs', null]);
  });

  it('reads a title head that opens a body\'s name as a word of the name, and one before a person\'s name as a title', () => {
    expect(mentions('The Premier Hockey League said revenue rose.')).toEqual([['Premier Hockey League', null]]);
    expect(mentions('The Premier Women’s Basketball League said revenue rose.')).toEqual([['Premier Women’s Basketball League', null]]);
    expect(mentions('Premier Ana Ruiz said revenue rose.')).toEqual([['Ana Ruiz', 'Premier']]);
    // A plural title that marks a body continues the name before it.
    expect(mentions('The Communications Workers of America said the cuts were wrong.')).toEqual([['Communications Workers of America', null]]);
    expect(mentions('Workers at the plant said the cuts were wrong.')).toEqual([]);
  });

  it('reads a lower-case agent noun the lexicon does not list as the title before a full name', () => {
    expect(mentions('Harbour master Colm Tierney said boats stayed in port.')).toEqual([['Colm Tierney', 'Harbour master']]);
    expect(mentions('The storm hit hard, said Civil Defence controller Mere Tane.')).toEqual([['Mere Tane', 'Civil Defence controller']]);
    // Not a noun after a determiner (a relative clause follows), nor a word of time.
    expect(mentions('The letter Ann Roe sent was long.')).toEqual([['Ann Roe', null]]);
    expect(mentions('Last winter Ann Roe moved.')).toEqual([['Ann Roe', null]]);
    // Capitalised where a sentence opens, before a known first name; a first name itself stays the name's.
    expect(mentions('Commuter Brendan Fahy said he was late.')).toEqual([['Brendan Fahy', 'Commuter']]);
    expect(mentions('Peter John Marsh said he was late.')).toEqual([['Peter John Marsh', null]]);
  });

  it('reads an agent noun the lexicon lacks as the head of a title set off by a comma before the name', () => {
    expect(mentionOf("The council's emergency management controller, Kirsten Hale, spoke.", 'Kirsten Hale')).toEqual([
      'Kirsten Hale', 'emergency management controller',
    ]);
    expect(mentionOf('The road was shut for the winter, Kirsten Hale said.', 'Kirsten Hale')).toEqual(['Kirsten Hale', null]);
  });

  it('reads a participle after the head as part of a title set off by a comma', () => {
    expect(mentions('Counsel assisting the board, Naomi Sinclair, spoke. The lawyer representing the family, Tom Hale, agreed.')).toEqual([
      ['Naomi Sinclair', 'Counsel assisting the board'], ['Tom Hale', 'lawyer representing the family'],
    ]);
  });

  it('reads British police ranks written without points as titles', () => {
    expect(mentions('Det Insp Karen Walsh spoke. Sgt Tom Reyl and PC Ann Lowe agreed.')).toEqual([
      ['Karen Walsh', 'Det Insp'], ['Tom Reyl', 'Sgt'], ['Ann Lowe', 'PC'],
    ]);
  });

  it('reads "Prof" and "Prof." as a title, not a word of the name', () => {
    expect(mentions('Prof Aoife Brennan spoke. Prof. Ian Marsh agreed.')).toEqual([['Aoife Brennan', 'Prof'], ['Ian Marsh', 'Prof.']]);
  });

  it('reads letters after a name as neither part of it nor a mention, and the appositive past them', () => {
    expect(mentions("Lyle's barrister, Simon Prowse KC, said his client would appeal. Mr Prowse left.")).toEqual([
      ['Lyle', null], ['Simon Prowse', "Lyle's barrister"], ['Mr Prowse', null],
    ]);
    expect(mentionOf('Ann Roe OBE, the charity\'s founder, spoke.', 'Ann Roe')).toEqual(['Ann Roe', 'founder']);
  });

  it('reads a title set off by a comma after an opening phrase, and one before a title written onto the name', () => {
    const opened = 'Speaking outside the count, the party\'s leader on the council, Ruth Ames, said turnout was low.';
    expect(mentionOf(opened, 'Ruth Ames')).toEqual(['Ruth Ames', 'leader on the council']);
    expect(mentionOf('Also, the lawmaker representing Tarn North, Ade Omoni, said he would act.', 'Ade Omoni')).toEqual(['Ade Omoni', 'lawmaker representing Tarn North']);
    expect(mentionOf('The Ministry of Health spokesperson, Mr Denis Kato, said it.', 'Mr Denis Kato')).toEqual(['Mr Denis Kato', 'Ministry of Health spokesperson']);
    expect(mentions('A Harlow-based lawyer, Obi Udeh, said it.')).toEqual([['Obi Udeh', 'Harlow-based lawyer']]);
    expect(mentions('Harlow High School boys’ hockey coach Mike Sund said it.')).toEqual([['Mike Sund', 'Harlow High School boys’ hockey coach']]);
    expect(mentions('The state’s party convention chair Ana Roe said it.')).toEqual([['Ana Roe', 'party convention chair']]);
    expect(mentions('The Ohio-born senator Ana Roe said it. Ana Lapointe-Roy agreed.')).toEqual([['Ana Roe', 'Ohio-born senator'], ['Ana Lapointe-Roy', null]]);
    const doc = analyse('The Liberal Democrat leader on the council, Cllr Ruth Ames, said turnout was low.');
    expect(findMentions(doc).names.map((mention) => mention.titles)).toEqual([['Liberal Democrat leader on the council', 'Cllr']]);
  });

  describe('a name is a mention, not a modifier', () => {
    it('when the noun-tagged word after a bare surname has an article after it', () => {
      expect(mentions('Lisa Chen sits on the board. Chen cast the only vote in favour.')).toEqual([['Lisa Chen', null], ['Chen', null]]);
      expect(mentions('The NATO summit ended.')).toEqual([]);
    });

    it('when a title stands before a full name whose verb wink tags as a noun', () => {
      expect(mentionOf('Council candidate Petra Lindqvist signs petitions at the market.', 'Petra Lindqvist')).toEqual([
        'Petra Lindqvist',
        'Council candidate',
      ]);
    });

    it('when a verb of speech follows, whatever its tag', () => {
      expect(mentionOf('In a call with investors, Halvard chief executive Ines Moe said costs were rising.', 'Ines Moe')).toEqual([
        'Ines Moe',
        'Halvard chief executive',
      ]);
    });

    it('but a lone capitalised word after a lower-case title word still modifies the next noun', () => {
      expect(mentionOf('It reflected a general Marenian bias toward the north.', 'Marenian')).toBeUndefined();
    });
  });

  describe('bodies and places', () => {
    it.each([
      ['The Royal Bank of Lough Ardal Group said it would appeal.', 'Royal Bank of Lough Ardal Group'],
      ['The Harbour Board of Kilbeggan met on Tuesday.', 'Harbour Board of Kilbeggan'],
      ['The Fisheries and Ports Authority said nothing.', 'Fisheries and Ports Authority'],
    ])('reads a body named across "of" or "and" as one name: %s', (text, name) => {
      expect(mentionOf(text, name)).toEqual([name, null]);
    });

    it('keeps a person and a place apart, and gives the appositive to the person', () => {
      const found = mentions('Aidan Rourke of Kilbeggan, a former harbour master, said the boats were empty.');
      expect(found).toEqual([
        ['Aidan Rourke', 'former harbour master'],
        ['Kilbeggan', null],
      ]);
    });

    it('gives no title to a name that is the object of the title\'s preposition', () => {
      expect(mentionOf('Voters lashed out at the party nominee on Chirper on Monday.', 'Chirper')).toEqual(['Chirper', null]);
    });
  });

  describe('the name is the name', () => {
    it.each([
      ['House Republican Tamsin Orwell said the vote would fail.', 'Tamsin Orwell', 'House Republican'],
      ['Democrat Ana Ruiz said the vote would fail.', 'Ana Ruiz', 'Democrat'],
      ['Representatives Marcus T. Delaine of Ohio and Jo Pratt wrote to the board.', 'Marcus T. Delaine', 'Representatives'],
      ['Councilmen Tom Abelard and Ray Quist left early.', 'Tom Abelard', 'Councilmen'],
    ])('a party noun or plural title before it is a title: %s', (text, name, title) => {
      expect(mentionOf(text, name)).toEqual([name, title]);
    });

    it('reads a long appositive to the end of the name it ends in, never cutting the name', () => {
      expect(mentionOf('"We are ready," said Ana Ruiz, chief of operations for the Harlow Port Authority\'s Dunmore River District.', 'Ana Ruiz')).toEqual([
        'Ana Ruiz',
        "chief of operations for the Harlow Port Authority's Dunmore River District",
      ]);
      expect(mentionOf('"We are ready," said Ana Ruiz, a professor of law and public policy at Tarn University School of Law.', 'Ana Ruiz')).toEqual([
        'Ana Ruiz',
        'professor of law and public policy at Tarn University School of Law',
      ]);
    });

    it.each([
      ['Botanist Ravi Dhumal said the survey was rushed.', 'Ravi Dhumal', 'Botanist'],
      ['Oceanographer Lena Voss said the reef was bleaching.', 'Lena Voss', 'Oceanographer'],
      ['Agriculture PS Tom Kibet said the depots would be audited.', 'Tom Kibet', 'Agriculture PS'],
      ['Sheep and beef farmer Tom Hale said the fire was close.', 'Tom Hale', 'Sheep and beef farmer'],
      ['Trump and county commissioner Tom Hale said the fire was close.', 'Tom Hale', 'county commissioner'],
    ])('a profession before a name is its title, not part of the name: %s', (text, name, title) => {
      expect(mentionOf(text, name)).toEqual([name, title]);
    });

    it('reads past the reach to the end of a body named after small words, and never ends a title on one', () => {
      expect(mentionOf('"No," said Tomas Reyl, a former adviser to President Tom Ruiz and a former director of the Harlow Budget Office.', 'Tomas Reyl')).toEqual([
        'Tomas Reyl',
        'former adviser to President Tom Ruiz and a former director of the Harlow Budget Office',
      ]);
      expect(mentionOf('"No," said Tomas Reyl, a senior fellow at the Center on Budget and Housing Policy Priorities and a former aide.', 'Tomas Reyl')?.[1]).not.toMatch(/ (and|a|of|the)$/);
    });

    it('keeps a region set off after a town in a title, but not a person listed after it', () => {
      expect(mentionOf('"It was late," said Ana Ruiz, a retired dentist in Harlow, Tarkent.', 'Ana Ruiz')).toEqual(['Ana Ruiz', 'retired dentist in Harlow, Tarkent']);
      expect(mentionOf('Ana Ruiz, a nurse from Dunmore, New South Wales, said it was late.', 'Ana Ruiz')).toEqual(['Ana Ruiz', 'nurse from Dunmore, New South Wales']);
      expect(mentionOf('"It was late," said Ana Ruiz, a dentist in Harlow, Tom Hale, a farmer, and others.', 'Ana Ruiz')).toEqual(['Ana Ruiz', 'dentist in Harlow']);
      expect(mentionOf('"I bought 20 bags," said Ana Ruiz, a farmer in Tarla village, Kosei subcounty.', 'Ana Ruiz')).toEqual([
        'Ana Ruiz',
        'farmer in Tarla village, Kosei subcounty',
      ]);
    });

    it('keeps a person named with a title as the complement of a role in the title, and as a mention of their own', () => {
      const text = '"We will not fine anyone," said Dana Pell, a spokeswoman for County Executive Ana Ruiz (D). Ruiz said little.';
      expect(mentionOf(text, 'Dana Pell')).toEqual(['Dana Pell', 'spokeswoman for County Executive Ana Ruiz']);
      expect(mentionOf(text, 'Ana Ruiz')).toEqual(['Ana Ruiz', 'County Executive']);
      expect(mentionOf('"No," said Dana Pell, an aide to Senator Ana Ruiz.', 'Dana Pell')).toEqual(['Dana Pell', 'aide to Senator Ana Ruiz']);
      // An office's domain after "of" is no role it serves: the name after its title is another person's.
      expect(mentionOf('In the House, Speaker of the House Rep. Ana Ruiz said no.', 'Ana Ruiz')?.[0]).toBe('Ana Ruiz');
    });

    it('keeps a body named after a party whole', () => {
      expect(mentionOf('The Republican National Committee said no.', 'Republican National Committee')).toEqual(['Republican National Committee', null]);
    });

    it('reads a first name that is also a title as the first name', () => {
      expect(mentionOf('"It is late," said Dean Farrow, an economist at Lynde College.', 'Dean Farrow')).toEqual([
        'Dean Farrow',
        'economist at Lynde College',
      ]);
      expect(mentionOf('Lynde College Dean Farrow said no.', 'Farrow')).toEqual(['Farrow', 'Lynde College Dean']);
    });

    it('reads a quoted nickname as part of the name, with valid offsets', () => {
      const text = 'Retired firefighter Jake "Tug" Mallory said he was there.';
      const doc = analyse(text);
      const [mention] = findMentions(doc).names;
      const name = text.slice(doc.tokens[mention!.nameFirst]!.start, doc.tokens[mention!.nameLast]!.end);
      expect(name).toBe('Jake "Tug" Mallory');
      expect(mention!.words.map((token) => token.text)).toEqual(['Jake', '"', 'Tug', '"', 'Mallory']);
    });

    it.each([
      ['At the hearing, former Navy pilot Ann “Ace” Morrow said the runway was short.', 'Ann “Ace” Morrow', 'former Navy pilot'],
      ['On the boardwalk, former actor Dwayne "The Rock" Hollis signed photographs.', 'Dwayne "The Rock" Hollis', 'former actor'],
      ['Later, former CIA analyst and Army veteran Ann “Ace” Morrow said it again.', 'Ann “Ace” Morrow', 'former CIA analyst and Army veteran'],
      ['Later, retired pilot and Marine Ann “Ace” Morrow said it again.', 'Ann “Ace” Morrow', 'retired pilot and Marine'],
      ['As reported by the Dunmore Ledger, retired pilot Ann “Ace” Morrow said it again.', 'Ann “Ace” Morrow', 'retired pilot'],
      ['At the dinner, former governor William Jefferson "Bill" Tarrant thanked the staff.', 'William Jefferson "Bill" Tarrant', 'former governor'],
      ['On Monday, Rep. Mary Ann "Bee" Lowe said the vote was close.', 'Mary Ann "Bee" Lowe', 'Rep.'],
    ])('reads a quoted nickname of one to three words inside the name, and the title before it: %s', (text, name, title) => {
      expect(mentionOf(text, name)).toEqual([name, title]);
    });

    it('reads no nickname of four words or a lower-case one into the name', () => {
      expect(mentions('Coach Ed "The Big Bad Wolf" Brannock said no.').map(([name]) => name)).not.toContain('Ed "The Big Bad Wolf" Brannock');
      expect(mentions('Coach Ed "the wolf" Brannock said no.').map(([name]) => name)).not.toContain('Ed "the wolf" Brannock');
    });
  });

  describe('a role written as a relative clause', () => {
    /** The role clause of the mention whose name is `name`. */
    const roleClause = (text: string, name: string): string | null | undefined => {
      const doc = analyse(text);
      return findMentions(doc).names.find((mention) => spanText(doc.tokens, mention.nameFirst, mention.nameLast) === name)?.roleClause;
    };

    it.each([
      ['"It was never funded," said Eric Dane, who chairs the history department at Lakeview College.', 'Eric Dane', 'chairs the history department at Lakeview College'],
      ['Mara Voss, who heads a project on water policy for the Tern Institute, said the figures were old.', 'Mara Voss', 'heads a project on water policy for the Tern Institute'],
      ['Ola Brandt, 61, who co-founded the Dunmore Food Bank, said the shelves were bare.', 'Ola Brandt', 'co-founded the Dunmore Food Bank'],
      ['Ines Moe, who now runs the ferry office in Kellbach, said the boats were late.', 'Ines Moe', 'runs the ferry office in Kellbach'],
      ['Ines Moe, who teaches at Lynde College, said the boats were late.', 'Ines Moe', 'teaches at Lynde College'],
      ['Ines Moe, who runs a bakery that supplies the school, said no.', 'Ines Moe', 'runs a bakery that supplies the school'],
      ['Ines Moe, who heads the unit that the council funds, said no.', 'Ines Moe', 'heads the unit that the council funds'],
      ['Ines Moe, who runs a bakery that was sold and closed, said no.', 'Ines Moe', 'runs a bakery'],
      ['Ines Moe, who manages the depot and says it is full, was not surprised.', 'Ines Moe', 'manages the depot'],
      ["Ines Moe, who runs the union's lobbying arm, said no.", 'Ines Moe', "runs the union's lobbying arm"],
      ['Ines Moe, who runs a small polling firm in Kellbach, said no.', 'Ines Moe', 'runs a small polling firm in Kellbach'],
    ])('reads the clause from its verb to the comma or the end of the sentence: %s', (text, name, clause) => {
      expect(roleClause(text, name)).toBe(clause);
    });

    it.each([
      ['Ines Moe, who owns a laundromat, said no.'],
      ['Ines Moe, who runs for mayor in May, said no.'],
      ['Ines Moe, who said the boats were late, left early.'],
      ['Ines Moe runs the ferry office, who knew.'],
    ])('reads no role from another clause: %s', (text) => {
      expect(roleClause(text, 'Ines Moe')).toBeNull();
    });
  });

  describe('headlines and datelines', () => {
    it('reads no name out of a headline, even one with small words or a final stop', () => {
      expect(mentions('Why Voters Are Deserting the Harwell Party Machine.\n\nThe vote is on Monday.')).toEqual([]);
      expect(mentions('Coastal Bank Abruptly Drops Westmark Network KV.\n\nIt said so.')).toEqual([]);
    });

    it('finds a first name and surname, or a speaker before a colon, in a headline', () => {
      expect(mentions('Why Progressives Are Cheering Ana Ruiz Tonight\n\nShe won.')).toEqual([['Ana Ruiz', null]]);
      expect(mentions('Dana Orr: We Will Rebuild the Pier\n\nShe spoke.')).toEqual([['Dana Orr', null]]);
    });

    it('lets no dateline into a title', () => {
      expect(mentionOf('HARWELL - Senator Ada Kovacs said the bill was dead.', 'Ada Kovacs')).toEqual(['Ada Kovacs', 'Senator']);
    });
  });

  describe('false titles', () => {
    it('does not read an ordinal as a title', () => {
      expect(mentionOf('First, Tom Abelard attacked the plan.', 'Tom Abelard')).toEqual(['Tom Abelard', null]);
      expect(mentions('First, Tom Abelard attacked the plan.').map(([name]) => name)).toEqual(['Tom Abelard']);
    });

    it('reads a title phrase whole', () => {
      expect(mentionOf('First Lady Ann Cole visited the school.', 'Ann Cole')).toEqual(['Ann Cole', 'First Lady']);
      expect(mentionOf('White House chief of staff Tom Lee said no.', 'Tom Lee')).toEqual(['Tom Lee', 'White House chief of staff']);
    });

    it('takes no comma-set title from a predicate', () => {
      expect(mentionOf('As the first woman to be mayor, Orr offered a plan.', 'Orr')).toEqual(['Orr', null]);
    });
  });

  describe('titles at the name', () => {
    it.each([
      ['Murat Oz, acting political director of Civic Action, said no.', 'Murat Oz', 'acting political director of Civic Action'],
      ['Dan Mertens, managing partner of the bank Westwood Lane, said no.', 'Dan Mertens', 'managing partner of the bank Westwood Lane'],
      ['Mia Voss, an adviser to media and tech start-ups, said no.', 'Mia Voss', 'adviser to media and tech start-ups'],
      ['Sara Lind, 44, a home-care aide from Dunmore, said no.', 'Sara Lind', 'home-care aide from Dunmore'],
      ['Ben Hale, the Republican front-runner, said no.', 'Ben Hale', 'Republican front-runner'],
      ['Ivo Petrak, co-director of the Center for Fair Work, said no.', 'Ivo Petrak', 'co-director of the Center for Fair Work'],
    ])('reads the appositive of %s', (text, name, title) => {
      expect(mentionOf(text, name)).toEqual([name, title]);
    });

    it('keeps coordinated heads together', () => {
      expect(mentionOf('Filmmaker and best-selling author Ravi Sen said no.', 'Ravi Sen')).toEqual(['Ravi Sen', 'Filmmaker and best-selling author']);
    });

    it('reads a comma-set title with its complement, and a kinship noun', () => {
      expect(mentionOf('Another delegate on the Orr slate, Jim Pell, said no.', 'Jim Pell')).toEqual(['Jim Pell', 'delegate on the Orr slate']);
      expect(mentionOf('His daughter, Lena Marsh, said no.', 'Lena Marsh')).toEqual(['Lena Marsh', 'daughter']);
    });

    it('takes no comma-set title from the appositive of the name before', () => {
      expect(mentionOf('Jo Abt, a planner in Kellbach, Harwell’s twin town, said no.', 'Harwell')?.[1] ?? null).toBeNull();
    });
  });
});

describe('findMentions: title modifiers and professions', () => {
  it('reads a verb-tagged modifier between a determiner and a title head ("Its lead author")', () => {
    expect(mentions('Its lead author, Nadia Okoro, said the money was wasted.')).toEqual([['Nadia Okoro', 'lead author']]);
  });

  it('reads a profession in "-ologist" as a role, so it outranks a one-word office before the name', () => {
    const doc = documentOf('Professor Ewan Bell, an archaeologist at the University of Dunmore, said the loss was grave.');
    expect(doc.entities.list[0]?.title).toBe('archaeologist at the University of Dunmore');
  });
});

describe('findMentions: an office with "of the" before a name', () => {
  it('reads the capitalised words before a first name or initials as the office\'s complement', () => {
    expect(mentions('Leader of the Opposition M.K. Rao called the hike a burden.')).toEqual([['M.K. Rao', 'Leader of the Opposition']]);
    expect(mentions('Deputy Leader of the Opposition Mary Rao said it.')).toEqual([['Mary Rao', 'Deputy Leader of the Opposition']]);
  });

  it('leaves a body named after "of the" whole when no person\'s name starts inside it', () => {
    expect(mentions('The chairman of the Federal Reserve said it.')).toEqual([['Federal Reserve', null]]);
  });
});

describe('findMentions: abbreviated titles and honorifics that wink splits', () => {
  it('reads "Supt." and "Det. Insp." as titles and "Atty." and "Engr." as honorifics', () => {
    expect(mentions('Supt. Tom Hale said the road was shut.')).toEqual([['Tom Hale', 'Supt.']]);
    expect(mentions('Det. Insp. Ann Roe said it.')).toEqual([['Ann Roe', 'Det. Insp.']]);
    expect(mentions('Provincial environment officer Engr. Tess Cabral said it.')).toEqual([['Engr. Tess Cabral', 'Provincial environment officer']]);
  });

  it('reads the Canadian "Coun." as a title that a role clause after the name does not replace', () => {
    expect(mentions('Coun. Mira Szabo, who sits on the parks board, said the trees would stay.')).toEqual([['Mira Szabo', 'Coun.']]);
  });
});

describe('findMentions: honorifics of two words', () => {
  /** Each name mention's own words, without honorifics, and the gender its honorific tells. */
  const named = (text: string) => findMentions(analyse(text)).names.map((mention) => [mention.words.map((token) => token.text).join(' '), mention.honorific ?? null]);

  it('reads a clergy style ("the Very Rev", "the Rt Rev") as an honorific, leaving the office set off before it as the title', () => {
    expect(mentionOf('The Dean of Orlow, the Very Rev Dr Ines Hart, spoke.', 'Very Rev Dr Ines Hart')).toEqual(['Very Rev Dr Ines Hart', 'Dean of Orlow']);
    expect(named('The Rt Rev Tom Abell spoke.')).toEqual([['Tom Abell', null]]);
  });

  it('reads "Tan Sri", "Datuk Seri" and "Puan Sri" as honorifics, and their words alone as names', () => {
    expect(named('Tan Sri Rosli Hamid opened the bridge.')).toEqual([['Rosli Hamid', 'male']]);
    expect(named('Datuk Seri Farah Iskandar opened the bridge.')).toEqual([['Farah Iskandar', null]]);
    expect(named('Puan Sri Zaleha Omar opened the bridge.')).toEqual([['Zaleha Omar', 'female']]);
    expect(named('Tan Wei Ming opened the bridge near Seri Kembang.')).toEqual([['Tan Wei Ming', null], ['Seri Kembang', null]]);
  });
});

describe('findMentions: Chinese and Korean given names', () => {
  it('reads a hyphened two-syllable given name with its second syllable in lower case as the end of the name', () => {
    expect(mentions('Dr Ronald Fung Chi-keung said it. Moon Jae-in said it.').map(([name]) => name)).toEqual(['Dr Ronald Fung Chi-keung', 'Moon Jae-in']);
    expect(mentions('Governor Seo Min-chul said it. Farmer Han Da-eun said it.').map(([name]) => name)).toEqual(['Seo Min-chul', 'Han Da-eun']);
  });

  it('does not join a word after a hyphen that is no syllable, or one after a lone word', () => {
    expect(mentions('The Obama-era rules stay, Sen. Ann Roe said.').map(([name]) => name)).toEqual(['Obama', 'Ann Roe']);
  });
});

describe('findMentions: stacked and bracketed honorifics', () => {
  it('keeps "Rt. Hon.", "Dr (Mrs)" and "Alhaji" out of the name and reads the comma-set office before them', () => {
    const doc = documentOf('The Speaker of the Assembly, Rt. Hon. Ibrahim Kolade, spoke. The Commissioner for Budget and Planning, Dr (Mrs) Ada Obi, agreed. Reacting, the Commissioner for Information, Alhaji Musa Bello, disagreed.');
    expect(doc.entities.list.filter((entity) => entity.person).map((entity) => [entity.name, entity.title, entity.gender])).toEqual([
      ['Ibrahim Kolade', 'Speaker of the Assembly', null],
      ['Ada Obi', 'Commissioner for Budget and Planning', 'female'],
      ['Musa Bello', 'Commissioner for Information', 'male'],
    ]);
  });
});

describe('findMentions: possessives inside titles', () => {
  it('keeps a plural possessive that starts a premodifier title, and a possessive right after "a", which classifies', () => {
    expect(mentions('Students’ union president Gwen Prys said it.')).toEqual([['Gwen Prys', 'Students’ union president']]);
    expect(mentionOf('Zhao Yu, 24, a master’s student in marine biology, said it.', 'Zhao Yu')).toEqual(['Zhao Yu', 'master’s student in marine biology']);
    expect(mentionOf('Ann Roe, the hospital’s chief executive, said it.', 'Ann Roe')).toEqual(['Ann Roe', 'chief executive']);
  });

  it('keeps a hyphened name whole as the possessor of a kin title', () => {
    expect(mentionOf('Lena Marsh-Dale won. Marsh-Dale\'s father, Sylvain Dale, said it.', 'Sylvain Dale')).toEqual(['Sylvain Dale', 'Marsh-Dale\'s father']);
  });
});

describe('findMentions: party tags and offices of other parliaments', () => {
  it('reads the Wall Street Journal\'s "(R., Idaho)" as a party tag, no one\'s name', () => {
    expect(mentions('Sen. Dale Horn (R., Idaho) said it.').map(([name]) => name)).not.toContain('R.');
    expect(mentionOf('Sen. Dale Horn (R., Idaho) said it.', 'Dale Horn')).toEqual(['Dale Horn', 'Sen.']);
  });

  it('reads the South African "MEC" as a title head', () => {
    expect(mentionOf('The provincial MEC for local government, Zanele Booi, said it.', 'Zanele Booi')).toEqual(['Zanele Booi', 'provincial MEC for local government']);
  });

  it('reads the Welsh "MS" in capitals as a title head, not the honorific "Ms", and "Sec." after an acronym as a title', () => {
    expect(mentions('Ynys Fawr MS Carys Pugh said it.')).toEqual([['Carys Pugh', 'Ynys Fawr MS']]);
    expect(mentions('Ms Carys Pugh said it.')).toEqual([['Ms Carys Pugh', null]]);
    expect(mentions('DOTr Sec. Ana Cruz said it.')).toEqual([['Ana Cruz', 'DOTr Sec.']]);
  });

  it('reads a name after "a" role and its link whole, as the complement\'s, not as a person titled by the role and an acronym', () => {
    expect(mentions('A spokesperson for EPA Tarnland said it.')).toEqual([['EPA Tarnland', null]]);
    expect(mentions('NATO envoy Nicholas Burns said it.')).toEqual([['Nicholas Burns', 'NATO envoy']]);
  });

  it('leaves a body\'s acronym in brackets out of an appositive title, though the appositive runs past it', () => {
    const doc = analyse('Tomo Hadi, chairman of the Harlow Street Vendors Association (HSVA), said it.');
    const [mention] = findMentions(doc).names;
    expect([mention?.title, doc.tokens[mention!.last]!.text]).toEqual(['chairman of the Harlow Street Vendors Association', ')']);
  });

  it('reads "MD" in capitals as a managing director\'s title and "Md" as the short Mohammad of a Bangladeshi name', () => {
    expect(mentions('Orrin Foods MD Ravi Nair said it.')).toEqual([['Ravi Nair', 'Orrin Foods MD']]);
    expect(mentions('Md Karim Uddin said it.')).toEqual([['Md Karim Uddin', null]]);
  });

  it('reads a seat or office with "and" before a capitalised head, the South African "MMC", and a guard service as a body', () => {
    expect(mentionOf('Harlow and Eastmoor MP Ruth Okafor said it.', 'Ruth Okafor')).toEqual(['Ruth Okafor', 'Harlow and Eastmoor MP']);
    expect(mentionOf('Rook and Ohio Sen. Ada Vell traded barbs.', 'Ada Vell')).toEqual(['Ada Vell', 'Ohio Sen.']);
    expect(mentions('Transport MMC Lerato Khumalo said it.')).toEqual([['Lerato Khumalo', 'Transport MMC']]);
    const doc = documentOf('The Orlow Coast Guard said it.');
    expect(doc.entities.list.map((entity) => [entity.name, entity.organisation])).toEqual([['Orlow Coast Guard', true]]);
  });

  it('reads the Kenyan "MCA" and the Indian "Collector" as title heads, not words of the name', () => {
    expect(mentions('Kilungu Ward MCA Esther Mwende said it.')).toEqual([['Esther Mwende', 'Kilungu Ward MCA']]);
    expect(mentions('District Collector V. Anand said it.')).toEqual([['V. Anand', 'District Collector']]);
  });
});

describe('findMentions: a title head that is also a first name, after a title', () => {
  it('reads "Dean" after a lower-case title head as the first name, and after a capitalised body as the title', () => {
    expect(mentions('Opposition environment spokesman Dean Kouros said it.')).toEqual([['Dean Kouros', 'Opposition environment spokesman']]);
    expect(mentionOf('Harvard Dean Baker said it.', 'Baker')).toEqual(['Baker', 'Harvard Dean']);
  });
});

describe('findMentions: verb forms and adjectives that the tagger gives a title\'s words', () => {
  it('reads a verb\'s form after a named possessor as a modifier of the title head it leads to', () => {
    expect(mentionOf('Ann Vey, Tarrow Mills\' lead independent director, said it.', 'Ann Vey')).toEqual(['Ann Vey', 'Tarrow Mills\' lead independent director']);
    expect(mentionOf('Tarrow\'s lead independent director, Ann Vey, said it.', 'Ann Vey')).toEqual(['Ann Vey', 'Tarrow\'s lead independent director']);
  });

  it('reads an adjective after "a" and before a relative word as the appositive\'s noun', () => {
    expect(mentionOf('Dale Ibsen, a senior who pitched the last inning, said it.', 'Dale Ibsen')).toEqual(['Dale Ibsen', 'senior']);
  });
});

describe('findMentions: appositive titles with a possessive or an acronym inside their complement', () => {
  it('drops a common possessor before the head only, and keeps an acronym in brackets', () => {
    expect(mentionOf('Jo Hale, the council\'s cabinet member for children\'s services, spoke.', 'Jo Hale')).toEqual(['Jo Hale', 'cabinet member for children\'s services']);
    expect(mentionOf('Ian Moss, the governor\'s chief policy adviser, spoke.', 'Ian Moss')).toEqual(['Ian Moss', 'chief policy adviser']);
    expect(mentionOf('Ama Owusu, Member of Parliament (MP) for Tano East, spoke.', 'Ama Owusu')).toEqual(['Ama Owusu', 'Member of Parliament (MP) for Tano East']);
  });

  it('reads a person counted by their children before a name ("Mum-of-three X") as the title', () => {
    expect(mentions('Dad-of-two Owen Reese spoke.')).toEqual([['Owen Reese', 'Dad-of-two']]);
    expect(mentions('Cardiff dad-of-two Owen Reese spoke.')).toEqual([['Owen Reese', 'Cardiff dad-of-two']]);
    expect(mentions('The dad-of-two Owen Reese spoke.')).toEqual([['Owen Reese', 'dad-of-two']]);
  });

  it('reads "Chief" after an office set off before the name, and on that person\'s later mentions, as a style, not the title', () => {
    const doc = analyse('The President-General of Umeke community, Chief Tobore Ese-Akpo, spoke. Later Chief Ese-Akpo left.');
    const found = findMentions(doc);
    expect(found.names.map((mention) => [spanText(doc.tokens, mention.nameFirst, mention.nameLast), mention.title, mention.honorific])).toEqual([
      ['Chief Tobore Ese-Akpo', 'President-General of Umeke community', null],
      ['Chief Ese-Akpo', null, null],
    ]);
    expect(mentions('Chief Dale Roe, who has led the department since 2011, spoke.')).toEqual([['Dale Roe', 'Chief']]);
  });

  it('reads an expatriate with the nationality, a vet and a ghillie before the name as titles', () => {
    expect(mentions('Indian expat Priya Menon spoke.')).toEqual([['Priya Menon', 'Indian expat']]);
    expect(mentions('Cookstown vet Aine Quinn spoke.')).toEqual([['Aine Quinn', 'Cookstown vet']]);
    expect(mentions('Local ghillie Tam Ross spoke.')).toEqual([['Tam Ross', 'Local ghillie']]);
  });

  it('reads the British school job "dinner lady" before a name as a title, not an honorific', () => {
    expect(mentions('Dinner lady Joan Ferris spoke.')).toEqual([['Joan Ferris', 'Dinner lady']]);
  });
});

describe('findMentions: a body set off after a capitalised title', () => {
  it('reads "Deputy Director, Fire and Rescue Services" whole as the appositive title, and a lone title alone', () => {
    expect(mentionOf('R. Selvam, Joint Director, Public Health Department, spoke.', 'R. Selvam')).toEqual(['R. Selvam', 'Joint Director, Public Health Department']);
    expect(mentionOf('R. Selvam, Joint Director, spoke to Anna Berg.', 'R. Selvam')).toEqual(['R. Selvam', 'Joint Director']);
  });
});

describe('findMentions: Nigerian union offices set off before the name', () => {
  it('reads "Comrade" as an honorific and a long office before it whole, without the body\'s acronym in brackets', () => {
    const text = 'The Chairman of the Ikire branch of the Association of Academic Staff Unions (AASU), Comrade Tunde Bakare, spoke.';
    expect(mentionOf(text, 'Comrade Tunde Bakare')).toEqual(['Comrade Tunde Bakare', 'Chairman of the Ikire branch of the Association of Academic Staff Unions']);
    expect(findMentions(analyse(text)).names.at(-1)!.words.map((token) => token.text)).toEqual(['Tunde', 'Bakare']);
  });

  it('keeps a title word inside a body\'s name after "of", and reads a diocese as a body', () => {
    expect(mentions('The Association of Academic Staff Unions met.').map(([name]) => name)).toEqual(['Association of Academic Staff Unions']);
    expect(mentions('The Diocese of Marwick met.').map(([name]) => name)).toEqual(['Diocese of Marwick']);
  });
});

describe('findMentions: an agent noun with its complement set off before the name', () => {
  it('reads "The driver of that van, X," as the title where it opens the sentence, and no noun that only ends so after a verb', () => {
    expect(mentionOf('The driver of that van, Ola Brandt, 52, escaped.', 'Ola Brandt')).toEqual(['Ola Brandt', 'driver of that van']);
    expect(mentionOf('They painted it the color of rust, Ola Brandt said.', 'Ola Brandt')).toEqual(['Ola Brandt', null]);
  });
});

describe('findMentions: an honorific after a title with a complement', () => {
  it('ends the title before the honorific that opens the name', () => {
    expect(mentionOf('Minister of State Dr Ann Roe said it.', 'Dr Ann Roe')).toEqual(['Dr Ann Roe', 'Minister of State']);
  });
});

describe('findMentions: an office whose capitalised complement holds "and"', () => {
  it('reads the office whole as the title and the name from its first name', () => {
    expect(mentionOf('Secretary for Transport and Logistics Henry Chow Ka-lok spoke.', 'Henry Chow Ka-lok')).toEqual(['Henry Chow Ka-lok', 'Secretary for Transport and Logistics']);
    expect(mentionOf('Minister of Justice and Constitutional Development Mary Roe spoke.', 'Mary Roe')).toEqual(['Mary Roe', 'Minister of Justice and Constitutional Development']);
  });

  it('leaves two people joined by "and" apart', () => {
    expect(mentions('Tom Hale and Mary Roe spoke.')).toEqual([['Tom Hale', null], ['Mary Roe', null]]);
  });
});

describe('findMentions: "Leader of the Opposition" before a name the first-name list lacks', () => {
  it('reads the office\'s one-word complement as the title\'s and the two words after it as the name', () => {
    expect(mentionOf('Leader of the Opposition Tevita Fonua spoke.', 'Tevita Fonua')).toEqual(['Tevita Fonua', 'Leader of the Opposition']);
  });
});

describe('findMentions: a title\'s complement before the name', () => {
  it('reads a lower-case complement after a title\'s link as part of a title before the name, and no other lower-case word', () => {
    expect(mentions('Tessaly Rail vice president for network planning Ines Okoro said the line would reopen.')).toEqual([['Ines Okoro', 'Tessaly Rail vice president for network planning']]);
    expect(mentions('The council director of finance Bram Holt said the books balanced.')).toEqual([['Bram Holt', 'council director of finance']]);
    expect(mentions('The figures impressed finance Bram Holt, who had doubted them.')).toEqual([['Bram Holt', null]]);
  });
});

describe('findMentions: hyphenated words and possessive pronouns in titles set off by commas', () => {
  it('keeps a hyphenated modifier whole in a title set off before the name', () => {
    expect(mentionOf('His long-time lawyer, Tom Reed, said it was done.', 'Tom Reed')).toEqual(['Tom Reed', 'long-time lawyer']);
    expect(mentionOf('Ardenia’s far-right party leader, Mila Dorn, spoke.', 'Mila Dorn')).toEqual(['Mila Dorn', 'Ardenia’s far-right party leader']);
  });

  it('keeps a named plural possessor and drops a common one, as a singular one', () => {
    expect(mentionOf("Hartley Freight Services' regional director, Lena Moss, said it was done.", 'Lena Moss')).toEqual(['Lena Moss', "Hartley Freight Services' regional director"]);
    expect(mentionOf("The students' union president, Lena Moss, said it was done.", 'Lena Moss')).toEqual(['Lena Moss', 'union president']);
  });

  it('reads an agent noun the lexicon lacks after a possessive pronoun, and no other noun', () => {
    expect(mentionOf('The team lost Dee Boykin, its leading scorer, for the season.', 'Dee Boykin')).toEqual(['Dee Boykin', 'leading scorer']);
    expect(mentionOf('She flew back to Tarvia, her country of birth, in May.', 'Tarvia')).toEqual(['Tarvia', null]);
  });

  it('reads an appositive after the name opened by a possessive pronoun, the pronoun gone', () => {
    expect(mentionOf('Tom Reed, his long-time lawyer, said it was done.', 'Tom Reed')).toEqual(['Tom Reed', 'long-time lawyer']);
    expect(mentionOf('Ann Vale, her campaign manager, spoke.', 'Ann Vale')).toEqual(['Ann Vale', 'campaign manager']);
  });

  it('gives a title set off before a name only to a name set off in turn', () => {
    expect(mentionOf('Speaking last, the county sheriff, Joe Roe, said it was done.', 'Joe Roe')).toEqual(['Joe Roe', 'county sheriff']);
    expect(mentionOf('Introduced by Joe Roe, the county sheriff, Ida Marsh thanked the crowd.', 'Ida Marsh')).toEqual(['Ida Marsh', null]);
    expect(mentionOf('About the party leader, Ida Marsh said nothing.', 'Ida Marsh')).toEqual(['Ida Marsh', null]);
  });
});

describe('findMentions: te reo Māori roles before a name', () => {
  it('reads an elder or a chief, with or without the macron, as a title', () => {
    expect(mentionOf('Local kaumātua Hemi Walker, 80, spoke first.', 'Hemi Walker')).toEqual(['Hemi Walker', 'Local kaumātua']);
    expect(mentionOf('The hui heard from kuia Mere Tane.', 'Mere Tane')).toEqual(['Mere Tane', 'kuia']);
    expect(mentionOf('Kaumatua Rewi Hona opened the hall.', 'Rewi Hona')).toEqual(['Rewi Hona', 'Kaumatua']);
  });
});

describe('findMentions: a convener as a title', () => {
  it('reads "convener of" a forum after a name, in either spelling', () => {
    expect(mentionOf('Suresh Rama, convener of the Tank Lakes Forum, spoke.', 'Suresh Rama')).toEqual(['Suresh Rama', 'convener of the Tank Lakes Forum']);
    expect(mentionOf('Forum convenor Ian Bell agreed.', 'Ian Bell')).toEqual(['Ian Bell', 'Forum convenor']);
  });

  it('reads a hyphenated role of one token opening the sentence as a title, whatever the first name', () => {
    expect(mentionOf('Co-owner Morag Tait said she would go.', 'Morag Tait')).toEqual(['Morag Tait', 'Co-owner']);
    expect(mentionOf('Ex-minister Morag Tait said she would go.', 'Morag Tait')).toEqual(['Morag Tait', 'Ex-minister']);
  });

  it('reads the Irish head of government and deputy before a name as titles', () => {
    expect(mentionOf('Taoiseach Ciara Mullan spoke first.', 'Ciara Mullan')).toEqual(['Ciara Mullan', 'Taoiseach']);
    expect(mentionOf('Tánaiste Ciara Mullan spoke first.', 'Ciara Mullan')).toEqual(['Ciara Mullan', 'Tánaiste']);
  });

  it('reads a landlord before a name that opens the sentence as a title, not part of the name', () => {
    expect(mentionOf('Landlord Brian Kosic said rents had doubled.', 'Brian Kosic')).toEqual(['Brian Kosic', 'Landlord']);
  });
});

describe('findMentions: offices of Pakistani and Sri Lankan copy, the pilgrim\'s honorific, a first name after an abbreviated title', () => {
  it('reads the ranks, members\' letters and the village officer before a name as titles', () => {
    expect(mentionOf('SSP Kamal Haider spoke.', 'Kamal Haider')).toEqual(['Kamal Haider', 'SSP']);
    expect(mentionOf('SP Tunde Bello spoke.', 'Tunde Bello')).toEqual(['Tunde Bello', 'SP']);
    expect(mentionOf('The inquiry was led by ACP Ravi Menon.', 'Ravi Menon')).toEqual(['Ravi Menon', 'ACP']);
    expect(mentionOf('Opposition MPA Asif Warraich spoke.', 'Asif Warraich')).toEqual(['Asif Warraich', 'Opposition MPA']);
    expect(mentionOf('Kotiyagala Grama Niladhari S.P. Dissanayake spoke.', 'S.P. Dissanayake')).toEqual(['S.P. Dissanayake', 'Kotiyagala Grama Niladhari']);
  });

  it('reads "Haji" as an honorific, out of the name', () => {
    expect(mentions('Haji Musa Rafiq spoke.')).toEqual([['Haji Musa Rafiq', null]]);
    expect(extractQuotes('Haji Musa Rafiq said they were "punished".')[0]?.speaker?.name).toBe('Musa Rafiq');
  });

  it('reads a first name that is also a title head as the first name after an abbreviated title', () => {
    expect(mentionOf('Cr Dean Whitty spoke.', 'Dean Whitty')).toEqual(['Dean Whitty', 'Cr']);
  });
});

describe('findMentions: a verb form of rank before a role noun', () => {
  it('reads "lead author" whole wherever it stands, and no other verb before a title', () => {
    expect(mentionOf('The study, led by lead author Ana Reis of the institute, found it.', 'Ana Reis')).toEqual(['Ana Reis', 'lead author']);
    expect(mentionOf('"It works," says lead author Ana Reis.', 'Ana Reis')).toEqual(['Ana Reis', 'lead author']);
    expect(mentionOf('They will meet Mayor Ana Reis at noon.', 'Ana Reis')).toEqual(['Ana Reis', 'Mayor']);
  });
});

describe('findMentions: two heads joined by "and", a body\'s "of" and a head\'s own complement in a title before the name', () => {
  it('reads them whole', () => {
    expect(mentionOf('Harlow Paints MD and CEO Ravi Mehta spoke.', 'Ravi Mehta')).toEqual(['Ravi Mehta', 'Harlow Paints MD and CEO']);
    expect(mentionOf('Shire of Koorabin president Glen Marsh spoke.', 'Glen Marsh')).toEqual(['Glen Marsh', 'Shire of Koorabin president']);
    expect(mentionOf('Minister of State for Trade and Industry Ong Kah Heng spoke.', 'Ong Kah Heng')).toEqual(['Ong Kah Heng', 'Minister of State for Trade and Industry']);
  });

  it('reads a kin noun of informal copy before a name as a title, and a surname that is also a word as the surname', () => {
    expect(mentionOf('His mum Lisa Walsh spoke.', 'Lisa Walsh')).toEqual(['Lisa Walsh', 'mum']);
    expect(mentionOf('Deputy commissioner Arun Pal spoke.', 'Arun Pal')).toEqual(['Arun Pal', 'Deputy commissioner']);
  });
});

describe('findMentions: a body\'s name joined across "and"', () => {
  it('joins a first half that is no body\'s whole name to a run that ends as one, and keeps two whole bodies apart', () => {
    expect(mentions('The UN Food and Agriculture Organization said so.').map(([name]) => name)).toEqual(['UN Food and Agriculture Organization']);
    expect(mentions('Harlow Council and Tarn Police said so.').map(([name]) => name)).toEqual(['Harlow Council', 'Tarn Police']);
  });
});

describe('findMentions: an office with a lower-case complement of its own before the link', () => {
  it('reads "Minister of state for urban development" whole before the name', () => {
    expect(mentionOf('Minister of state for urban development Ravi Kumar spoke.', 'Ravi Kumar')).toEqual(['Ravi Kumar', 'Minister of state for urban development']);
  });
});
