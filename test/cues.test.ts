import { describe, expect, it } from 'vitest';
import {
  auxiliaryBefore,
  cueAt,
  cueEndingAt,
  followsOpeningMark,
  isPassive,
  isRefusedAt,
  mayStartEvent,
  phraseAt,
  reportingVerbAt,
  reportingVerbEnd,
} from '../src/grammar/cues.js';
import { NEGATIONS } from '../src/lexicon/function-words.js';
import type { Token } from '../src/pipeline/document.js';
import { analyse } from './support/analyse.js';

const tokensOf = (text: string): readonly Token[] => analyse(text).tokens;

/** The index of the first token written `word`. */
function indexOf(tokens: readonly Token[], word: string): number {
  const index = tokens.findIndex((token) => token.text === word);
  if (index < 0) throw new Error(`no token "${word}"`);
  return index;
}

/** Every cue cueAt reads in the text, as "words (strength)", with "source after" for a phrase like "according to". */
function cues(text: string): string[] {
  const tokens = tokensOf(text);
  return tokens.flatMap((_, at) => {
    const cue = cueAt(tokens, at);
    if (cue === null) return [];
    const words = tokens.slice(cue.first, cue.last + 1).map((token) => token.text).join(' ');
    return [`${words} (${cue.strength}${cue.sourceAfter ? ', source after' : ''})`];
  });
}

/** Every reporting verb in the text, as "verb -> lemma". */
function reportingVerbs(text: string): string[] {
  const tokens = tokensOf(text);
  return tokens.flatMap((token, at) => {
    const lemma = reportingVerbAt(tokens, at);
    return lemma === null ? [] : [`${token.text} -> ${lemma}`];
  });
}

describe('cueAt', () => {
  it('reads a verb of speech as a cue, with its strength', () => {
    expect(cues('Mayor Ana Vell said the pier was safe.')).toEqual(['said (speech)']);
    expect(cues('“It is safe,” Vell added.')).toEqual(['added (weak)']);
  });

  it('reads a source phrase as one cue whose source follows it', () => {
    expect(cues('The pier is safe, according to Vell.')).toEqual(['according to (speech, source after)']);
    expect(cues('The pier is safe, in the words of Vell.')).toEqual(['in the words of (speech, source after)']);
    expect(cues('Vell was quoted as saying the pier was safe.')).toEqual(['quoted as saying (speech, source after)', 'saying (speech)']);
  });

  it('reads a capitalised verb form as a cue only where a sentence or a quote starts', () => {
    expect(cues('The United States agreed.')).toEqual([]);
    expect(cues('“Said it before,” Vell added.')).toEqual(['Said (speech)', 'added (weak)']);
  });

  it('reads a verb of speech the tagger takes for a noun right after a name as a cue', () => {
    const tokens = tokensOf('Tarrow reports that the pier is open.');
    expect(tokens[1]!.pos).toBe('NOUN');
    expect(cues('Tarrow reports that the pier is open.')).toEqual(['reports (weak)']);
  });

  it('reads no cue in a participle that modifies the object of a preposition, nor in an infinitive inside a subject', () => {
    expect(cues('He said in a notice posted on its website that fares would rise.')).toEqual(['said (speech)']);
    expect(cues('She wrote that the right to protest was sacred.')).toEqual(['wrote (speech)']);
  });

  it('reads no cue at a word that is no verb of speech, nor past the end of the tokens', () => {
    const tokens = tokensOf('The pier was safe.');
    expect(tokens.map((_, at) => cueAt(tokens, at))).toEqual([null, null, null, null, null]);
    expect(cueAt(tokens, tokens.length)).toBeNull();
  });
});

describe('cueEndingAt', () => {
  it('reads a source phrase back from its last word', () => {
    const tokens = tokensOf('The pier is safe, according to Vell.');
    expect(cueEndingAt(tokens, indexOf(tokens, 'to'))).toEqual({ first: 5, last: 6, strength: 'speech', sourceAfter: true });
    expect(cueEndingAt(tokens, indexOf(tokens, 'according'))).toBeNull();
  });

  it('reads a one-word cue at that word, and none before the first token', () => {
    const tokens = tokensOf('Vell said it.');
    expect(cueEndingAt(tokens, 1)).toEqual({ first: 1, last: 1, strength: 'speech', sourceAfter: false });
    expect(cueEndingAt(tokens, -1)).toBeNull();
  });
});

describe('mayStartEvent, phraseAt and followsOpeningMark', () => {
  it('mark the tokens where a cue or a reporting verb may start', () => {
    const tokens = tokensOf('Vell said the pier is safe, according to Ruiz.');
    expect(tokens.filter(mayStartEvent).map((token) => token.text)).toEqual(['said', 'according']);
  });

  it('match a phrase by the lower-case forms of the tokens from a given one', () => {
    const tokens = tokensOf('According to Vell, it was safe.');
    expect(phraseAt(tokens, 0, ['according', 'to'])).toBe(true);
    expect(phraseAt(tokens, 1, ['according', 'to'])).toBe(false);
    expect(phraseAt(tokens, tokens.length - 1, ['.', 'and'])).toBe(false);
  });

  it('hold at the start of the text and after a final mark, a colon or a quotation mark', () => {
    const tokens = tokensOf('Vell spoke. “Said it,” Ruiz said: Read it.');
    expect(tokens.flatMap((token, at) => (followsOpeningMark(tokens, at) ? [token.text] : []))).toEqual(['Vell', '“', 'Said', 'Ruiz', 'Read']);
  });
});

describe('reportingVerbAt and reportingVerbEnd', () => {
  it('give the lemma of a reporting verb, and of none that cues quotes only', () => {
    expect(reportingVerbs('Vell denied that the pier was unsafe and told the board it was sound.')).toEqual(['denied -> deny', 'told -> tell']);
    expect(reportingVerbs('Vell laughed.')).toEqual([]);
  });

  it('read a verb with its particle, "pointed out", ending at the particle, and "pointed to" as no report', () => {
    const tokens = tokensOf('She pointed out that the pier was old.');
    expect(reportingVerbAt(tokens, 1)).toBe('point');
    expect(reportingVerbEnd(tokens, 1)).toBe(2);
    expect(reportingVerbs('She pointed to the pier.')).toEqual([]);
    // wink tags "point" a noun after a plural noun; its particle and "that" show the verb.
    expect(reportingVerbs('Harbour pilots point out that the pier is old.')).toEqual(['point -> point']);
    expect(reportingVerbs('The point of the pier is that it is old.')).toEqual([]);
    const said = tokensOf('She said the pier was old.');
    expect(reportingVerbEnd(said, 1)).toBe(1);
  });

  it('read no plain form after an article and a singular noun, the head of a noun compound', () => {
    expect(reportingVerbs('The shop has a coffee counter in the corner.')).toEqual([]);
    expect(reportingVerbs('The firm would counter that the shop is small.')).toEqual(['counter -> counter']);
  });

  it('read a capitalised verb as a reporting verb only in a headline, where every word is capitalised', () => {
    const tokens = tokensOf('Harbour Mayor Says Ferry Will Run');
    expect(reportingVerbAt(tokens, 2)).toBeNull();
    expect(reportingVerbAt(tokens, 2, true)).toBe('say');
  });

  it('read "say" after a count and a participle before "to" as reporting verbs, and "state" as the noun', () => {
    expect(reportingVerbs('About 4 in 10 say the pier is safe.')).toEqual(['say -> say']);
    expect(reportingVerbs('Vell, promising to fix it, left.')).toEqual(['promising -> promise']);
    expect(reportingVerbs('The state lawmaker denied the claim.')).toEqual(['denied -> deny']);
    expect(reportingVerbs('Rust Belt states voted for the pier.')).toEqual([]);
    expect(reportingVerbs('Three coastal states that have piers agreed.')).toEqual(['agreed -> agree']);
    expect(reportingVerbs('Vell states that the pier is safe.')).toEqual(['states -> state']);
  });

  it('read a verb of speech that wink tags a noun after a noun when a clause follows it', () => {
    expect(reportingVerbs('The harbour board claims Reyl runs the port.')).toEqual(['claims -> claim']);
    expect(reportingVerbs('Harbour pilots caution that the channel is shallow.')).toEqual(['caution -> caution']);
    // A noun compound stays a noun: "the board's claims", "pilot reports show".
    expect(reportingVerbs('The board reports were late.')).toEqual([]);
  });
});

describe('auxiliaryBefore, isPassive and isRefusedAt', () => {
  it('find a negation before a verb, past adverbs and auxiliaries', () => {
    const negated = (text: string, verb: string) => {
      const tokens = tokensOf(text);
      return auxiliaryBefore(tokens, indexOf(tokens, verb), NEGATIONS);
    };
    expect(negated('Vell did not immediately say why.', 'say')).toBe(true);
    expect(negated('He never said that.', 'said')).toBe(true);
    expect(negated('She has not yet told them.', 'told')).toBe(true);
    expect(negated('Vell said the pier was safe.', 'said')).toBe(false);
    expect(negated('Vell did not know, she said.', 'said')).toBe(false);
  });

  it('read a verb after a form of "be" as passive, but not one in -ing', () => {
    const tokens = tokensOf('He was told to leave. She was telling him. Vell said so.');
    expect(isPassive(tokens, indexOf(tokens, 'told'))).toBe(true);
    expect(isPassive(tokens, indexOf(tokens, 'telling'))).toBe(false);
    expect(isPassive(tokens, indexOf(tokens, 'said'))).toBe(false);
  });

  it('read an infinitive after a verb of refusing as refused', () => {
    const tokens = tokensOf('A spokesman declined to say when it would open, and Vell wanted to say more.');
    const says = tokens.flatMap((token, at) => (token.text === 'say' ? [at] : []));
    expect(says.map((at) => isRefusedAt(tokens, at))).toEqual([true, false]);
  });
});
