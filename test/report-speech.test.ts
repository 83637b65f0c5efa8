import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../src/pipeline/attribute-quotes.js';
import { findSpeechEvents } from '../src/pipeline/find-speech-events.js';
import { reportSpeech } from '../src/pipeline/report-speech.js';
import { NOT_SPEECH_LEMMAS, REPORTING_VERB_LEMMAS } from '../src/lexicon/speech-verbs.js';
import { documentOf } from './support/analyse.js';

/** Each reported clause as "clause <- source (rule)". */
function reports(text: string): string[] {
  const doc = documentOf(text);
  const events = findSpeechEvents(doc);
  return reportSpeech(doc, events, attributeQuotes(doc, events)).map((report) => {
    const source = report.subject === null ? '-' : text.slice(report.subject.span.start, report.subject.span.end);
    return `${text.slice(report.quote.start, report.quote.end)} <- ${source} (${report.rule})`;
  });
}

describe('reportSpeech', () => {
  it('should read S V (that) C without "that" and the final stop', () => {
    expect(reports('Ilse Brandt said that the ferry would run in May.')).toEqual(['the ferry would run in May <- Ilse Brandt (reported-clause)']);
  });

  it('should end a report before a clause of concession or a comparison the writer adds', () => {
    expect(reports('Ilse Brandt insisted the vote was rigged even though turnout was high.')).toEqual(['the vote was rigged <- Ilse Brandt (reported-clause)']);
    expect(reports('Ilse Brandt said the ferry was late although the sea was calm.')).toEqual(['the ferry was late <- Ilse Brandt (reported-clause)']);
    expect(reports('Most voters said the mayor would do better, compared with 30 percent for her rival.')).toEqual(['the mayor would do better <- Most voters (reported-clause)']);
  });

  it('should read a condition after "said" as part of the report, but not after an infinitive, which asks', () => {
    expect(reports('Ilse Brandt said if the council agrees the ferry will run in May.')).toEqual(['if the council agrees the ferry will run in May <- Ilse Brandt (reported-clause)']);
    expect(reports('Ilse Brandt declined to say if the ferry will run in May.')).toEqual([]);
  });

  it('should read a subject stressed by a reflexive, and a clause whose verb the tagger misses after a pronoun', () => {
    expect(reports('Harlow Ferries itself said the crossing was safe.')).toEqual(['the crossing was safe <- Harlow Ferries (reported-clause)']);
    expect(reports('Ilse Brandt acknowledges that she misspoke about the fares.')).toEqual(['she misspoke about the fares <- Ilse Brandt (reported-clause)']);
    expect(reports('Ilse Brandt added that she, too, backs the fares.')).toEqual(['she, too, backs the fares <- Ilse Brandt (reported-clause)']);
  });

  it('should read the last of two names joined by "and" before an appositive as the source', () => {
    expect(reports('The talks resumed. Ilse Brandt and Tom Dale, the chairman of the Harbour Union, said that the strike would end.')).toEqual([
      'the strike would end <- Tom Dale (reported-clause)',
    ]);
  });

  it('should read speech that goes on after its attribution, opened by a coordinator or "because"', () => {
    expect(reports('The depots would close, Ilse Brandt said, because the buses are old.')).toEqual([
      'The depots would close <- Ilse Brandt (reported-interrupted)',
      'because the buses are old <- Ilse Brandt (reported-interrupted)',
    ]);
    expect(reports('The depots would close, Ilse Brandt said on Monday.')).toEqual(['The depots would close <- Ilse Brandt (reported-before-cue)']);
  });

  it('should read a clause after the attribution\'s comma as the rest of the speech, not an appositive or a writer\'s clause', () => {
    expect(reports('It is no surprise, Ilse Brandt said on Monday, that the depots will close.')).toEqual([
      'It is no surprise <- Ilse Brandt (reported-interrupted)',
      'that the depots will close <- Ilse Brandt (reported-interrupted)',
    ]);
    expect(reports('Federal rules are a burden, said Ana Wilcox, a Dover Republican who founded a bus firm.').join('\n')).not.toMatch(/Dover Republican/);
    expect(reports('The depots will close, Ilse Brandt said, although she gave no date.')).toEqual(['The depots will close <- Ilse Brandt (reported-before-cue)']);
  });

  it('should keep a concession that opens the report', () => {
    expect(reports('Ilse Brandt said that although the sea was calm, the ferry was late.')).toEqual(['although the sea was calm, the ferry was late <- Ilse Brandt (reported-clause)']);
  });

  it('should take whatever follows "according to" as the source, even words the tagger reads as a verb', () => {
    expect(reports('Ilse Brandt leads Tom Dale by four points, according to exit polls.')).toEqual([
      'Ilse Brandt leads Tom Dale by four points <- exit polls (reported-according-to)',
    ]);
    expect(reports('According to exit polls, Ilse Brandt leads by four points.')).toEqual(['Ilse Brandt leads by four points <- exit polls (reported-according-to)']);
    expect(reports('According to police, officers saw the man get out of a car.')).toEqual(['officers saw the man get out of a car <- police (reported-according-to)']);
  });

  it('should read a source with a plural possessive', () => {
    expect(reports('Ilse Ivars\u2019 campaign says it raised $2 million in May.')).toEqual(['it raised $2 million in May <- Ilse Ivars\u2019 campaign (reported-clause)']);
  });

  it('should read "those surveyed" as a source', () => {
    expect(reports('Those surveyed say the economy is weak.')).toEqual(['the economy is weak <- Those surveyed (reported-clause)']);
  });

  it('should read a share of a group as a source, with the word that makes it approximate', () => {
    expect(reports('Most of the ferry crews said the strike would go ahead.')).toEqual(['the strike would go ahead <- Most of the ferry crews (reported-clause)']);
    expect(reports('Many in the harbour crowd said the fares were too high.')).toEqual(['the fares were too high <- Many in the harbour crowd (reported-clause)']);
    expect(reports('About 3 in 10 say the toll should be scrapped.')).toEqual(['the toll should be scrapped <- About 3 in 10 (reported-clause)']);
    expect(reports('More than half of the islanders said they would vote against it.')).toEqual(['they would vote against it <- More than half of the islanders (reported-clause)']);
    expect(reports('Nearly 300 commuters said the timetable had failed them.')).toEqual(['the timetable had failed them <- 300 commuters (reported-clause)']);
  });

  it('should read C, said S when a relative clause describes the appositive on the source', () => {
    expect(reports('The ferry will run in May, said Brandt, a Tarnby Republican who founded the line.')).toEqual(['The ferry will run in May <- Brandt (reported-before-cue)']);
  });

  it('should read an -ing phrase with a finite verb of its own before the attribution as the report, not an opening participle', () => {
    expect(reports('Keeping the ferry running is the priority, said Ilse Brandt.')).toEqual(['Keeping the ferry running is the priority <- Ilse Brandt (reported-before-cue)']);
    expect(reports('Asking whether the ferry would run, Ilse Brandt said it would.')).toEqual(['it would <- Ilse Brandt (reported-clause)']);
  });

  it('should end a report inside a relative clause set off by commas at its closing comma', () => {
    // The source is the relative "who", which the resolver gives to Ilse Brandt.
    expect(reports('Mayor Ilse Brandt, who said the ferry would run in May, left early.')).toEqual(['the ferry would run in May <- who (reported-clause)']);
  });

  it('should read C, S V and C, V S without the comma', () => {
    expect(reports('The ferry will run in May, Brandt said. Fares will stay low, said Tomas Reyl.')).toEqual([
      'The ferry will run in May <- Brandt (reported-before-cue)',
      'Fares will stay low <- Tomas Reyl (reported-before-cue)',
    ]);
  });

  it('should read "according to" before and after the clause', () => {
    expect(reports('According to officials, the talks failed. The pier is safe, according to the engineers.')).toEqual([
      'the talks failed <- officials (reported-according-to)',
      'The pier is safe <- the engineers (reported-according-to)',
    ]);
  });

  it('should give a clause interrupted by its attribution as two records', () => {
    expect(reports('The plan, Brandt said, will fail.')).toEqual(['The plan <- Brandt (reported-interrupted)', 'will fail <- Brandt (reported-interrupted)']);
  });

  it('should split coordinated clauses that each have "that", and keep one without', () => {
    expect(reports('Reyl said that the pier was safe and that the boats were ready. Brandt said fares rose and wages fell.')).toEqual([
      'the pier was safe <- Reyl (reported-clause)',
      'the boats were ready <- Reyl (reported-coordinated)',
      'fares rose and wages fell <- Brandt (reported-clause)',
    ]);
  });

  it('should read "adding that" as a second record of the same speaker', () => {
    expect(reports('Reyl said the repairs were done, adding that the cost stayed low.')).toEqual([
      'the repairs were done <- Reyl (reported-clause)',
      'the cost stayed low <- Reyl (reported-clause)',
    ]);
  });

  it('should skip an opening participle phrase', () => {
    expect(reports('Asked about the fares, Brandt said the board would hold them.')).toEqual(['the board would hold them <- Brandt (reported-clause)']);
  });

  it('should return nothing for questions, negated or passive speech, belief verbs and a direct quote\'s own cue', () => {
    expect(reports(
      'Brandt asked whether the council would pay. Reyl did not say when it would open. It was said that the office would close. '
      + 'Ferrante believes the board will change its mind. "We will not stop," Brandt said.',
    )).toEqual([]);
  });

  it('should keep a partial quote inside the reported clause', () => {
    expect(reports('She said the plan was "a gamble" and expensive.')).toEqual(['the plan was "a gamble" and expensive <- She (reported-clause)']);
  });
});

describe('reportSpeech extents', () => {
  it('should go on past a coordinated verb that is not itself a verb of saying', () => {
    expect(reports('Reyl said the pier flooded and closed for a week.')).toEqual(['the pier flooded and closed for a week <- Reyl (reported-clause)']);
  });

  it('should go on past ", but" or ", and" before a verb, "not" or "that" with no subject of its own', () => {
    expect(reports('Brandt said the fares were fair, but needed a review.')).toEqual(['the fares were fair, but needed a review <- Brandt (reported-clause)']);
  });

  it('should stop before a participle or a relative clause set off by a comma', () => {
    expect(reports('Reyl said he would not seek a recount, conceding the vote to Brandt. Brandt said the ferry would run to Osk, which lies north.')).toEqual([
      'he would not seek a recount <- Reyl (reported-clause)',
      'the ferry would run to Osk <- Brandt (reported-clause)',
    ]);
  });

  it('should read the report past a phrase set off after "that"', () => {
    expect(reports('Reyl said that, if elected, he would cut the fares.')).toEqual(['if elected, he would cut the fares <- Reyl (reported-clause)']);
  });

  it('should take the clause before an attribution whose tail names no new clause, however long', () => {
    expect(reports('The ferry made two trips, harbour officials said, the first to Osk in the morning and the second to Brill at night.')).toEqual([
      'The ferry made two trips <- harbour officials (reported-before-cue)',
    ]);
  });

  it('should read "As S reported, C" and a source opened by a subordinator', () => {
    expect(reports('As the Pellmouth Courier reported on Tuesday, the pier will close. Fares rose after officials said the pier was unsafe.')).toEqual([
      'the pier will close <- Pellmouth Courier (reported-clause)',
      'the pier was unsafe <- officials (reported-clause)',
    ]);
  });

  it('should read "As reported by S, C" with the agent as the source', () => {
    expect(reports('As reported by the Pellmouth Courier, the pier will close.')).toEqual(['the pier will close <- Pellmouth Courier (reported-clause)']);
  });

  it('should take the clause before an attribution followed by a clause link', () => {
    expect(reports('The pier is unsafe, inspectors said, although they said it could reopen.')).toEqual([
      'The pier is unsafe <- inspectors (reported-before-cue)',
      'it could reopen <- they (reported-clause)',
    ]);
  });

  it('should skip a listener with a possessive, and end at a clause link after a partial quote\'s own comma', () => {
    expect(reports('Reyl assured his crew the pier was safe. Brandt said the fares were "too high," before leaving the hall.')).toEqual([
      'the pier was safe <- Reyl (reported-clause)',
      'the fares were "too high," <- Brandt (reported-clause)',
    ]);
  });

  it('should read C before "the NAME said", and before an attribution a participle follows', () => {
    expect(reports('But the new plan is still too generous, the Budget Institute said.')).toEqual([
      'But the new plan is still too generous <- Budget Institute (reported-before-cue)',
    ]);
    expect(reports('The emails were on many topics, the Gazette said, including speeches and meetings.')).toEqual([
      'The emails were on many topics <- Gazette (reported-before-cue)',
    ]);
    expect(reports('She had struggled her whole life, Ruiz explained, recalling a visit.')).toEqual(['She had struggled her whole life <- Ruiz (reported-before-cue)']);
  });

  it('should read an -ing phrase before an interrupting attribution as the subject of the verb after it', () => {
    expect(reports('Freeing the sailors, he promised, was one of his first tasks.')).toEqual([
      'Freeing the sailors <- he (reported-interrupted)',
      'was one of his first tasks <- he (reported-interrupted)',
    ]);
    expect(reports('Asked about the sailors, he said they were safe.')).toEqual(['they were safe <- he (reported-clause)']);
  });

  it('should read the source of a verb of saying in an infinitive through the verb or adjective it hangs on', () => {
    expect(reports('Ilse Brandt went on to say that the ferry would run in May.')).toEqual(['the ferry would run in May <- Ilse Brandt (reported-clause)']);
    expect(reports('Harbour pilots continue to insist that the channel is too shallow.')).toEqual(['the channel is too shallow <- Harbour pilots (reported-clause)']);
    expect(reports('Ferry staff are quick to note that the timetable has not changed.')).toEqual(['the timetable has not changed <- Ferry staff (reported-clause)']);
    expect(reports('Council officials had begun to hint that a deal was close.')).toEqual(['a deal was close <- Council officials (reported-clause)']);
    // The writer's own aside, and an infinitive on a noun, have no speaker.
    expect(reports('It is important to note that the ferry has never sunk.')).toEqual([]);
    expect(reports('The operator found a way to report profits that did not exist.')).toEqual([]);
  });

  it('should read the subject past a floating quantifier, a period and a comma-set adverb before the verb', () => {
    expect(reports('Reyl and Brandt both said the ferry would run in May.')).toEqual(['the ferry would run in May <- Brandt (reported-clause)']);
    expect(reports('The harbour pilots all agreed the channel was too shallow.')).toEqual(['the channel was too shallow <- The harbour pilots (reported-clause)']);
    expect(reports('Harlow Ferries last week announced it would cut fares.')).toEqual(['it would cut fares <- Harlow Ferries (reported-clause)']);
    expect(reports('A survey of riders has, however, revealed that the fares are too high.')).toEqual(['the fares are too high <- A survey of riders (reported-clause)']);
  });

  it('should give the report of a body\'s relative clause to the body before its comma', () => {
    expect(reports('Harlow Ferries, which has denied that the pier is unsafe, opened it again.')).toEqual(['the pier is unsafe <- Harlow Ferries (reported-clause)']);
  });

  it('should start a report at a capitalised "According to" after a quote that ends its sentence', () => {
    expect(reports("Ilse Varn said the pier ''was never busy.'' According to harbour records, it handled 40 ships a day.")).toEqual([
      "the pier ''was never busy.'' <- Ilse Varn (reported-clause)",
      'it handled 40 ships a day <- harbour records (reported-according-to)',
    ]);
  });

  it('should end a report in a relative clause on a noun at its comma', () => {
    expect(reports('Reyl, a pilot who has argued many cases before the board, will run the port, Brandt maintains.')).toEqual([
      'Reyl, a pilot who has argued many cases before the board, will run the port <- Brandt (reported-before-cue)',
    ]);
  });

  it('should carry a report past a colon, whose words detail it, and end it at a semicolon', () => {
    expect(reports('Brandt said the ferry had one advantage: it ran on time.')).toEqual(['the ferry had one advantage: it ran on time <- Brandt (reported-clause)']);
    expect(reports('Brandt said the ferry ran on time; the buses did not.')).toEqual(['the ferry ran on time <- Brandt (reported-clause)']);
  });

  it('should read an unnamed source whose place is a word used as a noun after its article', () => {
    expect(reports('A pilot in the north of Tarnshire said the channel was too shallow.')).toEqual(['the channel was too shallow <- A pilot in the north of Tarnshire (reported-clause)']);
    expect(reports('A pilot in the east of the harbour said the channel was too shallow.')).toEqual(['the channel was too shallow <- A pilot in the east of the harbour (reported-clause)']);
  });

  it('should carry a report past a relative clause set off by commas before its verb, and end it at one after', () => {
    expect(reports('Brandt acknowledged that Reyl, who had run the port for a decade, was the better candidate.')).toEqual([
      'Reyl, who had run the port for a decade, was the better candidate <- Brandt (reported-clause)',
    ]);
    expect(reports('Brandt said the ferry would run in May, which surprised the pilots.')).toEqual(['the ferry would run in May <- Brandt (reported-clause)']);
  });

  it('should read a report past a phrase of where or when after the verb, and none after an object phrase', () => {
    expect(reports('Chris Hale said on Saturday he would order a quarantine.')).toEqual(['he would order a quarantine <- Chris Hale (reported-clause)']);
    expect(reports('The mayor said on Monday the ferry would run again.')).toEqual(['the ferry would run again <- The mayor (reported-clause)']);
    expect(reports('The mayor told a rally in Varn the ferry would run.')).toEqual(['the ferry would run <- The mayor (reported-clause)']);
    expect(reports('The mayor spoke about the ferry.')).toEqual([]);
  });

  it('should read no report in a question, nor from a participle between a number and a noun', () => {
    expect(reports('Can the mayor persuade voters the ferry will run again?')).toEqual([]);
    expect(reports('In Varn, 60 pledged delegates were at stake, and the mayor promised the count would be fair.')).toEqual([
      'the count would be fair <- the mayor (reported-clause)',
    ]);
    expect(reports('Sen. Tim Vale (D-Va.), promised the count would be fair.')).toEqual(['the count would be fair <- Tim Vale (reported-clause)']);
  });

  it('should read no report from "state" used as a noun', () => {
    expect(reports('A former Osk state senator said the pier was safe. The Brill state line runs past the pier.')).toEqual([
      'the pier was safe <- A former Osk state senator (reported-clause)',
    ]);
  });

  it('should start a clause after a quote that ends a sentence the splitter ran on', () => {
    expect(reports('Brandt asked for the fares to fall "without delay." The ferry will run on Sunday, according to an aide.')).toEqual([
      'The ferry will run on Sunday <- an aide (reported-according-to)',
    ]);
  });
});

describe('reportSpeech: a relative clause on an inverted source', () => {
  it('should read the report before "said S" when a relative clause on the source follows', () => {
    expect(reports('Its first ad could start this week, said Tom Hale, who oversees the campaign.')).toEqual([
      'Its first ad could start this week <- Tom Hale (reported-before-cue)',
    ]);
    expect(reports('Its first ad could start this week, said Tom Hale, an adviser to the family who oversees the campaign.')).toEqual([
      'Its first ad could start this week <- Tom Hale (reported-before-cue)',
    ]);
  });
});

describe('reportSpeech: an appositive aside after the report', () => {
  it('should end the report before a noun phrase set off with a relative clause of its own', () => {
    expect(reports('Ilse Brandt said she would send money to Harlow and Tarn, two towns where she is not running.')).toEqual([
      'she would send money to Harlow and Tarn <- Ilse Brandt (reported-clause)',
    ]);
    expect(reports('Ilse Brandt vowed to repeal the Dock Act, a state law that bans night ferries.')).toEqual(['to repeal the Dock Act <- Ilse Brandt (reported-clause)']);
  });

  it('should keep a noun phrase set off without a relative clause, which may be the report\'s own list', () => {
    expect(reports('Ilse Brandt said the ferry would stop at Harlow, the first port on the coast.')).toEqual([
      'the ferry would stop at Harlow, the first port on the coast <- Ilse Brandt (reported-clause)',
    ]);
  });
});

describe('reportSpeech: adverbial clauses', () => {
  it('should read no report in an adverbial clause opening the sentence before a verb of speech', () => {
    expect(reports('When the council cut the ferry budget, the harbour board said enough.')).toEqual([]);
    expect(reports('But after Ilse Brandt lost the vote, her aides tweeted their thanks.')).toEqual([]);
  });

  it('should read no report in an adverbial clause of the telling after the verb', () => {
    expect(reports('Ilse Brandt told reporters as she turned to leave.')).toEqual([]);
    expect(reports('The mayor explained while the ferry was docking.')).toEqual([]);
  });

  it('should still read a report that holds a main clause after the subordinate one', () => {
    expect(reports('When the ferry runs again, it will be full, Ilse Brandt said.')).toEqual([
      'When the ferry runs again, it will be full <- Ilse Brandt (reported-before-cue)',
    ]);
    expect(reports('Ilse Brandt said while the ferry was late, the crew had done well.')).toEqual([
      'while the ferry was late, the crew had done well <- Ilse Brandt (reported-clause)',
    ]);
  });
});

describe('reportSpeech: headlines', () => {
  it('should read a report in a headline, whose verb is capitalised like every word, before or after its source', () => {
    expect(reports('Harbour Mayor Says Ferry Will Run Again in May\n\nThe ferry stopped in June.')).toEqual([
      'Ferry Will Run Again in May <- Harbour Mayor (reported-clause)',
    ]);
    expect(reports('Ferry Will Run Again in May, Harbour Mayor Says\n\nThe ferry stopped in June.')).toEqual([
      'Ferry Will Run Again in May <- Harbour Mayor (reported-before-cue)',
    ]);
    expect(reports('Ilse Brandt Warns Toll Plan Would Cost Drivers Millions.\n\nThe plan was published on Monday.')).toEqual([
      'Toll Plan Would Cost Drivers Millions <- Ilse Brandt (reported-clause)',
    ]);
  });

  it('should read no capitalised verb in prose as a report', () => {
    expect(reports('The ferry stopped in June. Says who? Nobody knows.')).toEqual([]);
  });
});

describe('reporting verbs', () => {
  it('should include no verb of belief, knowledge or intention', () => {
    expect(REPORTING_VERB_LEMMAS.filter((lemma) => NOT_SPEECH_LEMMAS.has(lemma))).toEqual([]);
    for (const lemma of ['think', 'believe', 'expect', 'know', 'want']) expect(NOT_SPEECH_LEMMAS.has(lemma)).toBe(true);
  });
});

describe('reportSpeech: refusals', () => {
  it('returns no reported speech for what someone declined to say', () => {
    expect(reports('A spokesman for the firm declined to say when the staff would be paid.')).toEqual([]);
    expect(reports('Ilse Brandt refused to say the plan had failed.')).toEqual([]);
  });
});
