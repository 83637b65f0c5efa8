import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

/** The speaker of the only quote in `text`. */
function speakerOf(text: string) {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!.speaker;
}

describe('Speaker.type and unnamed titles', () => {
  it('should type a plural name after "the" as a team, unless its singular names a person already', () => {
    expect(speakerOf('"We back the league\'s process," the Harlow Hawks said in a statement.')).toMatchObject({ name: 'Harlow Hawks', type: 'organization' });
    const family = extractQuotes('Dana Vell won the seat. "We are thrilled," the Vells said.');
    expect(family.map((quote) => quote.speaker?.type)).toEqual(['person']);
  });

  it('should type a named person and a named organisation', () => {
    expect(speakerOf('"We are on schedule," said Mayor Ines Valcourt.')).toMatchObject({ name: 'Ines Valcourt', type: 'person' });
    expect(speakerOf('"Flights resume at noon," Kestrel Airlines said in a statement.')).toMatchObject({
      name: 'Kestrel Airlines',
      type: 'organization',
    });
  });

  it('should type a local firm named by its trade or utility as an organisation', () => {
    expect(speakerOf('Brindle Creamery said the price rise was "unavoidable."')).toMatchObject({ name: 'Brindle Creamery', type: 'organization' });
    expect(speakerOf('Ashlow Rail said services were "back to normal."')).toMatchObject({ name: 'Ashlow Rail', type: 'organization' });
    expect(speakerOf('Tarvo Mobile said the outage had "a technical cause."')).toMatchObject({ name: 'Tarvo Mobile', type: 'organization' });
    expect(speakerOf('Kavu Solvents Limited said it was "deeply saddened."')).toMatchObject({ name: 'Kavu Solvents Limited', type: 'organization' });
  });

  it('should type a name that modifies a business noun elsewhere as an organisation, but not one a campaign is named for', () => {
    expect(speakerOf('Shoppers at the Marlo Fresh chain queued. Marlo Fresh said it was "proud of our staff."')).toMatchObject({ name: 'Marlo Fresh', type: 'organization' });
    expect(speakerOf('"The closures are painful," Pell Harbour said. The Pell Harbour brand has 40 shops.')).toMatchObject({ name: 'Pell Harbour', type: 'organization' });
    expect(speakerOf('Volunteers joined the Arlen Vance campaign. Arlen Vance said he was "humbled."')).toMatchObject({ name: 'Arlen Vance', type: 'person' });
  });

  it('should link "the program" and "the diocese" to the body named before whose name holds that noun, and its letter to it', () => {
    expect(speakerOf('The Harlow Weed Control Program treated 40 sites. In a statement, the program said it would "return within a fortnight."')).toMatchObject({
      name: 'Harlow Weed Control Program',
      type: 'organization',
    });
    const letter = extractQuotes('The Diocese of Tarnwick will close two churches. In the letter, the diocese said attendance had "fallen by half." "We did not decide this lightly," the letter said.');
    expect(letter.map((quote) => [quote.speaker?.name, quote.speaker?.mention.text])).toEqual([
      ['Diocese of Tarnwick', 'the diocese'],
      ['Diocese of Tarnwick', 'the letter'],
    ]);
  });

  it('should type a body named by a common noun as an organisation, with no title when it is one definite body', () => {
    expect(speakerOf('"No one was hurt," police said.')).toMatchObject({ name: null, type: 'organization' });
    expect(speakerOf('"We regret the delay," the company said.')).toMatchObject({ name: null, title: null, type: 'organization' });
    expect(speakerOf('"Prices will rise," the report said.')).toMatchObject({ name: null, title: null, type: 'organization' });
  });

  it('should read "the town" and "the county" as a local government, linked to one named for its place', () => {
    expect(speakerOf('The Town of Orrin Creek owns the rink. The town said repairs were "under review."')).toMatchObject({
      name: 'Town of Orrin Creek',
      title: null,
      type: 'organization',
    });
    expect(speakerOf('The county said the road would reopen "within days."')).toMatchObject({ name: null, title: null, type: 'organization' });
  });

  it('should read a campaign named by a verb and "the" whole, as an organisation', () => {
    expect(speakerOf('Save the Otters said the ruling was "a betrayal."')).toMatchObject({ name: 'Save the Otters', type: 'organization' });
    expect(speakerOf('Stop the Tarn Incinerator Coalition said the plan was "reckless."')).toMatchObject({ name: 'Stop the Tarn Incinerator Coalition', type: 'organization' });
  });

  it('should link "the carrier" to a shipping line named before', () => {
    expect(speakerOf('Orrin Line will raise its fees at Harwich. In a note to customers, the carrier said costs had "risen sharply."')).toMatchObject({
      name: 'Orrin Line',
      type: 'organization',
    });
  });

  it('should link "their union" to the union named before, as "the union", and give it no title when none was named', () => {
    expect(speakerOf('Porters at Arvane Station belong to the Rail and Freight Staff Union. Their union said the rota was "unworkable."')).toMatchObject({
      name: 'Rail and Freight Staff Union',
      title: null,
      type: 'organization',
    });
    expect(speakerOf('Porters at the station walked out. Their union said the rota was "unworkable."')).toMatchObject({ name: null, title: null, type: 'organization' });
  });

  it('should type the spokesman of a body named in front of the noun as a person, and the body after "of" in a role as no head', () => {
    expect(speakerOf('A Ministry of Defence spokesman said: "We do not comment."')).toMatchObject({ name: null, title: 'Ministry of Defence spokesman', type: 'person' });
    expect(speakerOf('"We do not comment," said a spokeswoman for the Ministry of Defence.')).toMatchObject({ name: null, type: 'person' });
  });

  it('should link "the company" to the latest subject no one calls he or she, when no name says it is a company', () => {
    expect(speakerOf('Brightmoor will close two depots, Brightmoor said on Monday. "It was a hard choice," the company said.')).toMatchObject({
      name: 'Brightmoor',
      title: null,
      type: 'organization',
    });
    const text = 'Brightmoor will close two depots. Its founder, Ada Quell, said she was sorry. "It was a hard choice," the company said.';
    expect(speakerOf(text)).toMatchObject({ name: 'Brightmoor', type: 'organization' });
    expect(speakerOf('Ada Quell said she was sorry. "It was a hard choice," the company said.')).toMatchObject({ name: null, type: 'organization' });
  });

  it('should link "the club" to a club whose name is a place\'s, and "the guild" to a guild named with "of"', () => {
    expect(speakerOf('Harrow Vale agreed a fee for its striker on Friday. "He leaves with our thanks," the club said.')).toMatchObject({
      name: 'Harrow Vale',
      type: 'organization',
    });
    expect(speakerOf('The Guild of Lock Keepers has 900 members. In a letter, the guild called the plan "reckless."')).toMatchObject({
      name: 'Guild of Lock Keepers',
      type: 'organization',
    });
  });

  it('should give a document to the body a possessive phrase after "by" names, not to its possessor', () => {
    const text = 'An analysis by the Legislature\'s nonpartisan Office of Fiscal Review was released.\n\n"Small towns would pay most," the analysis said.';
    expect(speakerOf(text)).toMatchObject({ name: 'Office of Fiscal Review', type: 'organization' });
  });

  it('should give "the statement" and "the filing" to the name after a sentence\'s opening phrase that holds them', () => {
    const text = 'In a statement released with the results, Pellow Mutual Insurance said it would cut 300 jobs.\n\n"We expect growth next year," the statement said.';
    expect(speakerOf(text)).toMatchObject({ name: 'Pellow Mutual Insurance', type: 'organization' });
    const filing = 'In a filing on Wednesday, Orvane Systems said the cuts would cost $40 million.\n\n"The work is nearly done," the filing said.';
    expect(speakerOf(filing)).toMatchObject({ name: 'Orvane Systems', type: 'organization' });
  });

  it('should link "the company" to a company named since a group, before the group', () => {
    const text = 'The Harlby Fields Action Group said it would appeal. Pellbrook Homes said it was pleased. "This is a good scheme," the company said.';
    expect(speakerOf(text)).toMatchObject({ name: 'Pellbrook Homes', type: 'organization' });
  });

  it('should read a name described as a kind of business in an appositive as an organisation, with no title', () => {
    const text = 'Stridely, a running and cycling app with more than 9 million users, fixed the flaw.\n\n"We got this wrong," Stridely said.';
    expect(speakerOf(text)).toMatchObject({ name: 'Stridely', title: null, type: 'organization' });
    expect(speakerOf('Kelvarn, the carmaker, cut prices.\n\n"Demand is weak," Kelvarn said.')).toMatchObject({ name: 'Kelvarn', type: 'organization' });
    expect(speakerOf('Tarvo Go, one of the country\'s largest delivery apps, said it was "in talks with the landlord."')).toMatchObject({ name: 'Tarvo Go', title: null, type: 'organization' });
    expect(speakerOf('Mara Tellen, one of the region\'s best-known farmers, said it was "a hard year."')).toMatchObject({ name: 'Mara Tellen', type: 'person' });
    const based = 'The rise came after Orrin Lane Communities, a Tarn City-based company that owns parks in five states, bought it. Orrin Lane said the rise reflected "years of neglect".';
    expect(speakerOf(based)).toMatchObject({ name: 'Orrin Lane Communities', title: null, type: 'organization' });
    expect(speakerOf('The contractor, Medvale Gases, which installed the plant, blamed the maker. Medvale Gases cited "supply challenges".')).toMatchObject({ name: 'Medvale Gases', title: null, type: 'organization' });
    expect(speakerOf('Tom Vell, a crane operator who has worked the docks for years, said it was "unfair".')).toMatchObject({ name: 'Tom Vell', title: 'crane operator', type: 'person' });
  });

  it('should give a document to the body a common noun before it or after "by the" refers to', () => {
    expect(speakerOf('The Western Netball League met on Monday.\n\nAccording to a league memo, revenue rose "in 10 of 12 markets."')).toMatchObject({
      name: 'Western Netball League',
      type: 'organization',
    });
    expect(speakerOf('The Harlby Police Department closed the road.\n\nA report released by the department said the car "did not stop."')).toMatchObject({
      name: 'Harlby Police Department',
    });
    expect(speakerOf('The Grid Pricing Commission\'s final determination was published.\n\n"Margins are held," the determination said.')).toMatchObject({
      name: 'Grid Pricing Commission',
    });
  });

  it('should give "the statement" to a name whose relative clause stands before "said in a statement"', () => {
    const text = 'Varn Energy, which supplies 610,000 homes, said in a statement it had worked hard.\n\n"We understand this is unwelcome," the statement said.';
    expect(speakerOf(text)).toMatchObject({ name: 'Varn Energy', type: 'organization' });
  });

  it('should link "the force" to a police service named before it', () => {
    expect(speakerOf('The Dunmore Police Service said two men were held.\n\n"If a deal looks too good, it is," the force said.')).toMatchObject({
      name: 'Dunmore Police Service',
      type: 'organization',
    });
  });

  it('should give "the statement" to whoever a clause says made it, and no one else\'s document', () => {
    const text = 'The Ferris County Coroner\'s Office said in a statement that it would hold an inquest.\n\n"Our thoughts are with the family," the statement said.';
    expect(speakerOf(text)).toMatchObject({ name: "Ferris County Coroner's Office", type: 'organization' });
    const review = 'Edna Marsh said in a statement that she had read the review.\n\n"Costs will rise," the review said.';
    expect(speakerOf(review)).toMatchObject({ name: null, type: 'organization' });
  });

  it('should read a spokeswoman for a named body as an unnamed person, not the body', () => {
    for (const text of ['"The inmate stays," a spokeswoman for the Harbour Authority said.', '"The inmate stays," a spokeswoman for the state Department of Corrections said.']) {
      expect(speakerOf(text)).toMatchObject({ name: null, type: 'person' });
    }
    expect(speakerOf('"The inmate stays," a spokeswoman for the Harbour Authority said.')?.title).toBe('spokeswoman for the Harbour Authority');
  });

  it('should give a document the issuer named in an aside or after a participle and when it was issued', () => {
    expect(speakerOf('The audit, by the Orvik Standards Office, said the depots were "badly run" for years.')).toMatchObject({
      name: 'Orvik Standards Office',
      type: 'organization',
    });
    const text = 'A review published last month by the Orvik Standards Office found leaks. "The firm failed its targets," the review said.';
    expect(speakerOf(text)).toMatchObject({ name: 'Orvik Standards Office', type: 'organization' });
  });

  it('should link "the bank" to an organisation the text called a bank, whatever its name', () => {
    for (const text of [
      'The channel published a letter from its bank, Corvo, ending the account. "We do not discuss clients," the bank said.',
      'Corvo, the bank, declined to comment at first. "We do not discuss clients," the bank said.',
      'The Lisbon bank Corvo closed the account. "We do not discuss clients," the bank said.',
    ]) {
      expect(speakerOf(text)).toMatchObject({ name: 'Corvo', type: 'organization', mention: { text: 'the bank' } });
    }
    // Nothing called Corvo a bank: the body stays unnamed.
    expect(speakerOf('Corvo closed the account. "We do not discuss clients," the bank said.')).toMatchObject({ name: null, type: 'organization' });
  });

  it('should give an email the company that told its customers in it, typed an organisation when nothing marks a person', () => {
    expect(speakerOf('Quellby will shut its servers, the company told customers in an email on Monday.\n\n"We know this is hard," the email said.'))
      .toMatchObject({ name: 'Quellby', type: 'organization', mention: { text: 'the email' } });
    expect(speakerOf('Quellby told its customers in an email that it would shut its servers.\n\n"We know this is hard," the email said.'))
      .toMatchObject({ name: 'Quellby', mention: { text: 'the email' } });
  });

  it('should give "the university" a state university named by "State" alone', () => {
    expect(speakerOf('Tarnwood State will cut its swimming team. "It is a hard choice," the university said.')).toMatchObject({ name: 'Tarnwood State', type: 'organization' });
  });

  it('should give "the toy maker" the company named before it, and "a film maker" no body', () => {
    expect(speakerOf('Quellby cut its prices on Monday. The toy maker said it would "keep going".')).toMatchObject({ name: 'Quellby', type: 'organization' });
    expect(speakerOf('"We keep going," said one film maker.')).toMatchObject({ name: null, type: 'person' });
  });

  it('should type a region\'s prefecture or governorate an organisation', () => {
    expect(speakerOf('The Tarn prefecture said the ban would last "until further notice".')).toMatchObject({ name: null, title: null, type: 'organization' });
  });

  it('should type a sport\'s governing body named "SPORT + country" an organisation', () => {
    expect(speakerOf('Rowing Tarnland said in a statement that the rule would "protect clubs".')).toMatchObject({ name: 'Rowing Tarnland', type: 'organization' });
  });

  it('should give an office\'s acronym that spells the initials of a body named before to that body, not to a person', () => {
    expect(speakerOf('Capt. Ivo Brandt runs the ferry. It was held by the Marsh and Coastal Authority. The MCA said it found "no fault" with it.'))
      .toMatchObject({ name: 'Marsh and Coastal Authority', title: null, type: 'organization', mention: { text: 'MCA' } });
  });

  it('should give a document its issuer: a possessor or "by" in the phrase, or the document named so before', () => {
    expect(speakerOf('Prices rose in most districts, the Marlow Institute\'s quarterly survey said on Monday. Demand for housing remained "solid," according to the survey.'))
      .toMatchObject({ name: 'Marlow Institute', type: 'organization', mention: { text: 'the survey' } });
    expect(speakerOf('A report by the Tern Council was published on Monday. The report said rents had risen. Waiting lists were "longer than ever," according to the report.'))
      .toMatchObject({ name: 'Tern Council', type: 'organization' });
    expect(speakerOf('According to an affidavit filed by the Tern Police Department, deputies found "a can of fuel" in the barn.'))
      .toMatchObject({ name: 'Tern Police Department', type: 'organization', mention: { text: 'an affidavit' } });
    expect(speakerOf('The Tern Growers Union said in an announcement that prices would rise. "Costs have doubled," the announcement said.'))
      .toMatchObject({ name: 'Tern Growers Union', type: 'organization', mention: { text: 'the announcement' } });
    // No issuer named: the document stays an unnamed source.
    expect(speakerOf('Hiring slowed, the survey said. Wages were "flat," according to the survey.')).toMatchObject({ name: null, type: 'organization' });
  });

  it('should give a document with a name of its own its issuer, else type it as a document', () => {
    expect(speakerOf('Rents rose again, the Tern Institute\'s Harrow Report said on Monday. Later, the Harrow Report said, "Supply is not keeping up."'))
      .toMatchObject({ name: 'Tern Institute', type: 'organization', mention: { text: 'Harrow Report' } });
    expect(speakerOf('Rents rose again. In its summary, the Harrow Report said, "Supply is not keeping up."'))
      .toMatchObject({ name: 'Harrow Report', title: null, type: 'organization' });
  });

  it('should link the first words of an organisation\'s name to it, and give an organisation no title', () => {
    expect(speakerOf('Halvard Mutual Bank said on Monday that it would cut 200 jobs. "This was a hard decision," Halvard said.'))
      .toMatchObject({ name: 'Halvard Mutual Bank', type: 'organization', mention: { text: 'Halvard' } });
    expect(speakerOf('Halvard Mutual Gas Company said on Monday it would close. "We had no choice," Halvard Mutual Gas said.'))
      .toMatchObject({ name: 'Halvard Mutual Gas Company', type: 'organization' });
    expect(speakerOf('The council bought the Ostby Rowing Club, a deal that ends a long dispute. "We are delighted," the club said.'))
      .toMatchObject({ name: 'Ostby Rowing Club', title: null, type: 'organization' });
  });

  it('should link "the 61-year-old" to the person given that age, with no title from it', () => {
    expect(speakerOf('Dale Voss, 61, runs the diner with his brother Ray Voss, 58. "We stay," the 61-year-old said.'))
      .toMatchObject({ name: 'Dale Voss', title: null, type: 'person', mention: { text: 'the 61-year-old' } });
    expect(speakerOf('Dale Voss, 61, runs the diner with his brother Ray Voss, 58. "We stay," the 58-year-old said.'))
      .toMatchObject({ name: 'Ray Voss', mention: { text: 'the 58-year-old' } });
  });

  it('should give an unnamed person the description as title, without determiners or counts', () => {
    expect(speakerOf('"The road is closed," a police spokesman said.')).toMatchObject({ name: null, title: 'police spokesman', type: 'person' });
    expect(speakerOf('"The talks have stalled," two senior officials said.')).toMatchObject({ title: 'senior officials', type: 'person' });
  });

  it('should not take a place or body after a preposition in the subject for the speaker', () => {
    expect(speakerOf('"We were never asked," parents at Westmoor Primary said.')).toMatchObject({
      name: null,
      title: 'parents at Westmoor Primary',
      type: 'person',
    });
    expect(speakerOf('"It is late," said officials at the Harlow Transit Authority.')).toMatchObject({
      name: null,
      title: 'officials at the Harlow Transit Authority',
      type: 'person',
    });
    expect(speakerOf('"It is late," a spokeswoman for Harlow Transit said.')).toMatchObject({ name: null, title: 'spokeswoman for Harlow Transit' });
  });

  it('should still read a name whose title runs through a preposition', () => {
    expect(speakerOf('"We will appeal," said former secretary of state Rita Vance.')).toMatchObject({ name: 'Rita Vance' });
  });
});

describe('documents whose issuer a common noun or an earlier finding names', () => {
  /** The speaker name of the last quote in `text`. */
  const lastSpeaker = (text: string) => extractQuotes(text).at(-1)?.speaker;

  it('should give "the letter" and "the statement" to the body "In a letter, the board said" names by its noun', () => {
    expect(lastSpeaker('The Harlow Harbour Board met on Monday. In a letter to the council, however, the board said the plan was "not workable." "We cannot support it," the letter said.')).toMatchObject({ name: 'Harlow Harbour Board', type: 'organization' });
    expect(lastSpeaker('The Friends of Larch Wood said the cut went too far. In a statement, the group said the council had "ignored the science." "The wood will not recover," the statement said.')).toMatchObject({ name: 'Friends of Larch Wood', type: 'organization' });
  });

  it('should read a body\'s possessive before a document, past a modifier the tagger reads as a verb', () => {
    expect(lastSpeaker('Brantley Foods Inc. recalled 3,000 bags. The company\'s recall notice lists the symptoms. "Owners should call a vet," the notice said.')).toMatchObject({ name: 'Brantley Foods Inc.' });
    expect(lastSpeaker('The Orvik County Council said roads were closed. The council\'s update on Monday said 11 homes had no power. "Boil all water," the update said.')).toMatchObject({ name: 'Orvik County Council' });
  });

  it('should give "the report" with no document named before to the body whose finding the sentence before reports', () => {
    expect(lastSpeaker('The Commission for Rail Performance found that punctuality fell to 61 per cent.\n\n"Passengers have been let down," the report said.')).toMatchObject({ name: 'Commission for Rail Performance', type: 'organization' });
    expect(lastSpeaker('The United States sent troops in May.\n\n"Passengers have been let down," the report said.')).toMatchObject({ name: null });
  });

  it('should read past a relative clause between the body and its finding, the body itself the subject or its staff', () => {
    expect(lastSpeaker('The Orrin Valley Water Board, which tested 40 wells in June, found that most were safe.\n\n"Two wells need treatment," the report said.')).toMatchObject({ name: 'Orrin Valley Water Board', type: 'organization' });
    expect(lastSpeaker('Auditors from the Tessford Audit Office, who spent a month at the depot, concluded that fuel had gone missing.\n\n"Records were not kept," the review said.')).toMatchObject({ name: 'Tessford Audit Office', type: 'organization' });
  });

  it('should take "the company" as the body a "which" clause follows, the subject of its sentence', () => {
    const text = 'Local employers joined the debate, among them Castellan Mills, which opposed the bill. "We ask other firms to speak out," the company said in a statement.';
    expect(lastSpeaker(text)).toMatchObject({ name: 'Castellan Mills', type: 'organization' });
  });
});

describe('a name that "which" describes', () => {
  it('should be an organisation, which its short name then finds again', () => {
    const text = 'The award includes equipment from Marrick Dynamics, which makes aircraft parts.\n\nAcademics asked the university to drop Marrick as a partner. Marrick said in a statement that it was "proud to support research."';
    expect(extractQuotes(text).at(-1)?.speaker).toMatchObject({ name: 'Marrick Dynamics', title: null, type: 'organization' });
  });
});

describe('the title of an unnamed source', () => {
  it('should drop a common noun\'s possessive and keep a name\'s', () => {
    expect(extractQuotes('The study\'s authors agreed. "Observational data can only take you so far," the study\'s authors wrote.')[0]?.speaker).toMatchObject({ name: null, title: 'authors' });
    expect(extractQuotes('"We are stretched," a Harlow Hospital spokeswoman said.')[0]?.speaker).toMatchObject({ name: null, title: 'Harlow Hospital spokeswoman' });
  });
});

describe('a spokeswoman for a body named with its article', () => {
  it('should be the unnamed spokeswoman, a person, not the body', () => {
    expect(extractQuotes('A spokeswoman for the United Auto Workers said the union was "watching closely."')[0]?.speaker).toMatchObject({
      name: null, title: 'spokeswoman for the United Auto Workers', type: 'person',
    });
  });
});

describe('a body named after a body noun or an "its" phrase', () => {
  it('should be an organisation with no title, unless a first name makes it a person', () => {
    expect(extractQuotes('The mine\'s operator, Tallowood Coal, said it was "cooperating fully."')[0]?.speaker).toMatchObject({ name: 'Tallowood Coal', title: null, type: 'organization' });
    expect(extractQuotes('Refunds go through its ticketing partner, TicketDraig. TicketDraig said refunds would be "automatic."')[0]?.speaker).toMatchObject({ name: 'TicketDraig', type: 'organization' });
    expect(extractQuotes('The crane\'s operator, Tom Hale, said it was "safe."')[0]?.speaker).toMatchObject({ name: 'Tom Hale', type: 'person' });
  });
});

describe('a place named with its kind', () => {
  it('should take no "it", which goes to the body named before it', () => {
    const text = 'Pruett Engineering inspected the bridge, which carries traffic over the Pell River. "The damage is extensive," it said.';
    expect(extractQuotes(text)[0]?.speaker).toMatchObject({ name: 'Pruett Engineering', type: 'organization' });
  });

  it('should speak as a body when it is named as a source', () => {
    expect(extractQuotes('"Diversity is insurance," said Harvest Bridge, a charity.')[0]?.speaker).toMatchObject({ name: 'Harvest Bridge', type: 'organization' });
  });
});

describe('festivals and forums', () => {
  it('should be bodies, named and by their common noun', () => {
    const text = 'The Gorwel Festival has been cancelled. In a statement, the festival said: "It is with heavy hearts that we tell you."';
    expect(extractQuotes(text)[0]?.speaker).toMatchObject({ name: 'Gorwel Festival', type: 'organization' });
    expect(extractQuotes('The Banking Consumers’ Forum said it would "fight for every rand."')[0]?.speaker).toMatchObject({ name: 'Banking Consumers’ Forum', type: 'organization' });
  });
});

describe('Speaker.type: a body in the complement of a person\'s title', () => {
  it('should keep a person whose title names where they work before their name, the first name unlisted', () => {
    expect(speakerOf('The health spokesperson in the provincial legislature, Sipho Zulu, called it "a shameful mess".')).toMatchObject({
      name: 'Sipho Zulu',
      title: 'health spokesperson in the provincial legislature',
      type: 'person',
    });
  });

  it('should still read a kind of body set off before a name', () => {
    expect(speakerOf('The regional bank, Corvale Trust, said the loans were "sound".')).toMatchObject({ name: 'Corvale Trust', type: 'organization' });
  });
});

describe('Speaker.type: a body named by its place and a lower-case noun', () => {
  it('should name the body as written, with no title', () => {
    expect(speakerOf('Harlow borough council said the lane was "clearly signed".')).toMatchObject({ name: 'Harlow borough council', title: null, type: 'organization' });
  });

  it('should leave a body named by its noun alone unnamed', () => {
    expect(speakerOf('The borough council said the lane was "clearly signed".')).toMatchObject({ name: null, type: 'organization' });
  });
});

describe('Speaker.type: "the regulator" and "the watchdog"', () => {
  it('should name the regulator named before by its kind word', () => {
    const quotes = extractQuotes('The Financial Standards Authority fined Carrow Motor Finance on Tuesday. The regulator said the lender had caused "avoidable harm" to customers.');
    expect(quotes.map((quote) => quote.speaker)).toMatchObject([{ name: 'Financial Standards Authority', title: null, type: 'organization' }]);
  });
});

describe('Speaker: a document whose issuer is the subject of the sentence before', () => {
  it('should give "the report" to the body that opened the sentence before, and to no pronoun\'s antecedent', () => {
    const quotes = extractQuotes('The Dam Safety Bureau inspected the dam in May.\n\nThe report said seepage had "roughly doubled".');
    expect(quotes.map((quote) => quote.speaker)).toMatchObject([{ name: 'Dam Safety Bureau', type: 'organization', mention: { text: 'The report' } }]);
  });

  it('should leave it unnamed when no body opens the sentence before', () => {
    const quotes = extractQuotes('Inspectors visited the dam in May.\n\nThe report said seepage had "roughly doubled".');
    expect(quotes.map((quote) => quote.speaker)).toMatchObject([{ name: null, type: 'organization' }]);
  });
});

describe('Speaker: a body named by a common noun with a participle before it', () => {
  it('should read "The siting council" and "The Boston-based company" whole, linked to the body named before', () => {
    const council = extractQuotes('Harlow Wind won the permit from the Wyoming Siting Council. The siting council said it would "consider all options".');
    expect(council.map((quote) => quote.speaker)).toMatchObject([{ name: 'Wyoming Siting Council', title: null, mention: { text: 'The siting council' } }]);
    const company = extractQuotes('Orrin Labs raised prices. The Boston-based company said costs rose at "essentially the same rate".');
    expect(company.map((quote) => quote.speaker)).toMatchObject([{ name: 'Orrin Labs', title: null, mention: { text: 'The Boston-based company' } }]);
  });
});

describe('speaker type: a long name that ends in a body\'s common noun', () => {
  it('should type a name of three words or more ending in a body noun an organization, not a hyphenated surname', () => {
    expect(extractQuotes('Harlow Cove Adventure Park said in a statement that a sensor detected "an irregular reading."')[0]?.speaker?.type).toBe('organization');
    expect(extractQuotes('Dev Lowther-Banks said the ban was "long overdue."')[0]?.speaker?.type).toBe('person');
    expect(extractQuotes('Ana Park said the ban was "long overdue."')[0]?.speaker?.type).toBe('person');
  });
});
