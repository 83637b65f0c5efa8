import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { spanText } from '../src/grammar/tokens.js';
import { documentOf } from './support/analyse.js';

/** Each description as "title -> name" (or "-" when it is linked to no one). */
function links(text: string): string[] {
  const { descriptions, list } = documentOf(text).entities;
  return descriptions.map((description) => `${description.title} -> ${description.entity < 0 ? '-' : list[description.entity]!.name}`);
}

describe('linkEntities', () => {
  it('should link a description to the person whose title has its role', () => {
    expect(links('Senator Ines Halloran met Mayor Tobias Wren. The senator said little.')).toEqual(['senator -> Ines Halloran']);
  });

  it('should read no description in a title set off before a name, which is that name\'s', () => {
    expect(links('Mark Dunne conceded. Outside the count, the party leader, Ruth Ames, said turnout was low.')).toEqual([]);
  });

  it('should give an age no one was given to the latest person who was a subject', () => {
    expect(links('Tomi Akande scored twice. Akande was happy. Dunstan captain Lee Marsh was sent off. The 31-year-old said sorry.')).toEqual([
      '31-year-old -> Lee Marsh',
    ]);
  });

  it('should read a profession as a role, so "the psychologist" finds whoever has it', () => {
    expect(links('The expert, Ilse Marrow, a psychologist at Denholm State University, testified. Tom Reyl spoke next. The psychologist said little.')).toEqual([
      'psychologist -> Ilse Marrow',
    ]);
  });

  it('should link no one to a description that an unnamed source of its role introduced since the named one', () => {
    expect(links('Ivo Marsh, the principal owner of the Ohio Wave, spoke. One team owner, who asked not to be named, spoke next. The owner said little.')).toEqual([
      'owner -> -',
    ]);
    expect(links('Anton Vell, a former minister, spoke. Vell left early. The former minister said little.')).toEqual(['former minister -> Anton Vell']);
  });

  it('should link a role in a named body to someone with that role or to no one, not to whom the passage is about', () => {
    expect(links('Mayor Ivo Marsh spoke in Harlow on Monday. Marsh was loud. The head of the Tarn Cyclists Union followed suit.')).toEqual([
      'head of the Tarn Cyclists Union -> -',
    ]);
  });

  it('should link a description with no matching title to the person the passage is about', () => {
    expect(links('Carla Benning, a surgeon, won the seat. Benning thanked Tom Price. The former chairwoman then spoke.')).toEqual([
      'former chairwoman -> Carla Benning',
    ]);
  });

  it('should let a pronoun in its sentence rule out a person of the other gender', () => {
    expect(links('Mayor Liam Dorsey met Rita Vance. Rita Vance thanked Liam Dorsey twice. The former minister began her speech.')).toEqual([
      'former minister -> Rita Vance',
    ]);
  });

  it('should not let a pronoun after another name in the sentence rule anyone out', () => {
    expect(links('Rita Vance spoke in Leeds on Tuesday. The former minister mocked Omar Tills for calling himself a reformer.')).toEqual([
      'former minister -> Rita Vance',
    ]);
  });

  it('should not give "he said" to the subject of a sentence saying he could not be reached', () => {
    const doc = documentOf('Energy Minister Tavi Rannu defended the route on Tuesday. Jaan Molder, a former director of the agency, could not be reached for comment. He said the lake was safe.');
    const he = doc.entities.references.find((reference) => doc.tokens[reference.first]!.text === 'He')!;
    expect(doc.entities.list[he.entity]!.name).toBe('Tavi Rannu');
  });

  it('should let a relative clause after a subject description name the person it means', () => {
    expect(links('Pope Anselm met Mayor Dora Ruiz at the palace. The pope told reporters aboard the plane from Corsa, where Anselm visited a camp, that he was hopeful.')).toEqual([
      'pope -> Anselm',
    ]);
  });

  it('should not link a description to a person named after it in its sentence', () => {
    expect(links('Rita Vance spoke first. Omar Tills followed. The former minister mocked Tills.')).toEqual([
      'former minister -> Rita Vance',
    ]);
  });

  it('should not link a role mostly held by unnamed people to whoever was named last', () => {
    expect(links('Rita Vance spoke first. The official, who asked not to be named, disagreed.')).toEqual(['official -> -']);
  });

  it('should link a description outside a subject to the person the passage is about, but not to anyone named in its sentence', () => {
    expect(links('Rita Vance toured the valley. Dunmore County became a second home for the former minister.')).toEqual([
      'former minister -> Rita Vance',
    ]);
    expect(links('Rita Vance spoke first. Omar Tills attacked the former minister.')).toEqual(['former minister -> Rita Vance']);
    expect(links('Rita Vance spoke first. Rita Vance attacked the former minister.')).toEqual(['former minister -> -']);
  });

  it('should link a role to the only person who holds it, whatever the capitalised words', () => {
    expect(links('Sen. Ines Halloran of Ardal met Omar Tills. Voters in Ardal cheered for the Ardal senator on Friday.')).toEqual([
      'Ardal senator -> Ines Halloran',
    ]);
  });

  it('should not guess for a role tied to something of its own, or to someone named in it', () => {
    expect(links('Rita Vance spoke first. Voters cheered for the mayor of Kilbeggan.')).toEqual(['mayor of Kilbeggan -> -']);
    expect(links('Senator Omar Tills spoke first. The senior Tills adviser said little.')).toEqual(['senior Tills adviser -> -']);
  });

  it('should read no description in a possessor, a title set before a name, a proper name or a forward reference', () => {
    expect(
      links("Rita Vance spoke first. The minister's aide left. The director, Omar Tills, stayed. The Harbour Master resigned. The next president will face it."),
    ).toEqual([]);
  });

  it('should read no description in a role noun that modifies another noun ("the two pilot groups")', () => {
    expect(links('Analyst Paul Trevo wrote a note. The union will speak before the two pilot groups are merged. Trevo said it was fair.')).toEqual([]);
  });

  it('should give the linked person the description as a title, and show the fullest title', () => {
    const { list } = documentOf('Rita Vance, a lawyer, spoke first. The former transport minister then left.').entities;
    const vance = list.find((entity) => entity.name === 'Rita Vance')!;
    expect(vance.titles).toEqual(['lawyer', 'former transport minister']);
    expect(vance.title).toBe('former transport minister');
  });
});

/** The entity each he/she/who outside quotes was resolved to, as "pronoun -> name". */
function pronouns(text: string): string[] {
  const doc = documentOf(text);
  const { references, list } = doc.entities;
  return references
    .filter((reference) => reference.first === reference.last && /^(?:he|she|who)$/i.test(doc.tokens[reference.first]!.text))
    .map((reference) => `${doc.tokens[reference.first]!.text} -> ${list[reference.entity]!.name}`);
}

describe('linkEntities: names', () => {
  it('should link a lone first name in a possessive to the one person named with it', () => {
    const doc = documentOf('Dale Voss and Ray Voss run the diner. The mayor understood Dale\'s anger. Dale said they would fight.');
    const names = doc.mentions.names.map((mention, index) => doc.entities.list[doc.entities.ofMention[index]!]!.name);
    expect(names.filter((name) => name.startsWith('Dale'))).toEqual(['Dale Voss', 'Dale Voss', 'Dale Voss']);
  });

  it('should read a name given an age or a relative "who" as a person, and give it the next he', () => {
    expect(pronouns('Ewan Pryde spoke first. Tiv Orlander-Banks, 34, who lives next door, was calm. He said it was a dry summer.')).toEqual([
      'who -> Tiv Orlander-Banks',
      'He -> Tiv Orlander-Banks',
    ]);
    const doc = documentOf('The bill was backed by Sen. Ana Rusk of Dellmont, who spoke first.');
    expect(doc.entities.list.find((entity) => entity.name === 'Dellmont')?.person).toBe(false);
  });

  it('should read a name whose aside with "whose" ends at a verb of speech as a person, but not a body described so', () => {
    const doc = documentOf('Tivra Ondaatje-Pell, whose son plays for the harbour club on Saturdays, said the fees had doubled.');
    expect(doc.entities.list.find((entity) => entity.name === 'Tivra Ondaatje-Pell')?.person).toBe(true);
    const body = documentOf('Harlow Ventures, whose shares fell on Monday, said the fees had doubled.');
    expect(body.entities.list.find((entity) => entity.name === 'Harlow Ventures')?.person).toBe(false);
  });

  it('should give a bare surname to the person who bears it, not to a body named for her', () => {
    const doc = documentOf('Team Voskuijl won in May. Coach Mara Voskuijl praised her players. Voskuijl said the final was hard.');
    const last = doc.mentions.names.length - 1;
    expect(doc.entities.list[doc.entities.ofMention[last]!]!.name).toBe('Mara Voskuijl');
  });

  it('should link a word made of the starts of a body\'s words to that body, but not a person\'s name', () => {
    const doc = documentOf('The North Harbour Ferry Company runs the crossing. Nohafco said fares would rise. Later Nohafco agreed.');
    const names = doc.mentions.names.map((mention, index) => doc.entities.list[doc.entities.ofMention[index]!]!.name);
    expect(names).toEqual(['North Harbour Ferry Company', 'North Harbour Ferry Company', 'North Harbour Ferry Company']);
    const person = documentOf('The North Harbour Ferry Company runs the crossing. Nora Hale said fares would rise.');
    expect(person.entities.list.map((entity) => entity.name)).toEqual(['North Harbour Ferry Company', 'Nora Hale']);
  });

  it('should give a bare surname with an honorific to the bearer styled so before, not the one named most', () => {
    const doc = documentOf('Dr Ilse Varga teaches at Hexcombe. Tomas Varga runs the bakery. Tomas Varga said sales fell. Tomas Varga added that rents rose. Dr Varga said little.');
    const last = doc.mentions.names.length - 1;
    expect(doc.entities.list[doc.entities.ofMention[last]!]!.name).toBe('Ilse Varga');
  });

  it('should give "the elder" or "the younger" with a surname to the parent or the child', () => {
    const speaker = (text: string) => {
      const doc = documentOf(text);
      return doc.entities.list[doc.entities.ofMention[doc.mentions.names.length - 1]!]!.name;
    };
    const family = 'Dana Brandl, 44, spoke first. Dana Brandl cried. Her mother, Ruth Brandl, sat beside her.';
    expect(speaker(`${family} The elder Ms. Brandl said little.`)).toBe('Ruth Brandl');
    expect(speaker('Tom Birk spoke first. Tom Birk left. His son, Ed Birk, stayed. The younger Mr. Birk said little.')).toBe('Ed Birk');
    expect(speaker('Dana Brandl spoke first. Dana Brandl cried. The elder Ms. Brandl said little.')).toBe('Dana Brandl');
  });

  it('should give an honorific and a surname to the bearer the story calls formally, not one it calls by first name', () => {
    const text = "Ella Marsh, 19, died at the scene. Ella's mother, Janet Marsh, spoke. Ella had loved the road. Mrs Marsh said little.";
    const doc = documentOf(text);
    expect(doc.entities.list[doc.entities.ofMention[doc.mentions.names.length - 1]!]!.name).toBe('Janet Marsh');
  });

  it('should give a bare surname with a one-word title to the bearer given that title before', () => {
    const doc = documentOf('Farmer Walter Trevelyan owns the land. Walter Trevelyan farms it. His daughter, Cllr Ruth Trevelyan, left. Cllr Trevelyan said little.');
    const last = doc.mentions.names.length - 1;
    expect(doc.entities.list[doc.entities.ofMention[last]!]!.name).toBe('Ruth Trevelyan');
  });

  it('should give a bare surname with a gendered honorific to a bearer known to have that gender, before the one named most', () => {
    const doc = documentOf('Dr Ines Valk teaches Dutch. Dr Ines Valk spoke first. Her husband, Joris Valk, is a porter. Mr Valk said little.');
    const last = doc.mentions.names.length - 1;
    expect(doc.entities.list[doc.entities.ofMention[last]!]!.name).toBe('Joris Valk');
  });

  it('should read a body named both ways, its kind before "of" or after the place, as one, by its fuller name', () => {
    const names = (text: string) => documentOf(text).entities.list.map((entity) => entity.name);
    expect(names('Hexcombe University to cut jobs\n\nThe University of Hexcombe said it would close two schools.')).toEqual(['University of Hexcombe']);
    expect(names('The Central Bank of Orvia held rates. Orvia Central Bank officials said little.')).toEqual(['Central Bank of Orvia']);
    expect(names('The University of Leeds met Hexcombe University on Monday.')).toEqual(['University of Leeds', 'Hexcombe University']);
  });

  it('should give a body named by its first words the full name it has as a modifier, but no person', () => {
    const names = (text: string) => documentOf(text).entities.list.filter((entity) => entity.nameWords.length > 1).map((entity) => [entity.name, entity.organisation]);
    expect(names('Workers left the Bexley Moor Foods plant on Monday. Bexley Moor said the offer was fair.')).toEqual([['Bexley Moor Foods', true]]);
    expect(names('Staff left the Janet Ross Foods plant. Janet Ross said she was sorry.')).toEqual([['Janet Ross', false]]);
  });

  it('should give a person called again by the first words of their name that person, but not a father a son\'s "Jr."', () => {
    const names = (text: string) => {
      const doc = documentOf(text);
      return doc.mentions.names.map((mention, index) => doc.entities.list[doc.entities.ofMention[index]!]!.name);
    };
    expect(names('Union chairman Mohd Rizal Hamzah spoke. Noor Aziah Kamal, 41, agreed. Mohd Rizal said it was unfair. Noor Aziah nodded.'))
      .toEqual(['Mohd Rizal Hamzah', 'Noor Aziah Kamal', 'Mohd Rizal Hamzah', 'Noor Aziah Kamal']);
    expect(names('Retiree Tan Mei Hua, 68, kept a log. Tan said it was loud.')).toEqual(['Tan Mei Hua', 'Tan Mei Hua']);
    expect(names('Donald Trump Jr. spoke first. Donald Trump said little.')).toEqual(['Donald Trump Jr.', 'Donald Trump']);
  });

  it('should keep a Malaysian or Indian honorific out of the name, as "Dr" is', () => {
    const doc = documentOf('Managing director Datuk Ravinder Singh Bhatt spoke. Shri Anil Rao agreed. Ravinder said it was fair.');
    expect(doc.entities.list.map((entity) => entity.name)).toEqual(['Ravinder Singh Bhatt', 'Anil Rao']);
  });

  it('should not read a woman out of "she" for a title that British copy gives women too', () => {
    expect(pronouns('Committee chairman Wong Mei Lan spoke. She said councils must act.')).toEqual(['She -> Wong Mei Lan']);
  });

  it('should read a firm named by its closing word ("Properties", "Holdings") as one, and its first word alone as the same firm', () => {
    const doc = documentOf('The chain was in talks with Harlan Properties, its largest landlord. Harlan said it had offered concessions.');
    expect(doc.entities.list.map((entity) => [entity.name, entity.organisation])).toEqual([['Harlan Properties', true]]);
  });

  it('should link an acronym of a body\'s initials to the body, whose full name it keeps', () => {
    const doc = documentOf('Fares rose after the Dunmore Metropolitan Transport Corporation (DMTC) met. The DMTC said costs had doubled.');
    expect(doc.entities.list.filter((entity) => entity.organisation).map((entity) => entity.name)).toEqual(['Dunmore Metropolitan Transport Corporation']);
    // A hyphenated word gives the initials of its parts.
    const hyphened = documentOf('Officers of the Dunmore Anti-Fraud Commission (DAFC) led the raid. The DAFC said 40 phones were found.');
    expect(hyphened.entities.list.filter((entity) => entity.organisation).map((entity) => entity.name)).toEqual(['Dunmore Anti-Fraud Commission']);
    // One that keeps a small word's letter in lower case ("DoE") is read by its capitals, and is a body's however written.
    const mixed = documentOf('The Department of Environment (DoE) shut the kilns. The DoE said it would go on. The MoD agreed.');
    expect(mixed.entities.list.filter((entity) => entity.organisation).map((entity) => entity.name)).toEqual(['Department of Environment', 'MoD']);
    // Some keep the letter of "of" in capitals too ("MOFO" for the Ministry of Fisheries and Oceans).
    const [said] = extractQuotes('Officials at the Ministry of Fisheries and Oceans (MOFO) met on Monday. "We will act soon," MOFO said in a statement.');
    expect([said?.speaker?.name, said?.speaker?.mention.text]).toEqual(['Ministry of Fisheries and Oceans', 'MOFO']);
  });

  it('should link an acronym of the words that open a person\'s office to that person, a body\'s first', () => {
    const doc = documentOf('The District Chief Executive for Harlow, Mrs Ama Boateng, opened the market. The DCE said traders would be paid.');
    expect(doc.mentions.names.map((mention, index) => doc.entities.list[doc.entities.ofMention[index]!]!.name)).toEqual(['Ama Boateng', 'Ama Boateng']);
    const body = documentOf('Ama Boateng of the Dunmore Cocoa Exporters (DCE) spoke. The DCE said prices would rise.');
    expect(body.entities.list.filter((entity) => entity.organisation).map((entity) => entity.name)).toContain('Dunmore Cocoa Exporters');
  });

  it('should link a surname written before a hyphened given name ("Fung" after "Ronald Fung Chi-keung")', () => {
    const doc = documentOf('Dr Ronald Fung Chi-keung spoke first. Chan Mei-ling, 71, waited. Fung said it was hard. Chan agreed.');
    expect(doc.mentions.names.map((mention, index) => doc.entities.list[doc.entities.ofMention[index]!]!.name))
      .toEqual(['Ronald Fung Chi-keung', 'Chan Mei-ling', 'Ronald Fung Chi-keung', 'Chan Mei-ling']);
  });

  it('should take no gender from a surname written first that is also a first name ("Kim" in "Kim Min-jun")', () => {
    const doc = documentOf('Kim Min-jun, 38, drives a van. Kim said he skips the estate.');
    expect(doc.entities.list.map((entity) => [entity.name, entity.gender])).toEqual([['Kim Min-jun', 'male']]);
    expect(documentOf('Kim Vale, 38, drives a van.').entities.list.map((entity) => entity.gender)).toEqual(['female']);
  });

  it('should not give a bare surname to one whose double surname only ends in it', () => {
    const doc = documentOf('Lena Marsh-Dale, 22, crashed. Lena Marsh-Dale was hurt. Her father, Sylvain Dale, flew in. Dale said she was fine.');
    const last = doc.mentions.names.length - 1;
    expect(doc.entities.list[doc.entities.ofMention[last]!]!.name).toBe('Sylvain Dale');
  });

  it('should read an observatory or a laboratory by its name as a body', () => {
    const doc = documentOf('The Cascades Volcano Observatory said the swarm was deep. The Harlan Materials Laboratory agreed.');
    expect(doc.entities.list.map((entity) => [entity.name, entity.organisation])).toEqual([['Cascades Volcano Observatory', true], ['Harlan Materials Laboratory', true]]);
  });

  it('should read a name joined by an ampersand as an organisation', () => {
    const doc = documentOf('Orvik & Dahl said the audit was late.');
    expect(doc.entities.list.map((entity) => [entity.name, entity.organisation])).toEqual([['Orvik & Dahl', true]]);
  });
});

describe('pronoun resolution in the entity stage', () => {
  it('should give no he or she to a place named with its kind', () => {
    const doc = documentOf('Ada Marsh, 81, has lived on Bank Rd since 1968 and had never seen the Pell River reach her house. "It came fast," she said.');
    const river = doc.entities.list.find((entity) => entity.name === 'Pell River')!;
    expect(river.gender).toBeNull();
    expect([river.place, river.person, river.organisation]).toEqual([true, false, false]);
    expect(doc.entities.list.find((entity) => entity.name === 'Ada Marsh')!.gender).toBe('female');
  });

  it('should let a resolved pronoun carry its person past a name in an object', () => {
    expect(pronouns('Councillor Ines Walby spoke next. She said she would rather fund Mayor Rita Vance. Then she left.')).toEqual([
      'She -> Ines Walby',
      'she -> Ines Walby',
      'she -> Ines Walby',
    ]);
  });

  it('should give a pronoun to who speaks in the sentence before it, not the subject of the clause reported', () => {
    expect(pronouns('Mayor Tomas Reck said the former engineer, Piet Laan, had signed off in May. He said the bridge was safe.')).toEqual([
      'He -> Tomas Reck',
    ]);
    expect(pronouns('Tomas Reck met the former engineer, Piet Laan, in May. Laan had signed off. He said the bridge was safe.')).toEqual([
      'He -> Piet Laan',
    ]);
  });

  it('should hang a relative who on the latest person in its sentence, past a body and a place', () => {
    expect(pronouns('The plan was backed by Sen. Ines Walby of Ardal, a member of the Harbour Committee, who said it was fair.')).toEqual([
      'who -> Ines Walby',
    ]);
  });

  it('should take a place in a noun\'s complement before a verb of speech for no person', () => {
    const doc = documentOf('Ruth Calder toured Ohio on Sunday.\n\nThe senator from Vermont told reporters that she was running.');
    expect(doc.entities.list.find((entity) => entity.name === 'Vermont')!.person).toBe(false);
    expect(extractQuotes('Ruth Calder toured Ohio on Sunday.\n\nThe senator from Vermont told reporters on Monday that she was running. "I am," she said.')[0]?.speaker?.name).not.toBe('Vermont');
  });

  it('should give no pronoun to a person named inside another\'s appositive', () => {
    const text = '"It is a fine tax," said Tomas Reyl, a former adviser to President Ana Ruiz and a former director of the Harlow Budget Office. "It will not pass," he said.';
    expect(extractQuotes(text).map((quote) => quote.speaker?.name)).toEqual(['Tomas Reyl', 'Tomas Reyl']);
  });

  it('should not take the listener of "told" for a speaker, nor a clause inside another for a subject', () => {
    const doc = documentOf('Ines Walby told Harbour Weekly on Monday that costs had risen.');
    const weekly = doc.entities.list.find((entity) => entity.name === 'Harbour Weekly')!;
    expect(weekly.person).toBe(false);
    // Tills is the subject of a clause inside Hume's: the next "he" goes to Hume.
    expect(pronouns('Omar Tills spoke first. Ivan Hume said Tills was wrong. He left early.')).toEqual(['He -> Ivan Hume']);
  });
});

describe('roles given with "as" and relatives named through another person', () => {
  it('should link a relative named through another person only to someone named before the description', () => {
    expect(links('The Pells bought the farm from Nina Pell\'s uncle in 2021. Nina Pell, 38, spoke. Her husband, Tom Pell, agreed.')).toEqual([
      'Nina Pell\'s uncle -> -',
    ]);
  });

  /** The titles of the entity named `name`. */
  function titlesOf(text: string, name: string): readonly string[] | undefined {
    return documentOf(text).entities.list.find((entity) => entity.name === name)?.titles;
  }

  it('should give a role after "as" to the subject of its clause', () => {
    expect(titlesOf('Rita Vance won a second term as Kilbeggan mayor in May.', 'Rita Vance')).toEqual(['Kilbeggan mayor']);
    expect(titlesOf('Omar Tills spoke first. He made the remark as a young reporter.', 'Omar Tills')).toEqual(['young reporter']);
    expect(titlesOf('Omar Tills spoke first. It echoed a remark Tills made as a businessman in 2009.', 'Omar Tills')).toEqual(['businessman']);
  });

  it('should read no role in "such as" or "as well as"', () => {
    expect(titlesOf('Rita Vance thanked officials such as the mayor, as well as the senator.', 'Rita Vance')).toEqual([]);
  });

  it('should take "X\'s son" for a relative of X with X\'s surname, not for X', () => {
    const { descriptions, list } = documentOf('Rita Vance and Tomas Vance spoke. Rita Vance\'s son told reporters the plan was wrong.').entities;
    expect(descriptions.map((description) => [description.title, list[description.entity]?.name])).toEqual([["Rita Vance's son", 'Tomas Vance']]);
  });

  it('should leave a relative the article does not name unlinked', () => {
    const { descriptions } = documentOf("Rita Vance spoke. Rita Vance's husband told reporters the plan was wrong.").entities;
    expect(descriptions.map((description) => [description.title, description.entity])).toEqual([["Rita Vance's husband", -1]]);
  });
});

describe('linking names', () => {
  it('should let an honorific choose between two people of one surname, and give a bare surname to the one named most', () => {
    const doc = documentOf('Edith Varga met Anton Varga. Mrs. Varga spoke first, then Mr. Varga. Edith Varga left. Varga came back.');
    const { names } = doc.mentions;
    const named = names.map((mention, index) => `${spanText(doc.tokens, mention.first, mention.nameLast)} -> ${doc.entities.list[doc.entities.ofMention[index]!]!.name}`);
    expect(named).toEqual([
      'Edith Varga -> Edith Varga',
      'Anton Varga -> Anton Varga',
      'Mrs. Varga -> Edith Varga',
      'Mr. Varga -> Anton Varga',
      'Edith Varga -> Edith Varga',
      'Varga -> Edith Varga',
    ]);
  });

  it('should keep every title of a mention and show one that names a role before one that names a relative', () => {
    const anton = documentOf('Her husband, Anton Varga, a builder, agreed.').entities.list.find((entity) => entity.name === 'Anton Varga')!;
    expect(anton.titles).toEqual(['husband', 'builder']);
    expect(anton.title).toBe('builder');
  });

  it('should read a personal or political relation as a relation: a title that a role outranks', () => {
    const title = (text: string, name: string) => documentOf(text).entities.list.find((entity) => entity.name === name)!.title;
    expect(title('Her Conservative rival, Mark Dunne, conceded.', 'Mark Dunne')).toBe('Conservative rival');
    expect(title('His friend, Ann Roe, a nurse, agreed.', 'Ann Roe')).toBe('nurse');
  });

  it('should show a title that names a role before a longer description that names none', () => {
    const title = (text: string) => documentOf(text).entities.list.find((entity) => entity.name === 'Pia Lund')!.title;
    expect(title('Pia Lund, a shrewd tactician, won a third term as Bergen mayor in May.')).toBe('Bergen mayor');
    // A hyphenated role noun counts by its last part.
    expect(title('Pia Lund, a born campaigner of rare energy, entered the race as the front-runner.')).toBe('front-runner');
    // A closed compound counts by the role noun that ends it; of two role titles, the first given stays.
    expect(title('Pia Lund, a retired schoolteacher, was sworn in as the new mayor.')).toBe('retired schoolteacher');
  });
});

describe('first names', () => {
  /** The entity each name mention links to, as "mention -> entity". */
  function linked(text: string): string[] {
    const doc = documentOf(text);
    return doc.mentions.names.map((mention, index) => `${spanText(doc.tokens, mention.nameFirst, mention.nameLast)} -> ${doc.entities.list[doc.entities.ofMention[index]!]!.name}`);
  }

  it('should read a suffix with or without its full stop as one, and show it with it', () => {
    expect(linked('Harold Vance Jr Mocks Critics\n\nHarold Vance Jr. spoke on Monday. Vance Jr. later joked about it.')).toEqual([
      'Harold Vance Jr -> Harold Vance Jr.',
      'Harold Vance Jr. -> Harold Vance Jr.',
      'Vance Jr. -> Harold Vance Jr.',
    ]);
  });

  it('should link a lone first name to the one person who has it', () => {
    expect(linked('Chris Anderson runs the club. Chris went on to thank the players.')).toEqual([
      'Chris Anderson -> Chris Anderson',
      'Chris -> Chris Anderson',
    ]);
  });

  it('should link a lone first name that is an object, and a known first name as an object, but not after a preposition', () => {
    expect(linked('Harold Ashby is 81. She tells Harold the news on Monday.')).toEqual(['Harold Ashby -> Harold Ashby', 'Harold -> Harold Ashby']);
    expect(linked('Virginia Pell is 81. She flew to Virginia on Monday.')).toEqual(['Virginia Pell -> Virginia Pell', 'Virginia -> Virginia']);
  });

  it('should link a full name to a lone first name given before, when no one else has it', () => {
    expect(linked('Tom Belden owns the barn with his wife, Sara. Sara Belden said little.')).toEqual([
      'Tom Belden -> Tom Belden',
      'Sara -> Sara Belden',
      'Sara Belden -> Sara Belden',
    ]);
  });

  it('should not guess when two people share the first name', () => {
    expect(linked('Chris Anderson met Chris Okoro. Chris went on to thank them.')).toEqual([
      'Chris Anderson -> Chris Anderson',
      'Chris Okoro -> Chris Okoro',
      'Chris -> Chris',
    ]);
  });

  it('should link a bare surname to the name with its nickname, and keep the title', () => {
    const { list, ofMention } = documentOf('"The runway was short," said former Navy pilot Ann “Ace” Morrow. Morrow said the county knew.').entities;
    expect(list.map((entity) => [entity.name, entity.title])).toEqual([['Ann “Ace” Morrow', 'former Navy pilot']]);
    expect([...ofMention]).toEqual([0, 0]);
  });

  it('should take a role written as a relative clause as the title only when nothing else gives one', () => {
    const title = (text: string): (string | null)[] => documentOf(text).entities.list.filter((entity) => !entity.organisation).map((entity) => entity.title);
    expect(title('Eric Dane, who chairs the history department at Lakeview College, said no. Dane left.')).toEqual([
      'chairs the history department at Lakeview College',
    ]);
    expect(title('Eric Dane, who chairs the history department at Lakeview College, said it was late. Professor Eric Dane left.')).toEqual(['Professor']);
    expect(title('Professor Eric Dane said no. Dane, who chairs the history department, left.')).toEqual(['Professor']);
    expect(title('Her neighbour, Ama Osei, who chairs the village cooperative, said no.')).toEqual(['chairs the village cooperative']);
  });

  it('should know the gender of first names common in British copy', () => {
    const genderOf = (text: string) => documentOf(text).entities.list[0]!.gender;
    expect(genderOf('Imogen Tarrant said the data showed he had touched the screen.')).toBe('female');
    expect(genderOf('Rhys Morgan said she had left early.')).toBe('male');
  });

  it('should learn no gender for a name from a pronoun a person named before it in the sentence may take', () => {
    const genderOf = (text: string, name: string) => documentOf(text).entities.list.find((entity) => entity.name === name)?.gender;
    expect(genderOf('Chief Executive Maren Olufsen wrote that Quellby had grown too fast and that she took the blame.', 'Quellby')).toBeNull();
    expect(genderOf('Senator Orlay Venn said Kitt Arlen had won because she had worked hardest.', 'Kitt Arlen')).toBeNull();
    expect(genderOf('Peter Reyl said Kitt Arlen had won because she had worked hardest.', 'Kitt Arlen')).toBe('female');
    expect(genderOf('Kitt Arlen owns the pier, and she will reopen it.', 'Kitt Arlen')).toBe('female');
  });
});

describe('pronoun resolution: a name that ends a relative clause set off by commas', () => {
  it('should not take the name at the end of ", who …," for the subject of the verb after it', () => {
    expect(pronouns('TV chef Rory Kell spoke first. The father-of-three, who found fame on Channel 6’s Fire Kitchen, has not been seen since. He said little.').at(-1))
      .toBe('He -> Rory Kell');
  });
});

describe('linkEntities: a given name inside the name, after an honorific', () => {
  /** The entity each name mention is linked to, by name. */
  const linked = (text: string) => {
    const doc = documentOf(text);
    return doc.mentions.names.map((_, mention) => doc.entities.list[doc.entities.ofMention[mention]!]!.name);
  };

  it('should link a bare surname to a full name that ends in a suffix after it', () => {
    expect(linked('Rep. Andres Villareal Jr. spoke first. Villareal asked for an audit.')).toEqual(['Andres Villareal Jr.', 'Andres Villareal Jr.']);
  });

  it('should link "Mr Rizal" to the one person with "Rizal" inside the name, and not to a name that ends in it', () => {
    expect(linked('Ahmad Rizal Hashim runs a stall. Mr Rizal said trade was slow.')).toEqual(['Ahmad Rizal Hashim', 'Ahmad Rizal Hashim']);
    expect(linked('Ahmad Rizal Hashim runs a stall. Siti Rizal runs the next one. Mr Rizal said trade was slow.').at(-1)).toBe('Siti Rizal');
  });
});

describe('linkEntities: a description that names the role of a title by another word', () => {
  it('should link "the judge" to a justice and "the lawmaker" to a member of a legislature, before anyone named more', () => {
    expect(links('Ms Tan said she had nursed Mr Lim, and that Mr Lim trusted her. Justice Amy Ong asked both sides to settle. Later the judge adjourned.')).toEqual(['judge -> Amy Ong']);
    expect(links('Tom Dale met Sen. Ana Ruiz on Monday. Dale spoke twice, and Dale left early. The lawmaker stayed.')).toEqual(['lawmaker -> Ana Ruiz']);
  });
});

describe('linkEntities: a capitalised role word inside a body\'s name', () => {
  it('should read no description in "the weekly Executive Council meeting"', () => {
    expect(links('Legislator Mary Fung spoke. Fung left. He met before the weekly Executive Council meeting.')).toEqual([]);
  });
});

describe('linkEntities: a Spanish name called by its first surname', () => {
  it('should link the word before the last of a full name to that person, and no middle given name or headline verb', () => {
    const spanish = extractQuotes('Guadalupe Ochoa Rentería, 67, lives on the street. "We pay our taxes," Ochoa said.');
    expect(spanish[0]?.speaker?.name).toBe('Guadalupe Ochoa Rentería');
    expect(extractQuotes('Mary Ann Roe spoke first. "We pay our taxes," Ann said.')[0]?.speaker?.name).toBe('Ann');
    expect(extractQuotes('Tom Vale Calls For Review\n\n"We need answers," Vale said.')[0]?.speaker?.name).not.toBe('Tom Vale Calls');
  });
});

describe('linkEntities: a name after a preposition is no subject a pronoun goes back to', () => {
  it('should give "she" to the woman named, not to the place she is from, and keep an agent after "by"', () => {
    expect(extractQuotes('Ana Perera, 67, of Kotiyagala said she had been dropped.\n\n"Where is that money?" she asked.')[0]?.speaker?.name).toBe('Ana Perera');
    expect(extractQuotes('A study by the Orrin Housing Trust found rents rose. "It is a crisis," it said.')[0]?.speaker?.name).toBe('Orrin Housing Trust');
  });
});
