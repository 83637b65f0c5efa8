import { phrases, words } from './words.js';

/**
 * Verbs of speech and report, in every inflection that appears in news copy.
 *
 * Source: the reporting verbs of Stanford CoreNLP's QuoteAttributionAnnotator
 * word lists and SFU's Gender Gap Tracker quote verbs, merged and inflected by hand.
 */

/** How strongly a verb signals that the quote next to it is speech. */
export type CueStrength = 'speech' | 'weak';

const SPEECH_VERB_LEMMAS = words(`
  say tell add declare write continue insist warn ask explain note state remark reply respond answer argue
  claim acknowledge admit announce assert comment complain concede confirm contend cry emphasize emphasise
  exclaim joke quip recall remind report reiterate repeat shout stress testify tweet post yell whisper predict
  vow pledge promise urge observe muse boast counter recount lament scoff sigh snap charge caution proclaim
  protest rail retort conclude marvel chide mock plead beg demand suggest describe wonder tout concur
  interject mutter murmur groan grumble thunder blast fume gush laugh begin quote cite opine allege maintain
  elaborate clarify disclose reveal lash hit fire shoot call dub label brand term advise email text read
  attack assure chant sing pronounce recommend chime bark snarl thank tease gloat brag beam sneer grin smile
  riff react needle jab accuse dismiss
`);

/** Lemmas that are cues only next to a quote, because they have other common senses ("hit", "call"). */
const WEAK_LEMMAS: ReadonlySet<string> = new Set(
  words(`
  call dub label brand term describe begin lash hit fire shoot post quote cite report suggest wonder laugh
  continue add maintain promise demand charge text read attack chant sing recommend beam sneer grin smile
  thank tease riff react needle jab accuse dismiss
`),
);

/** Irregular forms; regular ones are derived by {@link inflect}. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  begin: ['began', 'begins', 'beginning', 'begun'],
  hit: ['hits', 'hitting'],
  shoot: ['shot', 'shoots', 'shooting'],
  read: ['reads', 'reading'],
  sing: ['sang', 'sings', 'singing', 'sung'],
};

/**
 * Verbs of more than one syllable stressed on the last, which double their
 * final consonant ("admitted", "concurring"); one-syllable verbs are found by
 * their spelling in {@link doublesFinal}.
 */
const STRESSED_FINAL: ReadonlySet<string> = new Set(words(`admit concur`));

/**
 * Whether the final consonant doubles before -ed and -ing: one vowel then one
 * consonant, in one syllable ("beg", "dub", "quip") or a stressed last one.
 * Never w, x or y, which are not written double ("row", "text", "stay").
 */
function doublesFinal(lemma: string): boolean {
  if (STRESSED_FINAL.has(lemma)) return true;
  // Hint: the u of "qu" is a consonant sound: "quip" is one vowel, then p.
  return /^(?:qu|[^aeiou])*[aeiou][^aeiouwxy]$/.test(lemma);
}

/** Verbs in unstressed -el, whose l British copy doubles ("labelled") and American copy does not ("labeled"). */
const BRITISH_DOUBLE_L: ReadonlySet<string> = new Set(words(`label marvel`));

/** The regular forms of a lemma: the lemma, third person, past, and -ing. */
function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  if (BRITISH_DOUBLE_L.has(lemma)) return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`, `${lemma}led`, `${lemma}ling`];
  // "reply" → "replies", "replied", "replying"; "stay" keeps its y.
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  const third = /(?:[sxz]|sh|ch)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  if (doublesFinal(lemma)) {
    const doubled = lemma + lemma.charAt(lemma.length - 1);
    return [lemma, third, `${doubled}ed`, `${doubled}ing`];
  }
  // "agree" → "agreed", "agreeing"; "note" → "noted", "noting".
  if (lemma.endsWith('ee')) return [lemma, third, `${lemma.slice(0, -1)}ed`, `${lemma}ing`];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/** Every inflected form of every lemma, in list order: for the lexicon test. @internal */
export const SPEECH_VERB_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  SPEECH_VERB_LEMMAS.map((lemma) => [lemma, inflect(lemma)] as const),
);

/**
 * The forms of "ask", which inside a report make a request rather than cue the quote: "said she had **asked** her
 * officials to examine 'every option'".
 *
 * Source: the inflections of the lemma in {@link SPEECH_VERB_FORMS}.
 */
export const ASK_FORMS: ReadonlySet<string> = new Set(SPEECH_VERB_FORMS.get('ask'));

/**
 * The forms of "write", which with "to" after them inside a report tell of a letter sent rather than cue the quote:
 * "said the association had **written** to the developer seeking 'a full overhaul'".
 *
 * Source: the inflections of the lemma in {@link SPEECH_VERB_FORMS}.
 */
export const WRITE_FORMS: ReadonlySet<string> = new Set(SPEECH_VERB_FORMS.get('write'));

/**
 * The forms of the weak verbs that name the words they cue ("what he **called** 'a proper answer'", "**described** it
 * as 'reckless'"): those cue the quote even inside a report, where the other weak verbs ("said it was
 * **recommending** the offer 'unanimously'") leave it to the report's verb.
 *
 * Source: the naming verbs of {@link SPEECH_VERB_LEMMAS} (Levin 1993, 29.3 "dub" verbs, and "describe … as" and
 * "dismiss … as", which name the words they judge something by).
 */
export const NAMING_FORMS: ReadonlySet<string> = new Set(words('call dub label brand term describe dismiss').flatMap((lemma) => SPEECH_VERB_FORMS.get(lemma) ?? []));

/** Every inflected form, lower case, with its strength. */
export const SPEECH_VERBS: ReadonlyMap<string, CueStrength> = new Map(
  [...SPEECH_VERB_FORMS].flatMap(([lemma, forms]) =>
    forms.map((form) => [form, WEAK_LEMMAS.has(lemma) ? 'weak' : 'speech'] as const),
  ),
);

/**
 * Multi-word cues that name a source after them ("according to NAME") or
 * report speech without a verb of their own.
 */
export const SOURCE_PHRASES = [['according', 'to'], ['quoted', 'as', 'saying'], ['in', 'the', 'words', 'of']] as const;

/**
 * Verbs of saying that report what was said in a clause of their own, without
 * quotation marks: "Powell **said** the coalition would grow", "she **denied**
 * that the plan had failed", "the poll **suggests** most voters are undecided".
 * These are the cues of reported speech (`kind: 'indirect'`).
 *
 * Source: the verbs of communication of Levin (1993), English Verb Classes and
 * Alternations, that take a finite complement (say verbs 37.7, tell 37.2, complain
 * 37.8, advise 37.9, and the announce and assert verbs of the "say" class), kept to
 * those PARC 3.0 and PolNeAR annotators treat as attributions of speech.
 *
 * Left out on purpose: verbs of belief, knowledge and intention (think, believe,
 * expect, know, want, hope, feel, fear), whose clause is a state of mind, not
 * speech; "ask" and "wonder", whose clause is a question; and the naming and
 * manner verbs of {@link SPEECH_VERB_LEMMAS} (call, dub, laugh, shout), which cue
 * quotes but rarely a reported clause.
 */
export const REPORTING_VERB_LEMMAS: readonly string[] = words(`
  say tell add argue claim note warn insist explain announce report write suggest acknowledge deny admit
  declare state assert contend maintain predict confirm concede recall reiterate stress emphasize emphasise
  reveal disclose testify tweet promise vow pledge allege complain conclude reply respond answer indicate
  mention remind assure caution observe boast speculate estimate agree charge counter hint inform threaten
  remark comment recount
`);

/**
 * Reporting verbs that report only with their particle: "she **pointed out**
 * that the plan had failed" ("pointed to the plan" reports nothing).
 *
 * Source: the phrasal verbs of communication in Levin (1993), 37.7, and the
 * PolNeAR and PARC 3.0 cue lists, which annotate "point out" as a cue.
 */
export const REPORTING_PARTICLES: ReadonlyMap<string, string> = new Map([['point', 'out']]);

/** Every inflected form of a particle reporting verb, lower case, with its lemma. */
export const PARTICLE_REPORTING_VERBS: ReadonlyMap<string, string> = new Map(
  [...REPORTING_PARTICLES.keys()].flatMap((lemma) => inflect(lemma).map((form) => [form, lemma] as const)),
);

/** Reporting verbs whose report is often an infinitive: "vowed **to** fight on", "told aides **to** wait". */
export const INFINITIVE_REPORTING_LEMMAS: ReadonlySet<string> = new Set(
  words(`promise vow pledge threaten agree tell warn remind`),
);

/**
 * Verbs of refusing before an infinitive of speech: "a spokesman **declined** to say when …". Whoever declined is
 * the one who did not say it (no report, but still the one speaking in the passage).
 *
 * Source: the refusal formulas of AP and Reuters copy ("declined to say", "refused to say").
 */
export const REFUSAL_FORMS: ReadonlySet<string> = new Set(words(`decline declines declined declining refuse refuses refused refusing`));

/**
 * Reporting verbs whose listener stands between them and the report: "told
 * **reporters** the plan…", "assured **his** audience it would pass".
 *
 * Source: the verbs of {@link REPORTING_VERB_LEMMAS} that take the listener as
 * their object before a finite clause ("informed **him** the plan…", "promised
 * **voters** it would pass").
 */
export const LISTENER_REPORTING_LEMMAS: ReadonlySet<string> = new Set(words(`tell inform remind assure warn promise`));

/** Every inflected form of a reporting verb, lower case, with its lemma. */
export const REPORTING_VERBS: ReadonlyMap<string, string> = new Map(
  REPORTING_VERB_LEMMAS.flatMap((lemma) => inflect(lemma).map((form) => [form, lemma] as const)),
);

/**
 * Verbs of belief, knowledge and intention: never cues of reported speech, even
 * though their clause looks like one ("Powell believes the coalition will grow").
 * Listed so a test can check that no reporting verb is one of them.
 *
 * Source: the cognition verbs of PARC 3.0's attribution guidelines (Pareti 2016,
 * "PARC 3.0: A corpus of attribution relations"), which it keeps apart from speech.
 */
export const NOT_SPEECH_LEMMAS: ReadonlySet<string> = new Set(
  words(`think believe expect know want hope feel fear suspect assume doubt guess imagine intend plan wish understand`),
);

/**
 * Forms that are verbs whatever the tagger says: wink sometimes tags "says" as a
 * noun, and gerunds after "by" or a comma ("by saying, …") as nouns.
 *
 * Source: the forms of {@link SPEECH_VERBS} that wink-eng-lite-web-model tags as nouns in news copy.
 */
export const ALWAYS_VERBS: ReadonlySet<string> = new Set(words(`
  said says told tells asked added wrote
  saying adding telling noting asking insisting explaining declaring arguing warning
`));

/**
 * Forms of "say" that wink tags as a noun after a count: "About 4 in 10 **say**", "47% **said**".
 *
 * Source: the forms of "say" that wink-eng-lite-web-model tags as nouns after a number or "%".
 */
export const COUNTED_SAY_FORMS: ReadonlySet<string> = new Set(words(`say said`));

/**
 * Forms of "quote" whose object is the speaker when "as saying" follows: "the
 * website **quoted** Ms. Lint as saying". Who quotes only relays the words.
 *
 * Source: the forms of "quote" in {@link SPEECH_VERBS}; the pattern is wire-copy style (AP, Reuters).
 */
export const QUOTING_FORMS: ReadonlySet<string> = new Set(words(`quote quotes quoted quoting`));

/**
 * Phrases that say a person did not speak to the reporter: "Jaan Molder **could
 * not be reached** for comment." A "he said" after such a sentence means
 * someone else.
 *
 * Source: the no-comment formulas of AP and Reuters copy.
 */
export const NO_COMMENT_PHRASES: readonly (readonly string[])[] = phrases(`
  could not be reached
  could not immediately be reached
  declined to comment
  declined to be interviewed
  did not respond
  did not immediately respond
  did not return
  did not immediately return
  refused to comment
  would not comment
  was not available
  were not available
`);
