import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';
import { findSpeechEvents } from '../src/pipeline/find-speech-events.js';
import { documentOf } from './support/analyse.js';

/** Each event as "cue <- source" with its flags, read from the text. */
function events(text: string): string[] {
  const doc = documentOf(text);
  return findSpeechEvents(doc).list.map((event) => {
    const cue = text.slice(doc.tokens[event.first]!.start, doc.tokens[event.last]!.end);
    const source = event.source === null ? '-' : text.slice(event.source.span.start, event.source.span.end);
    const flags = [event.inverted && 'inverted', event.negated && 'negated', event.passive && 'passive', event.reporting === null && 'quotes only']
      .filter(Boolean).join(' ');
    return `${cue} <- ${source}${flags ? ` (${flags})` : ''}`;
  });
}

describe('findSpeechEvents', () => {
  it('should give a verb of saying the subject before it', () => {
    expect(events('Mayor Ilse Brandt said the ferry would run again.')).toEqual(['said <- Ilse Brandt']);
  });

  it('should read the subject past an appositive', () => {
    expect(events('Tomas Reyl, the harbour master, told reporters the pier was safe.')).toEqual(['told <- Tomas Reyl']);
  });

  it('should take the subject after the verb when a comma comes before it', () => {
    expect(events('The pier is safe, said Tomas Reyl.')).toEqual(['said <- Tomas Reyl (inverted)']);
  });

  it('should not invert past a comma when the phrase after the verb has a verb of its own, nor after "told"', () => {
    expect(events('Ferry users, in their hundreds, said the timetable will change.')).toEqual(['said <- Ferry users']);
    expect(events('Vell Ferries, its owner since May, said the fares would rise.')).toEqual(['said <- Vell Ferries']);
    expect(events('The pier was closed to traffic, told a hearing two weeks ago that it was unsafe.')).toEqual(['told <- -']);
  });

  it('should read the subject before an aside opened by a relative pronoun or a lone adverb, or a name of a place', () => {
    expect(events('The inspector, who was not allowed to speak publicly, said repairs had been underway for weeks.')).toEqual(['said <- The inspector']);
    expect(events('Retired pilots on the island, though, say the runway is too short.')).toEqual(['say <- Retired pilots on the island']);
    expect(events('Yet traders on the quay, like their rivals inland, say the tariff hurts them.')).toEqual(['say <- traders on the quay']);
    expect(events('Councillor Ada Vell of Marrick, the chair of the harbour board, said the pier would reopen.')).toEqual(['said <- Ada Vell']);
  });

  it('should read a name after a connective that opens the clause as the subject past its appositive', () => {
    expect(events('And Sen. Rob Vale (R-Ohio), another incumbent, said he had not thought about it.')).toEqual(['said <- Rob Vale']);
    expect(events('Even Ann Rendle, a supporter of the mayor, said the tax would rise.')).toEqual(['said <- Ann Rendle']);
  });

  it('should read a role noun the tagger takes for an adjective as the head of the subject', () => {
    expect(events('The Republican incumbent said that her seat was safe.')).toEqual(['said <- The Republican incumbent']);
  });

  it('should read the subject before an aside after a phrase that opens the sentence', () => {
    expect(events('Inside the plant, one line supervisor, who asked not to be named, said morale was low.').filter((event) => event.startsWith('said'))).toEqual([
      'said <- one line supervisor',
    ]);
  });

  it('should give a coordinated verb of saying the subject of its clause', () => {
    expect(events('The harbour master conceded the pier was old and says he alone can mend it.')).toEqual([
      'conceded <- The harbour master',
      'says <- The harbour master',
    ]);
    expect(events('The ferry company agreed, but also contended that the fares were fair.')).toEqual([
      'agreed <- The ferry company',
      'contended <- The ferry company',
    ]);
  });

  it('should take the source of "according to" from the phrase after it', () => {
    expect(events('According to the port authority, the pier is safe.')).toEqual(['According to <- the port authority (inverted)']);
  });

  it('should mark negated and passive cues', () => {
    expect(events('Reyl did not say when the pier would reopen. It was said that the pier was unsafe.')).toEqual([
      'say <- Reyl (negated)',
      'said <- It (passive)',
    ]);
  });

  it('should find a verb that reports a clause but cues no quote, and a cue of quotes that reports none', () => {
    expect(events('Reyl denied that the pier was unsafe. Brandt laughed.')).toEqual(['denied <- Reyl', 'laughed <- Brandt (quotes only)']);
  });

  it('should read a subject with a prepositional phrase, a possessive or a coordinated noun', () => {
    expect(events(
      'A spokeswoman for Halvern Ferries said the pier was safe. Later, officials at the port agency said it was not. '
      + "Brandt's campaign said the vote was close. Reyl and others said it was not. Federal and state inspectors said the boats passed.",
    )).toEqual([
      'said <- A spokeswoman for Halvern Ferries',
      'said <- officials at the port agency',
      "said <- Brandt's campaign",
      'said <- Reyl and others',
      'said <- Federal and state inspectors',
    ]);
  });

  it('should read a possessive with a plural of people as the subject', () => {
    expect(events("Brandt's opponents said the pier was unsafe.")).toEqual(["said <- Brandt's opponents"]);
  });

  it('should read a name with a time phrase after it as the subject, and no possessive of a thing', () => {
    expect(events("Brandt on Tuesday said the pier was safe. Brandt's track record said little.")).toEqual([
      'said <- Brandt',
      'said <- -',
    ]);
  });

  it('should give a verb in a clause opened by a subordinator the name after it', () => {
    expect(events('Fares rose after Halvern Ferries announced the pier was unsafe.')).toEqual(['announced <- Halvern Ferries']);
  });

  it('should read "pointed out" as one cue, a verb after a count and a participle before "to"', () => {
    expect(events('Reyl pointed out that the pier was old. Some 47% say the fares are high. Brandt left, promising to return.')).toEqual([
      'pointed out <- Reyl',
      'say <- Some 47%',
      'promising <- Brandt',
    ]);
  });

  it('should find no events in verbs of belief, knowledge or intention', () => {
    expect(events('Reyl believes the pier is safe. Brandt thinks it is not, and knows why. Officials expect a vote.')).toEqual([]);
  });

  it('should find no event inside a quote', () => {
    expect(events('"They said it was safe," Reyl said.')).toEqual(['said <- Reyl']);
  });
});

describe('findSpeechEvents: shares of a poll as sources', () => {
  it('should read a share of a group as the source, whatever the tagger makes of its words', () => {
    expect(events('More than six in 10 said the toll should go.')).toEqual(['said <- More than six in 10']);
    expect(events('Less than a third said the toll should go.')).toEqual(['said <- Less than a third']);
    expect(events('Half said the toll should go.')).toEqual(['said <- Half']);
  });

  it('should read a share of a named group, past a place set off before it and a participle of polling after it', () => {
    expect(events('In Tarkent, 85% of Liberals said the toll should go.')).toEqual(['said <- 85% of Liberals']);
    expect(events('Some 56 percent of drivers polled said the toll should go.')).toEqual(['said <- Some 56 percent of drivers']);
  });

  it('should end the source at a dash set off by spaces, where a name before it is no part of it', () => {
    expect(events('Ilse Brandt is trusted more than Tomas Reyl - 60 percent of drivers said she would do better.')).toEqual([
      'said <- 60 percent of drivers',
    ]);
  });
});

describe('findSpeechEvents: a place in an unnamed source\'s complement', () => {
  it('should give the speech to the unnamed source, not the place after its preposition and adjectives', () => {
    expect(events('A ferry captain in west-central Tarkent said the crossing was rough.')).toEqual(['said <- A ferry captain in west-central Tarkent']);
    expect(events('A ferry captain in northern Tarkent said the crossing was rough.')).toEqual(['said <- A ferry captain in northern Tarkent']);
  });
});

describe('findSpeechEvents: a body named with a list before a role noun', () => {
  it('should read the whole body and its role as the source, the list\'s field words included', () => {
    expect(events('A Department for Transport, Roads and Rail spokesperson said the line would reopen.')).toEqual([
      'said <- A Department for Transport, Roads and Rail spokesperson',
    ]);
    expect(events('The Department for Transport, Roads and Rail said the line would reopen.')).toEqual(['said <- Department for Transport, Roads and Rail']);
    // A list of fields before the body's word, after "the", is one name too, as a role's complement.
    expect(events('The Ports, Roads and Rail Department said the line would reopen.')).toEqual(['said <- Ports, Roads and Rail Department']);
    expect(events('A spokesman for the Ports, Roads and Rail Department said the line would reopen.')).toEqual([
      'said <- A spokesman for the Ports, Roads and Rail Department',
    ]);
    // Items that are bodies of their own are three names, not one.
    expect(events('The Ministry of Health, Harlow Council and Tarn Police said the line would reopen.')[0]).not.toContain('Ministry of Health, Harlow Council');
  });
});

describe('findSpeechEvents: police named by their kind', () => {
  it('should read "Police" opening a sentence as the common noun, with the place after it in its phrase', () => {
    expect(events('Police in Tarnberg, who are responsible for the town, said the market would open.')).toEqual(['said <- Police in Tarnberg']);
    expect(extractQuotes('Police said the market would "open on time."')[0]?.speaker?.name).toBeNull();
    expect(extractQuotes('Tarn Police said the market would "open on time."')[0]?.speaker?.name).toBe('Tarn Police');
  });
});

describe('findSpeechEvents: a share of the group a relative pronoun stands for', () => {
  it('should read "many of whom" as the source', () => {
    expect(events('The plan upset the families, many of whom say it is unfounded.')).toEqual(['say <- many of whom']);
  });
});
